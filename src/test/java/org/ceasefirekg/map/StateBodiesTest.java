package org.ceasefirekg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ceasefirekg.lexicon.GazetteerEntry;
import org.ceasefirekg.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/** A definite body noun stands for the one body of that name of the article's state, and for none when ambiguous. */
class StateBodiesTest {
    private static final String UKRAINE = "https://w3id.org/ceasefire-kg/id/actor/ukraine";
    private static final String RUSSIA = "https://w3id.org/ceasefire-kg/id/actor/russia";

    @Test
    void aDefiniteBodyNounIsTheBodyOfTheArticlesOneState() throws IOException {
        StateBodies bodies = new StateBodies(Lexicon.load(Path.of("ontology")), List.of(UKRAINE));
        assertEquals("https://w3id.org/ceasefire-kg/id/actor/ukrainian-armed-forces",
                bodies.of("the army").map(GazetteerEntry::iri).orElseThrow());
        assertEquals("https://w3id.org/ceasefire-kg/id/actor/ukrainian-ministry-of-defence",
                bodies.of("The defence ministry").map(GazetteerEntry::iri).orElseThrow());
        // "an army", a bare "ministry" of several, a word that names no body: none
        assertTrue(bodies.of("an army").isEmpty());
        assertTrue(bodies.of("the ministry").isEmpty());
        assertTrue(bodies.of("the villages").isEmpty());
    }

    @Test
    void twoStatesWithSuchABodyLeaveItUnresolved() throws IOException {
        StateBodies bodies = new StateBodies(Lexicon.load(Path.of("ontology")), List.of(UKRAINE, RUSSIA));
        assertTrue(bodies.of("the defence ministry").isEmpty());
    }
}
