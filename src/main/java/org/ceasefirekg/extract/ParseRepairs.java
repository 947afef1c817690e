package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Mends parses of English that CoreNLP gets wrong often enough to lose roles, before any rule reads the graph,
 * so that every rule sees the owner where the grammar puts it.
 */
final class ParseRepairs {
    private static final Set<String> CLAUSE_ROLES = Set.of("nsubj", "nsubj:pass", "obj", "iobj");
    private static final Set<String> PLACES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY");
    private static final GrammaticalRelation POSS = UniversalEnglishGrammaticalRelations.POSSESSION_MODIFIER;

    private ParseRepairs() {
    }

    /** Mends the graph in place (a graph already mended is left as it is); a null graph is ignored. */
    static void mend(SemanticGraph g, List<edu.stanford.nlp.ling.CoreLabel> tokens) {
        if (g == null) {
            return;
        }
        ownersOfWhose(g);
        looseRelativeSubjects(g);
        sharedPossessives(g, tokens);
        datelineSubjects(g, tokens);
        ClauseHeads.mend(g, tokens);
        determinerHeads(g);
        acronymSubjects(g);
        betweenPairs(g);
        SharedDependents.mend(g);
    }

    /**
     * "ABC in a note put up on its channel said ...": the tagger reads a name in capitals that spells an English
     * verb ("IS", "DO") as one, and the parse makes it a copula of the verb and takes a later noun for the subject. A
     * verb has no copula, so the word in capitals is the subject; the noun the parse took instead stands in apposition
     * to the noun written right before it ("the messaging service Telegram"), or else hangs loose.
     */
    private static void acronymSubjects(SemanticGraph g) {
        for (IndexedWord verb : List.copyOf(g.vertexSet())) {
            IndexedWord name = verb.tag() != null && verb.tag().startsWith("VB") ? g.getChildrenWithReln(verb,
                    UniversalEnglishGrammaticalRelations.COPULA).stream()
                    .filter(c -> c.index() < verb.index() && c.word().matches("[A-Z]{2,}")).findFirst().orElse(null)
                    : null;
            if (name == null) {
                continue;
            }
            for (IndexedWord other : g.getChildrenWithReln(verb, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT)) {
                g.removeEdge(g.getEdge(verb, other));
                IndexedWord before = g.getNodeByIndexSafe(other.index() - 1);
                boolean appos = before != null && before.tag() != null && before.tag().startsWith("NN");
                g.addEdge(appos ? before : verb, other, appos ? UniversalEnglishGrammaticalRelations.APPOSITIONAL_MODIFIER
                        : GrammaticalRelation.DEPENDENT, 1.0, false);
            }
            g.removeEdge(g.getEdge(verb, name));
            g.addEdge(verb, name, UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT, 1.0, false);
        }
    }

    /**
     * "a truce between the Government of Korva and the Tesk movement": the parse often joins the second side to the
     * name inside the first side's of-phrase ("Korva and the Tesk movement"), so "between" seems to govern one side.
     * "between" needs two: when its one noun is singular and has no conjunct of its own, the conjunct under its
     * of-phrase is the second side ("the governments of A and B", a plural, keeps its reading). So it is for who signs
     * or does a thing, when the second side has its own "the" ("by the Government of A and the B Front").
     */
    private static void betweenPairs(SemanticGraph g) {
        for (SemanticGraphEdge between : g.edgeListSorted()) {
            IndexedWord side = between.getDependent();
            String how = between.getRelation().toString();
            // "signed by the Government of A and the B Front": a side of its own, told by its own "the"
            boolean ownThe = how.matches("(nmod|obl):(by|agent)|nsubj|nsubj:pass") && side.word() != null
                    && Character.isUpperCase(side.word().charAt(0)); // a body's name, not "the truce of A and the B"
            if (!(ownThe || how.matches("(nmod|obl):(between|among)")) || side.tag() == null
                    || !side.tag().matches("NNP?") || g.outgoingEdgeList(side).stream()
                    .anyMatch(e -> e.getRelation().toString().startsWith("conj"))) {
                continue;
            }
            for (SemanticGraphEdge of : List.copyOf(g.outgoingEdgeList(side))) {
                if (!of.getRelation().toString().equals("nmod:of")) {
                    continue;
                }
                for (SemanticGraphEdge conj : List.copyOf(g.outgoingEdgeList(of.getDependent()))) {
                    IndexedWord other = conj.getDependent();
                    if (!conj.getRelation().toString().equals("conj:and") || other.index() < of.getDependent().index()
                            || other.tag() == null || !other.tag().startsWith("NN") // "... and the B have held"
                            || ownThe && g.getChildrenWithReln(other, UniversalEnglishGrammaticalRelations.DETERMINER)
                            .stream().noneMatch(d -> d.word().equalsIgnoreCase("the"))) {
                        continue;
                    }
                    g.removeEdge(conj);
                    SemanticGraphEdge copied = g.getEdge(side, other);
                    if (copied != null) { // enhanced++ copies the of-relation onto the conjunct
                        g.removeEdge(copied);
                    }
                    g.addEdge(side, other, conj.getRelation(), 1.0, false);
                    g.addEdge(between.getGovernor(), other, between.getRelation(), 1.0, true);
                }
            }
        }
    }

    /**
     * "The shelling of the village by the militia killed two": after "the", the tagger may read an event noun in -ing
     * as a participle and the parse make it a modifier of the determiner, which then heads the phrase; the noun in
     * -ing is the head and the determiner its own.
     */
    private static void determinerHeads(SemanticGraph g) {
        for (IndexedWord det : List.copyOf(g.vertexSet())) {
            IndexedWord ing = "DT".equals(det.tag()) ? g.getChildrenWithReln(det,
                    UniversalEnglishGrammaticalRelations.ADJECTIVAL_MODIFIER).stream()
                    .filter(a -> "VBG".equals(a.tag()) && a.index() == det.index() + 1).findFirst().orElse(null) : null;
            if (ing == null) {
                continue;
            }
            g.removeEdge(g.getEdge(det, ing));
            for (SemanticGraphEdge e : List.copyOf(g.incomingEdgeList(det))) {
                g.removeEdge(e);
                g.addEdge(e.getGovernor(), ing, e.getRelation(), 1.0, e.isExtra());
            }
            for (SemanticGraphEdge e : List.copyOf(g.outgoingEdgeList(det))) {
                g.removeEdge(e);
                g.addEdge(ing, e.getDependent(), e.getRelation(), 1.0, e.isExtra());
            }
            g.addEdge(ing, det, UniversalEnglishGrammaticalRelations.DETERMINER, 1.0, false);
            if (g.getRoots().contains(det)) {
                g.setRoot(ing);
            }
        }
    }

    /**
     * "CITY, May 3 (Agency) - A truce ... will take effect": the parse makes the dateline's city the verb's subject and
     * the real subject its appositive; the subject is the appositive written after the dateline's dash.
     */
    private static void datelineSubjects(SemanticGraph g, List<edu.stanford.nlp.ling.CoreLabel> tokens) {
        int dash = datelineDash(tokens);
        for (int i = 1; i < dash; i++) {
            IndexedWord city = g.getNodeByIndexSafe(i); // "Gaza City (AFP) -": the city's head may be a later word
            if (city != null) {
                subjectAfterDash(g, city, dash);
            }
        }
    }

    private static void subjectAfterDash(SemanticGraph g, IndexedWord city, int dash) {
        for (SemanticGraphEdge appos : List.copyOf(g.outgoingEdgeList(city))) {
            IndexedWord subject = appos.getDependent();
            // the parse hangs the subject after the dash on the dateline by appos, or by a loose dep
            String how = appos.getRelation().toString();
            if (!(how.equals("appos") || how.equals("dep") && subject.tag() != null && subject.tag().startsWith("NN"))
                    || subject.index() <= dash) {
                continue;
            }
            for (SemanticGraphEdge role : List.copyOf(g.incomingEdgeList(city))) {
                String rel = role.getRelation().toString();
                if (rel.equals("nsubj") || rel.equals("nsubj:pass")) {
                    g.removeEdge(role);
                    g.addEdge(role.getGovernor(), subject, role.getRelation(), 1.0, false);
                    g.removeEdge(appos);
                    // "BEIRUT (AP) - A truce, brokered by X, began": a clause after the subject is the subject's
                    for (SemanticGraphEdge e : List.copyOf(g.outgoingEdgeList(city))) {
                        if (e.getDependent().index() > subject.index()
                                && e.getRelation().toString().matches("acl|acl:relcl|nmod.*")) {
                            g.removeEdge(e);
                            g.addEdge(subject, e.getDependent(), e.getRelation(), 1.0, e.isExtra());
                        }
                    }
                }
            }
        }
    }

    /**
     * The index of the dash that ends a dateline ("BEIRUT (AP) -", "SANAA, April 3 (Reuters) --", "Gaza City (AFP) -"):
     * a first word in capitals or named as a place, then only places, a date, commas and an agency in brackets; -1
     * when the sentence has none.
     */
    private static int datelineDash(List<edu.stanford.nlp.ling.CoreLabel> tokens) {
        if (tokens.size() < 3 || !(tokens.get(0).word().matches("\\p{Lu}[\\p{Lu}.'-]+")
                || PLACES.contains(String.valueOf(tokens.get(0).ner())))) {
            return -1;
        }
        boolean bracket = false;
        for (int i = 1; i < Math.min(tokens.size(), 12); i++) {
            var t = tokens.get(i);
            String w = t.word();
            if (w.matches("-+|\u2013|\u2014|--|:") && !bracket) {
                return i + 1;
            }
            bracket = w.equals("(") || w.equals("-LRB-") || bracket && !(w.equals(")") || w.equals("-RRB-"));
            boolean datelinePart = bracket || w.equals(",") || w.equals(")") || w.equals("-RRB-")
                    || "DATE".equals(t.ner()) || w.matches("\\p{Lu}[\\p{Lu}.'-]+")
                    || PLACES.contains(String.valueOf(t.ner())) && w.matches("\\p{Lu}.*"); // "BAKU, Azerbaijan (AP) -"
            if (!datelinePart) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "... and former president A, whose mediation led to the truce": when the relative clause hangs on the last name
     * by a loose {@code dep} (or {@code acl:relcl}) and "whose" was left without its antecedent, the owner of what
     * "whose" qualifies is that noun, and every noun joined to it by "and": what CoreNLP's enhancement does when it
     * reads the clause.
     */
    private static void ownersOfWhose(SemanticGraph g) {
        for (IndexedWord whose : List.copyOf(g.vertexSet())) {
            if (!"WP$".equals(whose.tag()) || !g.getParentsWithReln(whose, "ref").isEmpty()) {
                continue;
            }
            for (SemanticGraphEdge poss : List.copyOf(g.incomingEdgeList(whose))) {
                if (!poss.getRelation().toString().equals("nmod:poss")) {
                    continue;
                }
                IndexedWord owned = poss.getGovernor();
                IndexedWord antecedent = antecedent(g, owned);
                if (antecedent == null) {
                    continue;
                }
                g.removeEdge(poss);
                for (IndexedWord owner : withConjuncts(g, antecedent)) {
                    if (g.getEdge(owned, owner) == null) {
                        g.addEdge(owned, owner, POSS, 1.0, false);
                    }
                }
            }
        }
    }

    /**
     * "It was the army who shelled the town", "the rebels, who fired first": when the parse hangs a relative clause on
     * the noun before it by a loose {@code dep}, CoreNLP's enhancement leaves "who" as the verb's subject; the noun is
     * the subject, as the enhancement makes it of a clause it reads as relative.
     */
    private static void looseRelativeSubjects(SemanticGraph g) {
        for (IndexedWord who : List.copyOf(g.vertexSet())) {
            if (!Set.of("WP", "WDT").contains(who.tag()) || !g.getParentsWithReln(who, "ref").isEmpty()) {
                continue;
            }
            for (SemanticGraphEdge subject : List.copyOf(g.incomingEdgeList(who))) {
                IndexedWord verb = subject.getGovernor();
                SemanticGraphEdge clause = g.incomingEdgeList(verb).stream()
                        .filter(e -> e.getRelation().toString().equals("dep")).findFirst().orElse(null);
                IndexedWord noun = clause == null ? null : clause.getGovernor();
                // the noun ends right before "who" (or its comma): a clause hung on an earlier word is no relative
                if (!subject.getRelation().toString().matches("nsubj(:pass)?") || noun == null || noun.tag() == null
                        || !noun.tag().startsWith("NN") || who.index() - noun.index() < 1 || who.index() - noun.index() > 2
                        || who.index() - noun.index() == 2 && !",".equals(g.getNodeByIndexSafe(noun.index() + 1) == null
                        ? "" : g.getNodeByIndexSafe(noun.index() + 1).word())) {
                    continue;
                }
                g.removeEdge(subject);
                g.addEdge(verb, noun, subject.getRelation(), 1.0, false);
                g.addEdge(noun, who, GrammaticalRelation.valueOf(edu.stanford.nlp.international.Language.English, "ref"),
                        1.0, false);
                g.removeEdge(clause);
                g.addEdge(noun, verb, UniversalEnglishGrammaticalRelations.RELATIVE_CLAUSE_MODIFIER, 1.0, false);
            }
        }
    }

    /** The noun a relative clause whose subject or object is {@code owned} belongs to, or null. */
    private static IndexedWord antecedent(SemanticGraph g, IndexedWord owned) {
        for (SemanticGraphEdge role : g.incomingEdgeList(owned)) {
            if (!CLAUSE_ROLES.contains(role.getRelation().toString())) {
                continue;
            }
            for (SemanticGraphEdge clause : g.incomingEdgeList(role.getGovernor())) {
                String rel = clause.getRelation().toString();
                IndexedWord noun = clause.getGovernor();
                if ((rel.equals("dep") || rel.equals("acl:relcl")) && noun.tag() != null && noun.tag().startsWith("NN")
                        && noun.index() < owned.index()) {
                    return noun;
                }
            }
        }
        return null;
    }

    /** The noun with the nouns joined to it by a conjunction, whichever of them the parse made the head. */
    private static Set<IndexedWord> withConjuncts(SemanticGraph g, IndexedWord noun) {
        Set<IndexedWord> all = new LinkedHashSet<>();
        all.add(noun);
        IndexedWord head = noun;
        for (SemanticGraphEdge e : g.incomingEdgeList(noun)) {
            if (e.getRelation().toString().startsWith("conj")) {
                head = e.getGovernor();
                all.add(head);
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            if (e.getRelation().toString().startsWith("conj")) {
                all.add(e.getDependent());
            }
        }
        return all;
    }

    /**
     * "Norway and Ghana's call for a truce": the parse joins "Norway" to "call" and gives "call" only "Ghana" as its
     * owner; a name right before "and" and another name with the possessive owns the noun with it.
     */
    private static void sharedPossessives(SemanticGraph g, List<edu.stanford.nlp.ling.CoreLabel> tokens) {
        for (SemanticGraphEdge conj : g.edgeListSorted()) {
            if (!conj.getRelation().toString().startsWith("conj")) {
                continue;
            }
            IndexedWord first = conj.getGovernor();
            IndexedWord noun = conj.getDependent();
            if (!isName(first) || noun.tag() == null || !noun.tag().startsWith("NN") || isName(noun)) {
                continue;
            }
            IndexedWord second = g.getChildrenWithReln(noun, POSS).stream()
                    .filter(p -> isName(p) && p.index() > first.index() && p.index() < noun.index()).findFirst()
                    .orElse(null);
            if (second == null || !joinedByAnd(tokens, first, second)) {
                continue;
            }
            g.removeEdge(conj);
            // the governors that reached the noun through the conjunction had the name as their own dependent
            for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(first))) {
                if (g.getEdge(in.getGovernor(), noun) != null) {
                    g.removeEdge(in);
                }
            }
            g.addEdge(noun, first, POSS, 1.0, false);
        }
    }

    /** True when only "and" (or "&") stands between the end of the first name and the second. */
    private static boolean joinedByAnd(List<edu.stanford.nlp.ling.CoreLabel> tokens, IndexedWord first,
            IndexedWord second) {
        int between = 0;
        for (int i = first.index() + 1; i < second.index(); i++) {
            var t = tokens.get(i - 1);
            String tag = t.tag() == null ? "" : t.tag();
            if (tag.equals("CC") && (t.word().equalsIgnoreCase("and") || t.word().equals("&"))) {
                between++;
            } else if (!tag.startsWith("NNP") || t.ner() == null || t.ner().equals("O")) {
                return false; // another word: not two names side by side
            }
        }
        return between == 1;
    }

    private static boolean isName(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("NNP") && w.ner() != null && !"O".equals(w.ner());
    }
}
