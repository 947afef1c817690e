package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentenceTest {

    private static Sentence sentence(String text) {
        return new Sentence(0, new Span(0, text.length(), text));
    }

    @Test
    void aListOfLinksIsNavigationNotProse() {
        assertTrue(sentence("More News Flooding in the south | Elections delayed | Markets rally as talks resume")
                .navigation());
        assertFalse(sentence("The talks resumed in Geneva | a one-off separator in a caption.").navigation());
        assertFalse(sentence("Shelling hit the old town on Monday, the monitor said.").navigation());
    }
}
