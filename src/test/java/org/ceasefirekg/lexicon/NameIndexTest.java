package org.ceasefirekg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The name search: whole words only, the longest name first, lower-case names in any case, any letters around. */
class NameIndexTest {
    private static NameIndex names;

    @BeforeAll
    static void load() throws Exception {
        names = new NameIndex(Lexicon.load(Path.of("ontology")));
    }

    /** The names found, as "matched text=entry". */
    private static List<String> found(String text) {
        return names.find(text).stream()
                .map(m -> text.substring(m.begin(), m.end()) + "=" + m.entry().iri().replaceAll(".*/", "")).toList();
    }

    @Test
    void theLongestNameWinsAndNamesInsideWordsAreNotFound() {
        assertEquals(List.of("Syrian Arab Red Crescent=syrian-arab-red-crescent", "Aleppo=aleppo"),
                found("The Syrian Arab Red Crescent said Syrians in Aleppo fled."));
    }

    @Test
    void aLowerCaseNameMatchesInAnyCaseAndACapitalisedOneOnlyAsWritten() {
        assertEquals(List.of("REBELS=syrian-rebels"), found("REBELS shelled the town"));
        assertEquals(List.of(), found("damascus is a word here only in lower case"));
    }

    @Test
    void aLetterWhoseLowerCaseIsLongerChangesNoMatch() {
        // "İ" lower-cases to two characters: the search then looks for every name in the text instead.
        String plain = "Rebels near Aleppo and the Syrian Arab Red Crescent said.";
        assertEquals(found(plain), found(plain.replace("near", "near \u0130zmir,")).stream()
                .filter(s -> !s.startsWith("\u0130")).toList());
    }
}
