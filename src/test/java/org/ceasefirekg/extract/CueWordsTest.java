package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.HandParses.rel;
import static org.ceasefirekg.extract.HandParses.word;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cue word lists the rules read from the lexicon (ontology/cue-words.ttl): a curator's word changes a rule. */
class CueWordsTest {

    @Test
    void aCuratorsIrrealisWordMakesAnAttackToldUnderItUnreal(@TempDir Path dir) throws IOException {
        Path ontology = dir.resolve("ontology");
        Files.createDirectories(ontology);
        try (Stream<Path> files = Files.list(Path.of("ontology"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".ttl")).toList()) {
                Files.copy(f, ontology.resolve(f.getFileName()));
            }
        }
        Lexicon shipped = Lexicon.load(ontology);
        ParsedSentence pledged = toStrike("pledged", "pledge");
        ParsedSentence planned = toStrike("planned", "plan");
        assertTrue(cues(shipped).irrealis(strike(planned), planned), "\"planned to strike\": a shipped cue word");
        assertFalse(cues(shipped).irrealis(strike(pledged), pledged), "\"pledge\" is no cue word yet");

        // What a curator would add, in Turtle, without touching Java.
        Files.writeString(ontology.resolve("cue-words.ttl"), "\ncf:IrrealisCue cf:cueWord \"Pledge\" .\n",
                StandardOpenOption.APPEND);
        Lexicon edited = Lexicon.load(ontology);
        assertTrue(edited.isCue(CF.IrrealisCue, "pledge"), "read in lower case");
        assertTrue(cues(edited).irrealis(strike(pledged), pledged), "\"pledged to strike\" is now an attack not done");
        assertTrue(cues(edited).irrealis(strike(planned), planned), "the shipped words stay");
    }

    @Test
    void everyCueWordListOfTheShippedLexiconHasWords() throws IOException {
        Lexicon lexicon = Lexicon.load(Path.of("ontology"));
        for (String concept : List.of(CF.IrrealisCue, CF.IntentCue, CF.QuantityNoun, CF.AgreementVerb, CF.Inclusion,
                CF.Operating, CF.Direction, CF.Partitive, CF.MessageNoun, CF.Exceeding, CF.Backing, CF.HarmNoun,
                CF.BodyNoun)) {
            assertFalse(lexicon.cueWords(concept).isEmpty(), "no cue words for " + concept);
        }
        assertTrue(lexicon.isCue(CF.MessageNoun, "communiqué"));
        assertTrue(lexicon.isCue(CF.Direction, "north-east"));
        assertTrue(lexicon.conceptsOf("north-east").isEmpty(), "a cue word is no trigger");
        assertFalse(lexicon.isCue(CF.IrrealisCue, "could"), "modals are grammar, kept in the code");
    }

    private static Cues cues(Lexicon lexicon) {
        return new Cues(lexicon, new NameIndex(lexicon));
    }

    private static IndexedWord strike(ParsedSentence p) {
        return p.node(4);
    }

    /** "Rebels VERB to strike": strike is the to-complement (xcomp) of the verb, as depparse gives it. */
    private static ParsedSentence toStrike(String verb, String lemma) {
        List<CoreLabel> tokens = new ArrayList<>();
        IndexedWord rebels = word(tokens, 1, "Rebels", "rebel", "NNS");
        IndexedWord governor = word(tokens, 2, verb, lemma, "VBD");
        IndexedWord to = word(tokens, 3, "to", "to", "TO");
        IndexedWord strike = word(tokens, 4, "strike", "strike", "VB");
        SemanticGraph g = new SemanticGraph();
        for (IndexedWord w : List.of(rebels, governor, strike, to)) {
            g.addVertex(w);
        }
        g.setRoot(governor);
        g.addEdge(governor, rebels, rel("nsubj"), 1.0, false);
        g.addEdge(governor, strike, rel("xcomp"), 1.0, false);
        g.addEdge(strike, to, rel("mark"), 1.0, false);
        return new ParsedSentence(0, tokens, g, "Rebels " + verb + " to strike");
    }
}
