package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agents written with their event noun, on invented sentences and frames: no CoreNLP models needed. */
class EventNounAgentsTest {
    static Lexicon lexicon;
    static EventNounAgents agents;

    @BeforeAll
    static void loadLexicon() throws IOException {
        lexicon = Lexicon.load(Path.of("ontology"));
        agents = new EventNounAgents(lexicon, new NameIndex(lexicon));
    }

    private static String incidentConcept() {
        return lexicon.triggers().get("airstrike").iterator().next();
    }

    private static String agentOf(String text, String agent, String trigger, String concept) {
        int a = text.indexOf(agent);
        int t = text.indexOf(trigger, a);
        Frame f = new Frame(concept, 0, new Span(t, t + trigger.length(), trigger),
                List.of(new Argument(Frame.AGENT, new Span(a, a + agent.length(), agent), null, null)));
        return agents.apply(List.of(f), text).get(0).first(Frame.AGENT).orElseThrow().span().text();
    }

    @Test
    void aWordThatNamesAnActorOnlyWithItsEventNounBecomesTheWholeName() {
        assertEquals("Regime helicopters", agentOf("Regime helicopters struck the market.", "Regime",
                "helicopters", incidentConcept()));
    }

    @Test
    void anAgentThatIsANameAlreadyOrIsNotNextToTheNounStaysAsFound() {
        assertEquals("Syrian Coalition", agentOf("The Syrian Coalition helicopters struck.", "Syrian Coalition",
                "helicopters", incidentConcept()), "already an actor's name");
        assertEquals("regime", agentOf("The regime then sent helicopters.", "regime", "helicopters",
                incidentConcept()), "not written right before the noun");
        assertEquals("Borduria", agentOf("Borduria helicopters struck.", "Borduria", "helicopters",
                incidentConcept()), "together no gazetteer name");
    }
}
