package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.HandParses.rel;
import static org.ceasefirekg.extract.HandParses.word;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coordinated verbs and bracketed lists, as CoreNLP 4.5 parses them, mended by {@link SharedDependents}. */
class SharedDependentsTest {

    @Test
    void coordinatedVerbsShareBothSubjectsAndWhatFollows() {
        // "Front and Militia shelled and stormed the town on Saturday"
        List<CoreLabel> tokens = new ArrayList<>();
        IndexedWord front = word(tokens, 1, "Front", "Front", "NNP");
        word(tokens, 2, "and", "and", "CC");
        IndexedWord militia = word(tokens, 3, "Militia", "Militia", "NNP");
        IndexedWord shelled = word(tokens, 4, "shelled", "shell", "VBD");
        IndexedWord and = word(tokens, 5, "and", "and", "CC");
        IndexedWord stormed = word(tokens, 6, "stormed", "storm", "VBD");
        word(tokens, 7, "the", "the", "DT");
        IndexedWord town = word(tokens, 8, "town", "town", "NN");
        word(tokens, 9, "on", "on", "IN");
        IndexedWord saturday = word(tokens, 10, "Saturday", "Saturday", "NNP");
        SemanticGraph g = new SemanticGraph();
        List.of(front, militia, shelled, and, stormed, town, saturday).forEach(g::addVertex);
        g.setRoot(shelled);
        g.addEdge(shelled, front, rel("nsubj"), 1.0, false);
        g.addEdge(shelled, militia, rel("nsubj"), 1.0, false);
        g.addEdge(front, militia, rel("conj:and"), 1.0, false);
        g.addEdge(stormed, front, rel("nsubj"), 1.0, false);
        g.addEdge(shelled, stormed, rel("conj:and"), 1.0, false);
        g.addEdge(stormed, and, rel("cc"), 1.0, false);
        g.addEdge(stormed, town, rel("obj"), 1.0, false);
        g.addEdge(stormed, saturday, rel("obl:on"), 1.0, false);

        SharedDependents.mend(g);

        assertNotNull(g.getEdge(stormed, militia));
        assertEquals("obj", g.getEdge(shelled, town).getRelation().toString());
        assertEquals("obl:on", g.getEdge(shelled, saturday).getRelation().toString());
    }

    @Test
    void aVerbWithAnObjectOfItsOwnSharesNothing() {
        // "Rebels ambushed a convoy and killed soldiers": each verb keeps its own object
        List<CoreLabel> tokens = new ArrayList<>();
        IndexedWord ambushed = word(tokens, 1, "ambushed", "ambush", "VBD");
        IndexedWord convoy = word(tokens, 2, "convoy", "convoy", "NN");
        word(tokens, 3, "and", "and", "CC");
        IndexedWord killed = word(tokens, 4, "killed", "kill", "VBD");
        IndexedWord soldiers = word(tokens, 5, "soldiers", "soldier", "NNS");
        SemanticGraph g = new SemanticGraph();
        List.of(ambushed, convoy, killed, soldiers).forEach(g::addVertex);
        g.setRoot(ambushed);
        g.addEdge(ambushed, convoy, rel("obj"), 1.0, false);
        g.addEdge(ambushed, killed, rel("conj:and"), 1.0, false);
        g.addEdge(killed, soldiers, rel("obj"), 1.0, false);

        SharedDependents.mend(g);

        assertNull(g.getEdge(ambushed, soldiers));
        assertNull(g.getEdge(killed, convoy));
    }

    @Test
    void namesInDashesStandInAppositionToTheNounBefore() {
        // "Three towns -- Kurba and Mallo -- were shelled"
        List<CoreLabel> tokens = new ArrayList<>();
        IndexedWord towns = word(tokens, 1, "towns", "town", "NNS");
        IndexedWord dash = word(tokens, 2, "--", "--", ":");
        IndexedWord kurba = word(tokens, 3, "Kurba", "Kurba", "NNP");
        word(tokens, 4, "and", "and", "CC");
        IndexedWord mallo = word(tokens, 5, "Mallo", "Mallo", "NNP");
        SemanticGraph g = new SemanticGraph();
        List.of(towns, dash, kurba, mallo).forEach(g::addVertex);
        g.setRoot(towns);
        g.addEdge(towns, dash, rel("punct"), 1.0, false);
        g.addEdge(towns, kurba, rel("dep"), 1.0, false);
        g.addEdge(towns, mallo, rel("dep"), 1.0, false);
        g.addEdge(kurba, mallo, rel("conj:and"), 1.0, false);

        SharedDependents.mend(g);

        assertEquals("appos", g.getEdge(towns, kurba).getRelation().toString());
        assertEquals("appos", g.getEdge(towns, mallo).getRelation().toString());
    }
}
