package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.List;
import java.util.Set;

/**
 * Parse repairs for coordination and parentheses, where enhanced dependencies give a shared word to one conjunct
 * only: "A and B shelled and stormed the town on Saturday" (both sides did both, to the town, on Saturday) and "three
 * towns -- A, B and C -- were shelled" (the names in the dashes are the towns, not loose words).
 */
final class SharedDependents {
    /** What follows a coordination of verbs and belongs to both: the object and where and when. */
    private static final Set<String> SHARED_AFTER = Set.of("obj", "obl:on", "obl:in", "obl:at", "obl:near", "obl:tmod",
            "obl:outside", "obl:npmod", "obl:across", "obl:around");
    /** Words that may stand between two coordinated verbs that share what follows: "shelled and then stormed". */
    private static final Set<String> BETWEEN = Set.of("and", "or", ",", "then", "later", "also", "subsequently");
    private static final Set<String> OPENERS = Set.of("(", "-LRB-", "--", "-", "—", "–", "[", "-LSB-");

    private SharedDependents() {
    }

    /** Mends the graph in place. */
    static void mend(SemanticGraph g) {
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            if (e.getRelation().toString().startsWith("conj") && isVerb(e.getGovernor()) && isVerb(e.getDependent())
                    && e.getDependent().index() > e.getGovernor().index()) {
                sharedSubjects(g, e.getGovernor(), e.getDependent());
                sharedAfter(g, e.getGovernor(), e.getDependent());
                objectOfBoth(g, e.getGovernor(), e.getDependent());
            }
        }
        bracketedNames(g);
    }

    /** "A and B shelled and stormed": the second verb has A as its subject; B is its subject too. */
    private static void sharedSubjects(SemanticGraph g, IndexedWord first, IndexedWord second) {
        for (IndexedWord subject : g.getChildrenWithReln(first, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT)) {
            if (!g.containsEdge(second, subject)) {
                continue;
            }
            for (SemanticGraphEdge conj : g.outgoingEdgeList(subject)) {
                IndexedWord other = conj.getDependent();
                if (conj.getRelation().toString().startsWith("conj") && g.containsEdge(first, other)
                        && !g.containsEdge(second, other)) {
                    g.addEdge(second, other, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, true);
                }
            }
        }
    }

    /**
     * "shelled and stormed the town of X on Saturday": a first verb with no object of its own, joined by "and" right
     * before the second, shares the second one's object and the where and when told after it.
     */
    private static void sharedAfter(SemanticGraph g, IndexedWord first, IndexedWord second) {
        if (!g.getChildrenWithReln(first, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT).isEmpty()
                || g.outgoingEdgeList(first).stream().anyMatch(e -> e.getRelation().toString().matches("xcomp|ccomp|obl.*")
                && e.getDependent().index() > first.index() && e.getDependent().index() < second.index())) {
            return;
        }
        for (int i = first.index() + 1; i < second.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w == null || !BETWEEN.contains(w.word().toLowerCase(java.util.Locale.ROOT))) {
                return;
            }
        }
        copyAfter(g, second, first, second.index());
    }

    /** Gives {@code to} the object, where and when that {@code from} has after the word at {@code after}. */
    private static void copyAfter(SemanticGraph g, IndexedWord from, IndexedWord to, int after) {
        for (SemanticGraphEdge e : List.copyOf(g.outgoingEdgeList(from))) {
            String rel = e.getRelation().toString();
            if (SHARED_AFTER.contains(rel) && e.getDependent().index() > after
                    && g.outgoingEdgeList(to).stream().noneMatch(o -> o.getRelation().toString().equals(rel))) {
                g.addEdge(to, e.getDependent(), e.getRelation(), 1.0, true);
            }
        }
    }

    /**
     * "looted and burned the market in X on Wednesday", parsed with the object on the first verb: what follows the
     * second verb, hung on the first, is the second one's too.
     */
    private static void objectOfBoth(SemanticGraph g, IndexedWord first, IndexedWord second) {
        if (!g.getChildrenWithReln(second, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT).isEmpty()
                || g.getChildrenWithReln(first, UniversalEnglishGrammaticalRelations.DIRECT_OBJECT).stream()
                .noneMatch(o -> o.index() > second.index())) {
            return;
        }
        copyAfter(g, first, second, second.index());
    }

    /**
     * "three towns -- A, B and C -- were shelled", "the sides (A, B and C) signed": a name the parse leaves loose
     * ({@code dep}) inside dashes or brackets right after a noun names what the noun stands for.
     */
    private static void bracketedNames(SemanticGraph g) {
        for (SemanticGraphEdge e : List.copyOf(g.edgeListSorted())) {
            IndexedWord head = e.getGovernor();
            IndexedWord name = e.getDependent();
            if (!e.getRelation().toString().equals("dep") || head.tag() == null || !head.tag().startsWith("NN")
                    || name.tag() == null || !name.tag().startsWith("NN") || name.index() < head.index()) {
                continue;
            }
            boolean opened = false;
            for (int i = head.index() + 1; i < name.index(); i++) {
                IndexedWord w = g.getNodeByIndexSafe(i);
                if (w != null && OPENERS.contains(w.word())) {
                    opened = true;
                }
            }
            if (opened) {
                g.removeEdge(e);
                g.addEdge(head, name, UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER, 1.0, e.isExtra());
            }
        }
    }

    private static boolean isVerb(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("VB");
    }
}
