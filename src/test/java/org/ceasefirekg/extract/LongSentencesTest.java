package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LongSentencesTest {

    @Test
    void newsTextIsLeftAlone() {
        String text = "Rebels shelled Aleppo on Monday, officials said. " + "The truce held. ".repeat(200);
        assertSame(text, LongSentences.breakUp(text));
    }

    @Test
    void anOverlongRunIsBrokenAtSpacesWithEveryOffsetKept() {
        String text = "Intro line.\n" + "word ".repeat(3000) + "end.";
        String broken = LongSentences.breakUp(text);
        assertEquals(text.length(), broken.length());
        assertEquals(text, broken.replace('\n', ' ').replaceFirst("Intro line. ", "Intro line.\n"));
        int longest = 0;
        for (String line : broken.split("\n")) {
            longest = Math.max(longest, line.length());
        }
        assertTrue(longest <= LongSentences.MAX_CHARS + 1, "longest line " + longest);
        assertTrue(broken.split("\n").length >= 3000 * 5 / LongSentences.MAX_CHARS, broken.split("\n").length + " lines");
    }

    @Test
    void aRunWithoutSpacesStaysWhole() {
        String text = "x".repeat(5000);
        assertSame(text, LongSentences.breakUp(text));
    }
}
