package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mends parses that take a clause of the subject (a participle after the noun, a relative clause between commas)
 * for the head of the sentence and hang the real verb on it by a loose {@code dep}: the noun is the real verb's
 * subject, and the clause is the noun's again.
 */
final class ClauseHeads {
    private static final GrammaticalRelation OBJ = UniversalEnglishGrammaticalRelations.DIRECT_OBJECT;

    private ClauseHeads() {
    }

    /** Mends the graph in place. */
    static void mend(SemanticGraph g, List<CoreLabel> tokens) {
        reducedRelatives(g, tokens);
        relativeClauseHeads(g, tokens);
    }

    /**
     * "Rockets fired from the hills hit a school", "an attack claimed by the group targeted a post": the parse reads
     * the participle after the noun as the main verb and hangs the real one on it by a loose {@code dep}; the noun is
     * the later verb's subject and the participle a clause of the noun.
     */
    private static void reducedRelatives(SemanticGraph g, List<CoreLabel> tokens) {
        for (IndexedWord participle : List.copyOf(g.vertexSet())) {
            if (!Set.of("VBN", "VBD").contains(participle.tag()) || !g.getChildrenWithReln(participle, OBJ).isEmpty()
                    || !g.hasChildWithReln(participle, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT)
                    || g.outgoingEdgeList(participle).stream().noneMatch(e -> e.getRelation().toString()
                    .matches("obl:(by|agent|from)"))) {
                continue;
            }
            IndexedWord noun = g.getChildWithReln(participle, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT);
            IndexedWord verb = g.outgoingEdgeList(participle).stream()
                    .filter(e -> e.getRelation().toString().equals("dep") && e.getDependent().index() > participle.index())
                    .map(SemanticGraphEdge::getDependent).filter(v -> v.tag() != null && v.tag().matches("VB[DZPN]")
                            && g.outgoingEdgeList(v).stream().noneMatch(e -> e.getRelation().toString().startsWith("nsubj")))
                    .findFirst().orElse(null);
            if (verb == null || phraseEnd(g, noun, participle) + 1 != participle.index() || !noun.tag().startsWith("NN")
                    || punctuationBetween(tokens, participle.index(), verb.index())) {
                continue;
            }
            boolean passive = g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("aux:pass"));
            g.removeEdge(g.getEdge(participle, noun));
            g.removeEdge(g.getEdge(participle, verb));
            // "Villages shelled by X included Y, residents said": what governed the participle governs the real verb
            for (SemanticGraphEdge e : List.copyOf(g.incomingEdgeList(participle))) {
                g.removeEdge(e);
                g.addEdge(e.getGovernor(), verb, e.getRelation(), 1.0, e.isExtra());
            }
            g.addEdge(verb, noun, passive ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT
                    : UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, false);
            g.addEdge(noun, participle, UniversalEnglishGrammaticalRelations.CLAUSAL_MODIFIER, 1.0, false);
            // the participle's dependents outside the noun phrase ("On Monday, ...", the final stop) are the verb's
            for (SemanticGraphEdge e : List.copyOf(g.outgoingEdgeList(participle))) {
                if (e.getDependent().index() > verb.index() || e.getDependent().index() < noun.index()) {
                    g.removeEdge(e);
                    g.addEdge(verb, e.getDependent(), e.getRelation(), 1.0, false);
                }
            }
            if (g.getRoots().contains(participle)) {
                g.setRoot(verb);
            }
        }
    }

    /** The last word of the noun's phrase before {@code apart}, not counting what hangs on {@code apart}. */
    private static int phraseEnd(SemanticGraph g, IndexedWord noun, IndexedWord apart) {
        int end = noun.index();
        Deque<IndexedWord> todo = new ArrayDeque<>(List.of(noun));
        Set<IndexedWord> seen = new HashSet<>(List.of(noun, apart));
        while (!todo.isEmpty()) {
            for (IndexedWord d : g.getChildren(todo.pop())) {
                if (seen.add(d) && d.index() < apart.index()) {
                    end = Math.max(end, d.index());
                    todo.push(d);
                }
            }
        }
        return end;
    }

    /**
     * "The truce, which was brokered by X, began on Saturday": the parse heads the sentence with the noun, and
     * hangs the real verb after the comma on the relative clause by a loose {@code dep}; the noun is that verb's
     * subject, and the verb takes the noun's place in the sentence.
     */
    private static void relativeClauseHeads(SemanticGraph g, List<CoreLabel> tokens) {
        for (SemanticGraphEdge relcl : List.copyOf(g.edgeListSorted())) {
            if (!relcl.getRelation().toString().equals("acl:relcl")) {
                continue;
            }
            IndexedWord noun = relcl.getGovernor();
            IndexedWord clause = relcl.getDependent();
            IndexedWord verb = g.outgoingEdgeList(clause).stream()
                    .filter(e -> e.getRelation().toString().equals("dep") && e.getDependent().index() > clause.index())
                    .map(SemanticGraphEdge::getDependent).filter(v -> v.tag() != null && v.tag().matches("VB[DZP]")
                            && g.outgoingEdgeList(v).stream().noneMatch(e -> e.getRelation().toString().startsWith("nsubj")))
                    .findFirst().orElse(null);
            boolean clausal = g.incomingEdgeList(noun).stream().filter(e -> !e.getGovernor().equals(clause))
                    .allMatch(e -> e.getRelation().toString().matches("ccomp|advcl|parataxis|dep"));
            if (verb == null || !noun.tag().startsWith("NN") || !clausal
                    || !tokens.get(verb.index() - 2).word().equals(",")) {
                continue;
            }
            boolean passive = g.outgoingEdgeList(verb).stream().anyMatch(e -> e.getRelation().toString().equals("aux:pass"));
            g.removeEdge(g.getEdge(clause, verb));
            for (SemanticGraphEdge e : List.copyOf(g.incomingEdgeList(noun))) {
                if (!e.getGovernor().equals(clause)) {
                    g.removeEdge(e);
                    g.addEdge(e.getGovernor(), verb, e.getRelation(), 1.0, e.isExtra());
                }
            }
            for (SemanticGraphEdge e : List.copyOf(g.outgoingEdgeList(noun))) {
                if (e.getDependent().index() > verb.index()) {
                    g.removeEdge(e);
                    g.addEdge(verb, e.getDependent(), e.getRelation(), 1.0, false);
                }
            }
            g.addEdge(verb, noun, passive ? UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT
                    : UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, false);
            if (g.getRoots().contains(noun)) {
                g.setRoot(verb);
            }
        }
    }

    private static boolean punctuationBetween(List<CoreLabel> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String w = tokens.get(i - 1).word();
            if (w.matches("[,;:()\u2013\u2014-]+|-LRB-|-RRB-")) {
                return true;
            }
        }
        return false;
    }
}
