package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One sentence's tokens and dependency graph, with the phrase-level helpers the frame rules share. */
final class ParsedSentence {
    /** Dependents that belong to a noun phrase's own words (not to clauses attached to it). */
    private static final Set<String> OF_NAMES = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "LOCATION",
            "ORGANIZATION", "NATIONALITY");
    private static final Set<String> NP_RELATIONS = Set.of("compound", "flat", "amod", "nmod:poss", "det", "nummod",
            "case", "punct", "det:qmod", "fixed", "obl:npmod", "advmod", "compound:prt", "det:predet");

    final int index;
    final List<CoreLabel> tokens;
    final SemanticGraph graph;
    final String text;
    private Map<IndexedWord, SemanticGraphEdge> treeEdges;

    ParsedSentence(int index, List<CoreLabel> tokens, SemanticGraph graph, String text) {
        this.index = index;
        this.tokens = tokens;
        this.graph = graph;
        this.text = text;
    }

    /** Returns the graph node of a 1-based token index, or null when the parse skipped it. */
    IndexedWord node(int tokenIndex) {
        return graph == null ? null : graph.getNodeByIndexSafe(tokenIndex);
    }

    CoreLabel token(int tokenIndex) {
        return tokens.get(tokenIndex - 1);
    }

    static String lemma(IndexedWord w) {
        return w.lemma() == null ? w.word().toLowerCase(Locale.ROOT) : w.lemma().toLowerCase(Locale.ROOT);
    }

    static boolean isVerb(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("VB");
    }

    static boolean isPronoun(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("PRP");
    }

    static boolean isNumber(IndexedWord w) {
        return "CD".equals(w.tag()) || "NUMBER".equals(w.ner());
    }

    /** Returns the dependents of w whose relation name equals, or starts with, one of the given names + ":". */
    List<IndexedWord> children(IndexedWord w, String... relations) {
        List<IndexedWord> out = new ArrayList<>();
        if (graph == null) {
            return out;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            for (String r : relations) {
                // A bare name takes its subtypes (obl -> obl:in), except subjects: nsubj:pass is the patient.
                boolean subtype = !r.contains(":") && rel.startsWith(r + ":")
                        && (!r.equals("nsubj") || rel.equals("nsubj:xsubj"));
                if (rel.equals(r) || subtype) {
                    out.add(e.getDependent());
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(IndexedWord::index));
        return out;
    }

    /** Returns the relation from w's parent (see {@link #parent}) to w, or "" at the root. */
    String relationToParent(IndexedWord w) {
        SemanticGraphEdge e = treeEdges().get(w);
        return e == null ? "" : e.getRelation().toString();
    }

    /** Returns the relation from the given governor to w, or "" when w does not depend on it. */
    String relationToParentOf(IndexedWord w, IndexedWord governor) {
        if (graph == null) {
            return "";
        }
        for (SemanticGraphEdge e : graph.incomingEdgeList(w)) {
            if (e.getGovernor().equals(governor)) {
                return e.getRelation().toString();
            }
        }
        return "";
    }

    /**
     * Returns w's parent: the governor of its first incoming edge, or null at the root. Following parents from any
     * word always ends, although enhanced dependencies hold cycles (see {@link #treeEdges}).
     */
    IndexedWord parent(IndexedWord w) {
        SemanticGraphEdge e = treeEdges().get(w);
        return e == null ? null : e.getGovernor();
    }

    /**
     * Each word's edge to its parent: its first incoming edge, except where climbing those edges would loop.
     * Enhanced dependencies are graphs (a relative clause points at its noun, whose subject edge points back), so a
     * word on a cycle takes another incoming edge from outside the cycle, a basic one first, or none.
     */
    private Map<IndexedWord, SemanticGraphEdge> treeEdges() {
        if (treeEdges != null) {
            return treeEdges;
        }
        Map<IndexedWord, SemanticGraphEdge> edges = new HashMap<>();
        if (graph != null) {
            for (IndexedWord w : graph.vertexListSorted()) {
                List<SemanticGraphEdge> in = graph.incomingEdgeList(w);
                if (!in.isEmpty()) {
                    edges.put(w, in.get(0));
                }
            }
            for (IndexedWord start : graph.vertexListSorted()) {
                List<IndexedWord> cycle;
                for (int tries = 0; !(cycle = cycleAbove(start, edges)).isEmpty(); tries++) {
                    if (tries < edges.size()) {
                        breakCycle(cycle, edges);
                    } else {
                        edges.remove(cycle.get(0)); // never reached on real parses; bounds the loop all the same
                    }
                }
            }
        }
        treeEdges = edges;
        return edges;
    }

    /** Returns the words of the cycle met climbing from start, or an empty list when the climb ends at a root. */
    private static List<IndexedWord> cycleAbove(IndexedWord start, Map<IndexedWord, SemanticGraphEdge> edges) {
        List<IndexedWord> path = new ArrayList<>();
        Set<IndexedWord> seen = new HashSet<>();
        for (IndexedWord w = start; w != null; w = edges.containsKey(w) ? edges.get(w).getGovernor() : null) {
            if (!seen.add(w)) {
                return new ArrayList<>(path.subList(path.indexOf(w), path.size()));
            }
            path.add(w);
        }
        return List.of();
    }

    private void breakCycle(List<IndexedWord> cycle, Map<IndexedWord, SemanticGraphEdge> edges) {
        Set<IndexedWord> inCycle = new HashSet<>(cycle);
        SemanticGraphEdge best = null;
        for (IndexedWord w : cycle) {
            for (SemanticGraphEdge e : graph.incomingEdgeList(w)) {
                if (!inCycle.contains(e.getGovernor()) && (best == null || best.isExtra() && !e.isExtra())) {
                    best = e;
                }
            }
        }
        if (best != null) {
            edges.put(best.getDependent(), best);
        } else {
            edges.remove(cycle.get(0)); // a cycle nothing leads into: one of its words becomes a root
        }
    }

    /** Returns the noun phrase headed by w: w and its contiguous modifiers, without clauses. */
    Span phrase(IndexedWord head) {
        TreeSet<Integer> indices = new TreeSet<>();
        collect(head, indices, 0);
        int first = indices.first();
        int last = indices.last();
        // Keep only the contiguous run around the head, so a stray dependent cannot swallow a clause.
        while (first < head.index() && !contiguous(indices, first, head.index())) {
            first = indices.higher(first);
        }
        while (last > head.index() && !contiguous(indices, head.index(), last)) {
            last = indices.lower(last);
        }
        // Leading/trailing punctuation and case markers carry no meaning in a phrase.
        while (first < head.index() && isEdgeNoise(token(first))) {
            first++;
        }
        while (last > head.index() && isEdgeNoise(token(last))) {
            last--;
        }
        return tokenSpan(first, last);
    }

    /**
     * Widens a phrase to the whole name its head is part of: a parse broken by missing commas may give "Societies"
     * for "the International Federation of Rescue and Relief Societies".
     */
    Span withWholeName(Span phrase, IndexedWord head) {
        String ner = token(head.index()).ner();
        if (ner == null || !NAME_TYPES.contains(ner)) {
            return phrase;
        }
        int first = head.index();
        int last = head.index();
        while (first > 1 && ner.equals(token(first - 1).ner())) {
            first--;
        }
        while (last < tokens.size() && ner.equals(token(last + 1).ner())) {
            last++;
        }
        Span name = tokenSpan(first, last);
        if (name.begin() >= phrase.begin() && name.end() <= phrase.end()) {
            return phrase;
        }
        int begin = Math.min(name.begin(), phrase.begin());
        int end = Math.max(name.end(), phrase.end());
        return new Span(begin, end, textBetween(begin, end));
    }

    private static final Set<String> NAME_TYPES = Set.of("ORGANIZATION", "PERSON", "CITY", "LOCATION", "COUNTRY",
            "STATE_OR_PROVINCE");

    /** Returns the sentence's first root, or null (a graph may have none). */
    IndexedWord root() {
        return graph == null ? null : graph.getRoots().stream().findFirst().orElse(null);
    }

    /** Returns the first word whose source is named by "according to" and that the filter accepts, or null. */
    IndexedWord accordingTo(java.util.function.Predicate<IndexedWord> where) {
        for (int i = 1; i <= tokens.size(); i++) {
            IndexedWord w = node(i);
            if (w != null && relationToParent(w).matches("(obl|nmod):according_to") && where.test(w)) {
                return w;
            }
        }
        return null;
    }

    /** Returns the full subtree of w (clauses included), minus a leading case marker. */
    Span subtree(IndexedWord w) {
        TreeSet<Integer> indices = new TreeSet<>();
        indices.add(w.index());
        if (graph != null) {
            for (IndexedWord d : graph.descendants(w)) {
                indices.add(d.index());
            }
        }
        int first = indices.first();
        int last = indices.last();
        return withoutEdgeNoise(first, last, w);
    }

    /** Tokens first..last around w without a leading case marker or punctuation at either edge. */
    private Span withoutEdgeNoise(int first, int last, IndexedWord w) {
        while (first < w.index() && ("IN".equals(token(first).tag()) || isEdgeNoise(token(first)))) {
            first++;
        }
        while (last > w.index() && isEdgeNoise(token(last))) {
            last--;
        }
        return tokenSpan(first, last);
    }

    /**
     * The subtree of one conjunct, without the conjuncts joined to it and the "and" before it: in "between the army
     * and rebels loyal to the governor", "the army" and "rebels loyal to the governor".
     */
    Span conjunct(IndexedWord w) {
        TreeSet<Integer> indices = new TreeSet<>(List.of(w.index()));
        if (graph != null) {
            for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                if (!rel.startsWith("conj") && !rel.equals("cc") && !rel.equals("punct")) {
                    indices.add(e.getDependent().index());
                    graph.descendants(e.getDependent()).forEach(d -> indices.add(d.index()));
                }
            }
        }
        int first = w.index();
        int last = w.index();
        while (indices.contains(first - 1)) {
            first--;
        }
        while (indices.contains(last + 1)) {
            last++;
        }
        return withoutEdgeNoise(first, last, w);
    }

    /**
     * True when a name is joined by "and" or a comma to a city, region or area ("the villages of Tel Amra, Kafr
     * Dara and Abu Salim"): a name in a list of places is a place, whatever the tagger called it. Countries are left
     * out, as a person is often listed with states ("Russia and Lavrov").
     */
    boolean joinedToPlace(Span name) {
        if (graph == null) {
            return false;
        }
        for (int i = 1; i <= tokens.size(); i++) {
            IndexedWord w = node(i);
            if (w == null || token(i).beginPosition() < name.begin() || token(i).endPosition() > name.end()) {
                continue;
            }
            for (SemanticGraphEdge e : graph.incomingEdgeIterable(w)) {
                if (e.getRelation().toString().startsWith("conj") && JOINED_PLACES.contains(e.getGovernor().ner())) {
                    return true;
                }
            }
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(w)) {
                if (e.getRelation().toString().startsWith("conj") && JOINED_PLACES.contains(e.getDependent().ner())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> JOINED_PLACES = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION");

    Span tokenSpan(int first, int last) {
        int begin = token(first).beginPosition();
        int end = token(last).endPosition();
        return new Span(begin, end, textBetween(begin, end));
    }

    String textBetween(int begin, int end) {
        int offset = tokens.get(0).beginPosition();
        return text.substring(begin - offset, end - offset);
    }

    private static boolean isEdgeNoise(CoreLabel t) {
        String tag = t.tag();
        return tag != null && (tag.equals(",") || tag.equals(".") || tag.equals(":") || tag.equals("``")
                || tag.equals("''") || tag.equals("IN") || tag.equals("HYPH") || tag.equals("-LRB-")
                || tag.equals("-RRB-") || tag.equals("POS") || t.word().equals("'s") || t.word().equals("\u2019s")
                || t.word().matches("(?i)according|following|including")); // prepositions tagged as gerunds
    }

    private void collect(IndexedWord w, Set<Integer> indices, int depth) {
        indices.add(w.index());
        if (graph == null || depth > 4) {
            return;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            // "Russian and regime warplanes": the "and" of coordinated modifiers is the phrase's own
            boolean modifierCc = rel.equals("cc") && depth > 0;
            if (NP_RELATIONS.contains(rel) || rel.startsWith("nmod:poss") || rel.equals("obl") || modifierCc
                    || rel.equals("dep") && hyphenedTo(e.getDependent(), w)
                    || (rel.startsWith("nmod:of") && depth == 0 && (isNumber(w) || namesAPlace(w, e.getDependent())))) {
                collect(e.getDependent(), indices, depth + 1);
            }
        }
    }

    /**
     * "the Ruritania-led coalition": the tokenizer splits the word at its hyphen and the parser hangs the first half
     * on the second by a bare dep; it is still the phrase's own word ("the Utopia-based monitor" only says where).
     */
    private boolean hyphenedTo(IndexedWord part, IndexedWord w) {
        return part.index() + 2 == w.index() && "HYPH".equals(token(part.index() + 1).tag())
                && !"based".equalsIgnoreCase(w.word());
    }

    /**
     * "the Government of Ethiopia", "the Armed Forces of Ukraine", "the government of Chad": a capitalised body "of" a
     * named place or group, or any body "of" a country, is one
     * name; a person "of" a country ("the emir of Qatar") is not, so the person keeps a name of their own.
     */
    private boolean namesAPlace(IndexedWord head, IndexedWord of) {
        String word = head.word();
        // "the government of Myanmar": a common noun "of" a country is that country's body too
        boolean capitalised = word != null && !word.isEmpty() && Character.isUpperCase(word.charAt(0));
        boolean state = "COUNTRY".equals(of.ner()) || "NATIONALITY".equals(of.ner());
        return word != null && !word.isEmpty() && (capitalised || state)
                && !"PERSON".equals(head.ner()) && !"TITLE".equals(head.ner())
                && String.valueOf(of.tag()).startsWith("NNP")
                // "the Government of National Accord": a capitalised body of words NER left untyped is one name too
                && (OF_NAMES.contains(String.valueOf(of.ner())) || capitalised && "O".equals(of.ner()));
    }

    private static boolean contiguous(TreeSet<Integer> indices, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!indices.contains(i)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the normalized value CoreNLP gave a token (dates, times, numbers), or null. */
    String normalized(IndexedWord w) {
        return token(w.index()).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }
}
