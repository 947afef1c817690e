package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.Test;

/** Who claims a count, on sentences written for this test, annotated by the real CoreNLP models. */
class ClaimantsIT {

    private static String sourceOfKilled(String text) {
        AnnotatedArticle a = InventedArticles.extract(text);
        return a.frames().stream().filter(f -> f.concept().equals(Vocab.KILLED)).findFirst()
                .orElseThrow(() -> new AssertionError("no killed frame in " + a.frames()))
                .first(Frame.SOURCE).map(x -> x.span().text()).orElse("(none)");
    }

    @Test
    void aNameInCapitalsReadAsAVerbStillSaysWhatItsStatementTells() {
        String source = sourceOfKilled("IS in a statement posted on its website and the messaging service Pingo said"
                + " its fighters killed 20 soldiers near Tarsk.");
        assertFalse(source.contains("Pingo"), source);
    }

    @Test
    void whatANounIsBelievedToBeSaysNothingOfWhoBelievesIt() {
        String source = sourceOfKilled("Four villagers died after a gas believed to be chlorine was released over"
                + " Tarsk on Monday.");
        assertFalse(source.contains("gas"), source);
    }

    @Test
    void figuresCompiledByABodyAreThatBodysCount() {
        String source = sourceOfKilled("According to figures compiled by the Korvan Relief Office, 210 people were"
                + " killed in the city last month.");
        assertTrue(source.contains("Korvan Relief Office"), source);
    }

    @Test
    void aBodyNamedBeforeAVerbOfSayingIsNoPlaceOfTheNounBeforeIt() {
        String source = sourceOfKilled("The army killed 14 fighters in a raid on their positions in Dresk the state"
                + " news agency reported on Tuesday.");
        assertFalse(source.contains("positions"), source);
        assertTrue(source.contains("agency"), source);
    }
}
