package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wording the extractor reads for the mapper, on invented sentences: no CoreNLP models needed. */
class WordingReaderTest {
    static WordingReader reader;

    @BeforeAll
    static void loadLexicon() throws IOException {
        Lexicon lexicon = Lexicon.load(Path.of("ontology"));
        reader = new WordingReader(lexicon, new NameIndex(lexicon));
    }

    @Test
    void aCeasefireWordComesWithTheTextAroundItAndWhatFollowsItsPreposition() {
        String text = "Talks on the Ruritania truce across the northern hills\nresumed.";
        ArticleWording.CeasefireWord w = reader.read(text).ceasefireWords().get(0);
        int at = text.indexOf("truce");
        assertEquals(text.substring(Math.max(0, at - 25), at), w.before().text());
        assertEquals(at, w.before().end());
        assertEquals(" across the northern hills\nres", w.after().text(), "the 30 characters after the word");
        assertEquals("northern hills", w.object().text(), "after the preposition and 'the', up to the line's end");
        assertEquals(text.indexOf("northern"), w.object().begin());
    }

    @Test
    void aCeasefireWordWithNoPrepositionAfterItHasNoObject() {
        List<ArticleWording.CeasefireWord> words = reader.read("The Ruritania ceasefire held. A TRUCE too.")
                .ceasefireWords();
        assertEquals(2, words.size(), "any case: " + words);
        assertNull(words.get(0).object());
    }

    @Test
    void readsTheAliasesAnArticleGives() {
        String text = "The Harbour Guard, also known as the Grey Coats, patrolled the port.";
        ArticleWording.Alias a = reader.read(text).knownAs().get(0);
        assertEquals("Harbour Guard", a.alias().text().replaceFirst("^The ", ""));
        assertEquals("Grey Coats", a.name().text().strip());
        assertEquals(text.indexOf("Grey"), a.name().begin());
    }

    @Test
    void readsRunsOfCapitalisedWordsWordByWordWithTheirOffsets() {
        String text = "The Harbour Guard of Ruritania met the Grey  Coats' Council; the Council agreed.";
        List<List<Span>> runs = reader.read(text).capitalRuns();
        assertEquals(List.of(List.of("The", "Harbour", "Guard"), List.of("Grey", "Coats'", "Council")),
                runs.stream().map(run -> run.stream().map(Span::text).toList()).toList(),
                "a single capitalised word is no run; a lower-case word ends one");
        Span council = runs.get(1).get(2);
        assertEquals(text.indexOf("Council"), council.begin());
        assertEquals("Council", text.substring(council.begin(), council.end()));
    }

    @Test
    void marksWhereLedIsWrittenSoTheNameEndingThereLeadsAGroup() {
        String text = "A Ruritania-led coalition and a Borduria-led one.";
        List<Span> led = reader.read(text).ledMarks();
        assertEquals(List.of(text.indexOf("-led"), text.lastIndexOf("-led")), led.stream().map(Span::begin).toList());
    }

    @Test
    void findsAidWordsInAnyCaseWithTheOffsetsOfTheText() {
        String text = "Gunmen stopped a Relief Convoy near the aidstation.";
        List<Span> aid = reader.read(text).aidWords();
        assertEquals(List.of("Relief Convoy", "Convoy"), aid.stream().map(Span::text).toList(),
                "overlapping words too, and none inside a longer word");
        assertEquals(text.indexOf("Relief"), aid.get(0).begin());
    }

    @Test
    void readsTheStatesTheArticleIsAboutFromAPlaceItNames() {
        assertEquals(List.of("https://w3id.org/ceasefire-kg/id/actor/syria"),
                reader.read("Shells fell on two villages near Aleppo overnight.").states());
        assertEquals(List.of(), reader.read("Shells fell on two villages overnight.").states());
    }
}
