package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.HandParses.rel;
import static org.ceasefirekg.extract.HandParses.word;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.Test;

/** An agreement a paragraph brings in as one more gives the article's ceasefire none of its roles. */
class OtherAgreementsTest {
    private final Map<ParsedSentence, List<Trigger>> triggers = new HashMap<>();

    /** "DET [MODIFIER] truce held": one sentence whose truce noun may have a modifier; its last word ends the line. */
    private ParsedSentence truce(int index, String det, String modifier, boolean endsLine) {
        List<CoreLabel> tokens = new ArrayList<>();
        SemanticGraph g = new SemanticGraph();
        IndexedWord d = word(tokens, 1, det, det.toLowerCase(), "DT");
        IndexedWord m = modifier == null ? null : word(tokens, 2, modifier, modifier, "JJ");
        int at = m == null ? 2 : 3;
        IndexedWord truce = word(tokens, at, "truce", "truce", "NN");
        IndexedWord held = word(tokens, at + 1, "held", "hold", "VBD");
        tokens.get(tokens.size() - 1).setAfter(endsLine ? "\n\n" : " ");
        for (IndexedWord w : m == null ? List.of(d, truce, held) : List.of(d, m, truce, held)) {
            g.addVertex(w);
        }
        g.setRoot(held);
        g.addEdge(held, truce, rel("nsubj"), 1.0, false);
        g.addEdge(truce, d, rel("det"), 1.0, false);
        if (m != null) {
            g.addEdge(truce, m, rel("amod"), 1.0, false);
        }
        ParsedSentence p = new ParsedSentence(index, tokens, g, "truce held");
        triggers.put(p, List.of(new Trigger(at, at, truce, Set.of(Vocab.CEASEFIRE_EVENT))));
        return p;
    }

    private List<Frame> kept(List<ParsedSentence> article) {
        ParsedSentence last = article.get(article.size() - 1);
        Frame broker = new Frame(Vocab.MEDIATE, last.index, new Span(0, 4, "held"), List.of());
        return OtherAgreements.dropOthers(List.of(broker), last, article, triggers::get);
    }

    @Test
    void aSecondTruceInTheParagraphTakesTheRolesAfterIt() {
        assertEquals(0, kept(List.of(truce(0, "A", null, false), truce(1, "a", "second", false),
                truce(2, "The", null, false))).size(), "the pact of the last sentence is the second truce");
        assertEquals(0, kept(List.of(truce(0, "A", null, true), truce(1, "Another", null, false))).size());
    }

    @Test
    void theFirstAgreementOrANewParagraphKeepsThem() {
        assertEquals(1, kept(List.of(truce(0, "The", "first", false), truce(1, "a", "second", false))).size(),
                "after 'the first truce', the second is the one the text is about");
        assertEquals(1, kept(List.of(truce(0, "A", null, false), truce(1, "a", "second", true),
                truce(2, "The", null, false))).size(), "a new paragraph leaves the other agreement behind");
        assertEquals(1, kept(List.of(truce(0, "A", "second", false))).size(), "no agreement named before it");
    }
}
