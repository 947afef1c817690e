package org.ceasefirekg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Common-noun names of one war's actors name them only in texts about that war; capitals read as names. */
class NameScopeTest {
    private static NameIndex names;

    @BeforeAll
    static void load() throws Exception {
        names = new NameIndex(Lexicon.load(Path.of("ontology")));
    }

    private static String resolved(NameIndex index, String phrase) {
        return index.resolve(phrase).map(m -> m.entry().iri()).orElse("(none)");
    }

    @Test
    void rebelsAreSyriasRebelsOnlyInATextAboutSyria() {
        String rebels = Vocab.ACTOR + "syrian-rebels";
        assertEquals(rebels, resolved(names.about("Rebels shelled a suburb of Aleppo on Monday."), "rebels"));
        assertEquals(rebels, resolved(names.about("Syrian troops and rebels exchanged fire."), "the rebels"));
        assertEquals("(none)", resolved(names.about("Rebels shelled a suburb of Donetsk on Monday."), "rebels"));
        assertEquals("(none)", resolved(names.about("The rebels took the town, a spokesman said."), "rebels"));
    }

    @Test
    void aProperNameNamesItsActorEverywhere() {
        assertEquals(Vocab.ACTOR + "syrian-government",
                resolved(names.about("Talks on Donbas resumed in Minsk."), "the Assad regime"));
    }

    @Test
    void theWholeIndexKnowsEveryScopedName() {
        assertTrue(names.resolve("rebels").isPresent(), "outside any one text the scope does not apply");
    }

    @Test
    void namesInCapitalsAreWrittenAsNames() {
        assertEquals("Peter Cook", NameIndex.asWritten("PETER COOK"));
        assertEquals("Al-Hassan", NameIndex.asWritten("AL-HASSAN"));
        assertEquals("Peter Cook", NameIndex.asWritten("Peter Cook"));
    }
}
