package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefirekg.lexicon.GrammarRule;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;

/**
 * Runs the curators' grammar rules ({@code ontology/rules/}): each Semgrex match whose conditions hold becomes a frame
 * of the rule's concept, its named nodes the frame's roles (but {@code =trigger}, the word that evokes it, and helper
 * nodes named {@code x_...}). Matches of one rule on one trigger word are one frame.
 * Like every frame, one told as intended, planned or denied is no event and is dropped, unless its rule holds when
 * planned (a ceasefire's start announced ahead).
 */
final class GrammarRules {
    /** The node name that marks the word evoking the frame. */
    static final String TRIGGER = "trigger";
    /** Node names that start with this only tie the pattern together ({@code =x_deal}): they give no role. */
    static final String HELPER = "x_";

    /**
     * A rule with its pattern compiled, and the concepts of each condition that must hold (not those that must not):
     * a sentence none of whose triggers, nor the previous sentence's, evokes one of them cannot match it.
     */
    private record Compiled(GrammarRule rule, SemgrexPattern pattern, List<List<String>> required) {
        Compiled(GrammarRule rule, SemgrexPattern pattern) {
            this(rule, pattern, rule.conditions().values().stream().filter(v -> !v.startsWith("!"))
                    .map(v -> List.of(v.split("\\|"))).toList());
        }

        /** False when some required concept list is evoked by no trigger here or in the sentence before. */
        boolean mayMatch(List<Trigger> triggers, List<Trigger> before) {
            for (List<String> concepts : required) {
                if (!evokesAny(triggers, concepts) && !evokesAny(before, concepts)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean evokesAny(List<Trigger> triggers, List<String> concepts) {
            return triggers.stream().anyMatch(t -> concepts.stream().anyMatch(t.concepts()::contains));
        }
    }

    /** Places below a state: a plural "of" one of them names no state or body the plural acts for. */
    private static final Set<String> REGIONS = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE");
    /** Names of bodies and states a plural "with" one of them may serve. */
    private static final Set<String> BODIES = Set.of("ORGANIZATION", "COUNTRY");

    private final List<Compiled> rules = new ArrayList<>();
    private final Attribution attribution;
    private final Places places;
    private final Cues cues;

    /**
     * Compiles the lexicon's rules; a pattern Semgrex cannot read is an error naming its rule.
     *
     * @param cues        tells a frame told as planned or intended (irrealis)
     * @param attribution finds who says what a frame tells, for frames whose rule names no source
     * @param places      finds where aid a rule tells stopped was going
     */
    GrammarRules(Lexicon lexicon, Cues cues, Attribution attribution, Places places) {
        this.attribution = attribution;
        this.places = places;
        this.cues = cues;
        for (GrammarRule rule : lexicon.rules()) {
            try {
                rules.add(new Compiled(rule, SemgrexPattern.compile(rule.semgrex())));
            } catch (RuntimeException e) {
                throw new org.ceasefirekg.lexicon.LexiconException("grammar rule " + rule.iri() + ": not a Semgrex pattern: "
                        + e.getMessage(), e);
            }
        }
    }

    /**
     * Returns the frames the rules find in one sentence, given its triggers and the previous sentence's (which "it"
     * may refer back to).
     */
    List<Frame> apply(ParsedSentence p, List<Trigger> triggers, List<Trigger> before, Resolver r) {
        List<Frame> frames = new ArrayList<>();
        if (p.graph == null) {
            return frames;
        }
        SemanticGraph controlled = null;
        for (Compiled c : rules) {
            // Matching every rule on every sentence was most of the rules' time; the conditions decide it cheaper.
            if (!c.mayMatch(triggers, before)) {
                continue;
            }
            Map<Integer, Set<Argument>> byTrigger = new LinkedHashMap<>();
            boolean incident = cues.isIncidentConcept(c.rule().concept());
            if (incident && controlled == null) {
                controlled = withControlledSubjects(p.graph);
            }
            SemgrexMatcher m = c.pattern().matcher(incident ? controlled : p.graph);
            while (m.find()) {
                IndexedWord trigger = m.getNode(TRIGGER);
                if (trigger == null || !conditionsHold(c.rule(), m, triggers, before) || told(c.rule())
                        && cues.irrealis(trigger, p) && !(incident && cues.attempted(trigger, p)) || negated(trigger, p)) {
                    continue;
                }
                Set<Argument> args = byTrigger.computeIfAbsent(trigger.index(), k -> new LinkedHashSet<>());
                for (String name : m.getNodeNames()) {
                    if (!name.equals(TRIGGER) && !name.startsWith(HELPER)) {
                        for (IndexedWord w : bothOf(namedBy(m.getNode(name), p, sides(c.rule(), name)), trigger, p,
                                c.rule().concept().equals(Vocab.ACCUSE) && name.equals(Frame.PATIENT))) {
                            Argument a = cut(name.equals(Frame.SOURCE) ? r.speaker(name, w) : r.arg(name, w), w, m, p);
                            args.add(c.rule().concept().equals(Vocab.CEASEFIRE_START) ? ClockTimes.endOfDay(a) : a);
                        }
                    }
                }
            }
            byTrigger.forEach((index, args) -> {
                Trigger t = triggerAt(index, triggers);
                Span span = t == null ? p.tokenSpan(index, index) : p.tokenSpan(t.first(), t.last());
                List<Argument> all = new ArrayList<>(args);
                if (all.stream().noneMatch(a -> a.role().equals(Frame.SOURCE))) {
                    all.addAll(attribution.attribution(p.node(index), p, r));
                }
                if (cues.obstructsAid(c.rule().concept()) && p.node(index) != null) {
                    BlockedPaths.complete(p.node(index), places, p, r, all); // "kept the trucks from reaching X"
                }
                all.add(new Argument(Frame.RULE, span, null, c.rule().iri()));
                definite(p.node(index), p).ifPresent(all::add);
                frames.add(new Frame(c.rule().concept(), p.index, span, List.copyOf(all)));
            });
        }
        return frames;
    }

    /**
     * "Rebels tried to storm X", "the militia is believed to have shelled Y": an attack verb whose subject is its
     * governor's (nsubj:xsubj) has that subject as its own for the incident rules, whose patterns name nsubj. Truce
     * rules keep the parse as it is: "agreed to sign" is no signing.
     */
    private static SemanticGraph withControlledSubjects(SemanticGraph g) {
        if (g.edgeListSorted().stream().noneMatch(e -> e.getRelation().toString().equals("nsubj:xsubj"))) {
            return g;
        }
        SemanticGraph copy = new SemanticGraph(g);
        for (SemanticGraphEdge e : copy.edgeListSorted()) {
            if (e.getRelation().toString().equals("nsubj:xsubj")) {
                copy.addEdge(e.getGovernor(), e.getDependent(), UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT,
                        1.0, true);
            }
        }
        return copy;
    }

    /**
     * A rule's event noun told with "the" or "this" ("that raid, staged by X") is one the article told before, as
     * the frames of triggers mark it (the event writer joins it to that event).
     */
    private static java.util.Optional<Argument> definite(IndexedWord head, ParsedSentence p) {
        if (head == null || ParsedSentence.isVerb(head)) {
            return java.util.Optional.empty();
        }
        return p.children(head, "det").stream()
                .filter(d -> Set.of("the", "this", "that").contains(ParsedSentence.lemma(d))).findFirst()
                .map(d -> new Argument(Frame.DEFINITE, p.tokenSpan(d.index(), d.index()), null, null));
    }

    /** True for a rule whose frames must have happened; a start announced ahead holds as planned (cf:holdsWhenPlanned). */
    private static boolean told(GrammarRule rule) {
        return !rule.planned();
    }

    private static boolean conditionsHold(GrammarRule rule, SemgrexMatcher m, List<Trigger> triggers,
                                          List<Trigger> before) {
        for (var condition : rule.conditions().entrySet()) {
            IndexedWord w = m.getNode(condition.getKey());
            boolean not = condition.getValue().startsWith("!");
            List<String> concepts = List.of((not ? condition.getValue().substring(1) : condition.getValue()).split("\\|"));
            boolean evokes = w != null && triggers.stream()
                    .anyMatch(t -> t.covers(w.index()) && concepts.stream().anyMatch(t.concepts()::contains));
            if (!evokes && !not && w != null && ParsedSentence.lemma(w).equalsIgnoreCase("it")) {
                Trigger antecedent = lastEventNoun(triggers, before, w.index());
                evokes = antecedent != null && concepts.stream().anyMatch(antecedent.concepts()::contains);
            }
            if (evokes == not) {
                return false;
            }
        }
        return true;
    }

    /**
     * "They agreed a truce on Monday. It takes effect at noon": "it" stands for the last singular noun that evokes an
     * event, in its own sentence before it or else in the sentence before; only when that noun evokes the concept
     * does the condition hold, so "it" after a later attack or report is not the truce.
     */
    private static Trigger lastEventNoun(List<Trigger> triggers, List<Trigger> before, int index) {
        Trigger last = null;
        for (Trigger t : before) {
            last = singularNoun(t) ? t : last;
        }
        for (Trigger t : triggers) {
            last = t.last() < index && singularNoun(t) ? t : last;
        }
        return last;
    }

    private static boolean singularNoun(Trigger t) {
        return t.head() != null && "NN".equals(t.head().tag());
    }

    private static Trigger triggerAt(int index, List<Trigger> triggers) {
        return triggers.stream().filter(t -> t.covers(index)).findFirst().orElse(null);
    }

    /**
     * "the militia's shelling of ...", "the commanders fully responsible for ...": a role's phrase ends before the
     * words of another node of the match that the parse hung under it, so the act or the predicate is no part of who.
     */
    private static Argument cut(Argument a, IndexedWord w, SemgrexMatcher m, ParsedSentence p) {
        if (a == null) {
            return null;
        }
        int end = a.span().end();
        for (String name : m.getNodeNames()) {
            IndexedWord other = m.getNode(name);
            if (other != null && other.index() > w.index()) {
                int begin = p.subtree(other).begin();
                end = begin > a.span().begin() && begin < end ? begin : end;
            }
        }
        if (end == a.span().end()) {
            return a;
        }
        String text = Resolver.withoutPossessiveEnd(p.textBetween(a.span().begin(), end).stripTrailing());
        return new Argument(a.role(), new Span(a.span().begin(), a.span().begin() + text.length(), text), a.type(),
                a.normalized());
    }

    /**
     * "his US counterpart, John Kerry": a phrase that names no one stands for the name in apposition to it; "the
     * leaders of A and B", "envoys from A and B": a plural that names no one stands for the states or bodies it comes
     * from, each of them.
     */
    private static List<IndexedWord> namedBy(IndexedWord w, ParsedSentence p, boolean sides) {
        // "the Kenyan envoy Tom Baro played a role": the parse may head the phrase with the title, the name hung below
        IndexedWord named = "TITLE".equals(w.ner()) ? p.children(w, "dep", "appos").stream()
                .filter(d -> "PERSON".equals(d.ner())).findFirst().orElse(null) : null;
        if (named != null) {
            return List.of(named);
        }
        if (w.ner() != null && !"O".equals(w.ner())) {
            return List.of(w);
        }
        // "the clan militias of Galmudug": a region or a town the fighters come from is no side; they stay unnamed
        List<IndexedWord> of = sides && "NNS".equals(w.tag()) ? p.children(w, "nmod:of", "nmod:from").stream()
                .filter(o -> o.tag().startsWith("NN") && !REGIONS.contains(String.valueOf(o.ner()))).toList() : List.of();
        if (of.isEmpty() && sides && "NNS".equals(w.tag()) && "O".equals(String.valueOf(w.ner()))) {
            // "fighters with the Northern Front agreed": a named body they serve, not "commanders with ties to it"
            of = p.children(w, "nmod:with").stream().filter(o -> BODIES.contains(String.valueOf(o.ner()))).toList();
        }
        List<IndexedWord> listed = p.children(w, "appos"); // "the sides (A, B and C)": a list names each of them
        if (listed.size() > 1 && listed.stream().allMatch(a -> String.valueOf(a.tag()).startsWith("NN"))) {
            return listed;
        }
        return !of.isEmpty() ? of : List.of(p.children(w, "appos").stream()
                .filter(a -> a.ner() != null && !"O".equals(a.ner())).findFirst().orElse(w));
    }

    /**
     * "holds both the militia and its backers responsible": the parse hangs the predicate on the last conjunct only,
     * so the rule finds that one; every object of the same verb joined to it as a conjunct is accused too.
     */
    private static List<IndexedWord> bothOf(List<IndexedWord> ws, IndexedWord trigger, ParsedSentence p,
                                            boolean accused) {
        if (!accused || ws.size() != 1 || trigger == null) {
            return ws;
        }
        IndexedWord w = ws.get(0);
        List<IndexedWord> all = new ArrayList<>();
        for (IndexedWord x : p.children(trigger, "obj")) {
            boolean joined = p.relationToParentOf(w, x).startsWith("conj") || p.relationToParentOf(x, w).startsWith("conj");
            if (x.tag().startsWith("NN") && joined) {
                all.add(x);
            }
        }
        all.add(w);
        return all;
    }

    /** True for the role of a side to a ceasefire or of its broker, whose envoys or leaders act for it. */
    private static boolean sides(GrammarRule rule, String role) {
        return (rule.concept().equals(Vocab.SIGN) || rule.concept().equals(Vocab.MEDIATE))
                && (role.equals(Frame.AGENT) || role.equals(Frame.PARTICIPANT));
    }


    /** "did not agree", "never signed". */
    private static boolean negated(IndexedWord w, ParsedSentence p) {
        return p.children(w, "advmod", "neg").stream()
                .anyMatch(a -> Set.of("not", "never", "n't").contains(ParsedSentence.lemma(a)));
    }
}
