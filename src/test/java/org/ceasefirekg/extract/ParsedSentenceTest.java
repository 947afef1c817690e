package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.HandParses.rel;
import static org.ceasefirekg.extract.HandParses.word;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parents in enhanced dependencies, which are graphs with cycles, not trees. */
class ParsedSentenceTest {

    @Test
    void climbingParentsEndsAlthoughARelativeClausePointsBackAtItsNoun() {
        // "fighters who attacked ...": fighters -acl:relcl-> attacked and attacked -nsubj-> fighters (an extra edge),
        // with the nsubj edge listed first on "fighters" so that first-edge parents alone would loop.
        List<CoreLabel> tokens = new ArrayList<>();
        IndexedWord said = word(tokens, 1, "said", "said", "VBD");
        IndexedWord fighters = word(tokens, 2, "fighters", "fighters", "NNS");
        IndexedWord attacked = word(tokens, 3, "attacked", "attacked", "VBD");
        SemanticGraph g = new SemanticGraph();
        g.addVertex(said);
        g.addVertex(fighters);
        g.addVertex(attacked);
        g.setRoot(said);
        g.addEdge(attacked, fighters, rel("nsubj"), 1.0, true);
        g.addEdge(fighters, attacked, rel("acl:relcl"), 1.0, false);
        g.addEdge(said, fighters, rel("nsubj"), 1.0, false);
        ParsedSentence p = new ParsedSentence(0, tokens, g, "said fighters attacked");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            int steps = 0;
            for (IndexedWord w = p.parent(attacked); w != null; w = p.parent(w)) {
                steps++;
            }
            assertEquals(2, steps, "attacked -> fighters -> said");
        });
        assertEquals(said, p.parent(fighters), "the word on the cycle takes the edge from outside it");
        assertEquals("nsubj", p.relationToParent(fighters));
        assertEquals(fighters, p.parent(attacked));
        assertNull(p.parent(said));
    }
}
