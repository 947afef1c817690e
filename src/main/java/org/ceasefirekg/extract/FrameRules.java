package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.ParsedSentence.isNumber;
import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/**
 * The extraction rules: where the dependency parse puts the agent, patient, place, time, count and source of each
 * trigger the lexicon knows. The rules name grammatical relations and closed-class words only; every content word
 * they react to comes from the lexicon in {@code ontology/}.
 */
final class FrameRules {
    /** Words that make the clause below them unreal: planned, intended, possible, denied. */
    private static final Set<String> IRREALIS = Set.of("aim", "plan", "intend", "try", "want", "threaten", "seek",
            "prepare", "vow", "expect", "hope", "could", "would", "may", "might", "should", "will", "if", "whether",
            "not", "never", "no", "too", "unless", "call");
    /** Words that introduce what an attack was meant to hit. */
    private static final Set<String> INTENT = Set.of("mean", "intend", "aim", "attempt", "try", "supposed", "plan");
    private static final Set<String> INCLUDE = Set.of("include", "involve", "comprise", "participate", "join");
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");
    private static final Set<String> LOCATION_TYPES = Set.of("CITY", "LOCATION", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> AGREEMENT_VERBS = Set.of("sign", "broker", "mediate", "agree", "conclude");
    private static final Set<String> HOLDERS = Set.of("operate", "run", "organize", "organise", "send", "lead", "escort");

    private final Lexicon lexicon;
    /** The gazetteer's names: a place NER took for a person ("Deir al Zor") is still a place. */
    private final NameIndex names;
    private final int longest;
    private final GrammarRules grammar;

    FrameRules(Lexicon lexicon, NameIndex names) {
        this.lexicon = lexicon;
        this.names = names;
        this.longest = lexicon.longestTrigger();
        this.grammar = new GrammarRules(lexicon, this);
    }

    /** A trigger found in a sentence: token range (1-based, inclusive), its syntactic head, the concepts. */
    record Trigger(int first, int last, IndexedWord head, Set<String> concepts) {
        boolean covers(int tokenIndex) {
            return tokenIndex >= first && tokenIndex <= last;
        }
    }

    List<Frame> apply(ParsedSentence p, Resolver r) {
        List<Frame> frames = new ArrayList<>();
        if (p.graph == null) {
            return frames;
        }
        List<Trigger> triggers = triggers(p);
        frames.addAll(grammar.apply(p, triggers, r));
        for (Trigger t : triggers) {
            for (String concept : t.concepts) {
                Frame f = frame(concept, t, triggers, p, r);
                if (f != null) {
                    frames.add(f);
                    if (concept.equals(Vocab.KILLED) || concept.equals(Vocab.WOUNDED)) {
                        frames.addAll(includedCounts(f, p));
                    }
                }
            }
        }
        return sharedAcrossCounts(frames, p);
    }

    /**
     * "Fifteen volunteers were killed ... the Civil Defence said ... and more than 25 were injured": a count told
     * with no victims or source of its own shares those of the sentence's first count that has them.
     */
    private static List<Frame> sharedAcrossCounts(List<Frame> frames, ParsedSentence p) {
        List<Frame> counts = frames.stream()
                .filter(f -> f.concept().equals(Vocab.KILLED) || f.concept().equals(Vocab.WOUNDED)).toList();
        if (counts.size() < 2) {
            return frames;
        }
        List<Frame> out = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            if (!counts.contains(f)) {
                out.add(f);
                continue;
            }
            List<Argument> args = new ArrayList<>(f.args());
            // only a bare number ("25 were injured") shares victims: "five others were killed" are other people
            boolean bare = f.first(Frame.COUNT).map(c -> p.textBetween(c.span().end(), p.token(p.tokens.size())
                    .endPosition()).matches("(?s)\\s*(were|was|are|is|have|had|more)\\b.*")).orElse(false);
            for (String role : bare ? List.of(Frame.VICTIMS, Frame.SOURCE) : List.of(Frame.SOURCE)) {
                if (f.first(role).isEmpty()) {
                    counts.stream().filter(g -> g != f && g.first(Frame.PERIOD).isEmpty())
                            .flatMap(g -> g.first(role).stream()).findFirst().ifPresent(args::add);
                }
            }
            out.add(new Frame(f.concept(), f.sentence(), f.trigger(), args));
        }
        return out;
    }

    /** Finds lexicon triggers: the longest lemma sequence first; possessive pronouns inside may be skipped. */
    List<Trigger> triggers(ParsedSentence p) {
        List<Trigger> found = new ArrayList<>();
        int n = p.tokens.size();
        for (int i = 1; i <= n; i++) {
            for (int len = Math.min(longest, n - i + 1); len >= 1; len--) {
                StringBuilder key = new StringBuilder();
                StringBuilder singular = new StringBuilder();
                int last = i - 1;
                int words = 0;
                while (words < len && last < n) {
                    last++;
                    CoreLabel t = p.token(last);
                    if (words > 0 && "PRP$".equals(t.tag()) && last < n) {
                        continue;
                    }
                    String lemma = t.lemma() == null ? t.word() : t.lemma();
                    key.append(words == 0 ? "" : " ").append(lemma);
                    // "Airstrikes hit the market": a capitalised plural tagged as a proper noun keeps its "s" as lemma
                    boolean properPlural = String.valueOf(t.tag()).startsWith("NNP") && lemma.endsWith("s")
                            && lemma.length() > 3;
                    singular.append(words == 0 ? "" : " ").append(properPlural ? lemma.substring(0, lemma.length() - 1) : lemma);
                    words++;
                }
                Set<String> concepts = lexicon.conceptsOf(key.toString());
                if (concepts.isEmpty()) {
                    concepts = lexicon.conceptsOf(singular.toString());
                }
                if (words == len && !concepts.isEmpty()) {
                    IndexedWord head = headOf(p, i, last);
                    if (head != null) {
                        found.add(new Trigger(i, last, head, concepts));
                    }
                    i = last;
                    break;
                }
            }
        }
        verbObjectTriggers(p, found);
        return found;
    }

    /** "claimed more than 300000 lives" is "claim life": a verb and its object make a trigger with words between. */
    private void verbObjectTriggers(ParsedSentence p, List<Trigger> found) {
        for (int i = 1; i <= p.tokens.size(); i++) {
            IndexedWord verb = p.node(i);
            if (verb == null || !isVerb(verb)) {
                continue;
            }
            for (IndexedWord object : p.children(verb, "obj")) {
                Set<String> concepts = lexicon.conceptsOf(lemma(verb) + " " + lemma(object));
                if (!concepts.isEmpty() && object.index() > verb.index() + 1) {
                    int at = i;
                    found.removeIf(t -> t.covers(at));
                    found.add(new Trigger(i, i, verb, concepts));
                    found.sort(java.util.Comparator.comparingInt(Trigger::first));
                }
            }
        }
    }

    private static IndexedWord headOf(ParsedSentence p, int first, int last) {
        for (int i = first; i <= last; i++) {
            IndexedWord w = p.node(i);
            if (w == null) {
                continue;
            }
            IndexedWord parent = p.parent(w);
            if (parent == null || parent.index() < first || parent.index() > last) {
                return w;
            }
        }
        return null;
    }

    private Frame frame(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        String eventClass = lexicon.eventClasses().get(concept);
        if (concept.equals(Vocab.KILLED) || concept.equals(Vocab.WOUNDED)) {
            return casualty(concept, t, all, p, r);
        } else if (concept.equals(Vocab.VIOLATION_COUNT)) {
            return violation(concept, t, p, r);
        } else if (concept.startsWith(Vocab.CAMEO + "11") || concept.equals(Vocab.DENY)) {
            return accusation(concept, t, all, p, r);
        } else if (concept.equals(Vocab.VIOLATE)) {
            return violationStatement(concept, t, all, p, r);
        } else if (concept.equals(Vocab.SIGN) || concept.equals(Vocab.MEDIATE)) {
            return agreement(concept, t, all, p, r);
        } else if (concept.equals(Vocab.NEGOTIATE)) {
            return negotiation(concept, t, all, p, r);
        } else if (concept.equals(Vocab.CEASEFIRE_START) || concept.equals(Vocab.CEASEFIRE_END)
                || concept.equals(Vocab.CEASEFIRE_EXTENSION)) {
            return ceasefirePhase(concept, t, all, p, r);
        } else if (eventClass != null && eventClass.equals(Vocab.cf("AidDelivery"))) {
            return aid(concept, t, p, r);
        } else if (eventClass != null && !concept.equals(Vocab.CEASEFIRE_EVENT)) {
            return incident(concept, t, all, p, r);
        }
        return null;
    }

    // ---- incidents -------------------------------------------------------------------------------------------

    private Frame incident(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head;
        // "did not know whether regime or Russian warplanes carried out the strikes on X": a definite event noun
        // names strikes that happened; only what the clause says of them is unreal
        boolean unreal = irrealis(h, p);
        boolean presupposed = unreal && !isVerb(h) && p.children(h, "det").stream()
                .anyMatch(d -> Set.of("the", "this", "these").contains(lemma(d)));
        if (unreal && !presupposed || partOfOtherTrigger(t, all, p) || includedIn(h, all, p)) {
            return null;
        }
        List<Argument> args = new ArrayList<>();
        List<IndexedWord> scope = scope(h, p);
        if (isVerb(h)) {
            IndexedWord subject = first(p.children(h, "nsubj"));
            if (subject != null && isIncidentTrigger(subject, all)) {
                return null; // "airstrikes hit the convoy": the noun's frame carries this verb's arguments
            }
            List<IndexedWord> agents = p.children(h, "nsubj", "obl:agent");
            IndexedWord governor = p.parent(h);
            String rel = p.relationToParent(h);
            if (agents.isEmpty() && governor != null && isVerb(governor)
                    && (rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.startsWith("advcl"))) {
                // "The United States admitted having struck ...": a subjectless complement shares its governor's subject
                agents = p.children(governor, "nsubj");
            }
            agents.forEach(a -> addActor(args, Frame.AGENT, a, p, r));
            p.children(h, "obj", "nsubj:pass").forEach(a -> addActor(args, Frame.PATIENT, a, p, r));
        } else {
            premodifier(h, t, p).ifPresent(span -> args.add(new Argument(Frame.AGENT, span, null, null)));
            p.children(h, "nmod:poss", "nmod:by").forEach(a -> addActor(args, Frame.AGENT, a, p, r));
            p.children(h, "nmod:on", "nmod:against").stream().filter(x -> !isDate(x))
                    .forEach(a -> addActor(args, Frame.PATIENT, a, p, r));
            IndexedWord verb = p.parent(h);
            if (verb != null && isVerb(verb) && p.relationToParent(h).equals("nsubj")) {
                if (p.children(verb, "obj").stream().anyMatch(o -> isAttackTrigger(o, all))) {
                    return null; // "warplanes carried out air strikes": one event, told by the strikes' frame
                }
                p.children(verb, "obj").forEach(a -> addActor(args, Frame.PATIENT, a, p, r));
            }
            if (verb != null && isVerb(verb) && p.relationToParent(h).equals("obj")) {
                // "carried out four air strikes against Syrian forces"
                p.children(verb, "obl:against").forEach(a -> addActor(args, Frame.PATIENT, a, p, r));
                IndexedWord subject = first(p.children(verb, "nsubj"));
                Trigger weapon = subject == null ? null
                        : all.stream().filter(o -> o.covers(subject.index())).findFirst().orElse(null);
                if (weapon != null && isIncidentTrigger(subject, all)) {
                    // "Warplanes from the coalition carried out ...": the weapon's owner acted
                    premodifier(subject, weapon, p).ifPresent(span -> args.add(new Argument(Frame.AGENT,
                            new Span(span.begin(), p.token(weapon.last).endPosition(),
                                    p.textBetween(span.begin(), p.token(weapon.last).endPosition())), null, null)));
                    p.children(subject, "nmod:from", "nmod:poss", "nmod:of").forEach(a -> addActor(args, Frame.AGENT, a, p, r));
                }
            }
        }
        intended(h, p, r, args);
        participants(h, p, r, args);
        if (!isVerb(h)) {
            for (IndexedWord d : p.children(h, "det", "nmod:poss")) {
                if (Set.of("the", "this", "that", "these", "those").contains(lemma(d)) || !"det".equals(p.relationToParentOf(d, h))) {
                    args.add(new Argument(Frame.DEFINITE, p.tokenSpan(d.index(), d.index()), null, null));
                    break;
                }
            }
        }
        // "bombed a medical center in the town of Khan Tuman": the place may be named inside what was hit
        List<IndexedWord> hit = new ArrayList<>(p.children(h, "obj", "nsubj:pass", "nmod:on"));
        for (IndexedWord acl : p.children(h, "acl", "acl:relcl")) {
            hit.addAll(p.children(acl, "obj")); // "aerial bombardment targeting a neighbourhood east of Aleppo"
        }
        IndexedWord clauseVerb = p.parent(h);
        if (!isVerb(h) && clauseVerb != null && isVerb(clauseVerb) && p.relationToParent(h).equals("nsubj")) {
            hit.addAll(p.children(clauseVerb, "obj")); // "Russian jets bombed a medical center in the town of ..."
        }
        List<IndexedWord> where = new ArrayList<>(scope);
        where.addAll(hit);
        place(where, p, r, args);
        if (args.stream().noneMatch(a -> a.role().equals(Frame.PLACE))) {
            // "shelled the town of Talbiseh"
            for (IndexedWord x : hit) {
                IndexedWord named = namedPlace(x, p);
                if (named != null && args.stream().noneMatch(a -> a.role().equals(Frame.PLACE))) {
                    args.add(r.arg(Frame.PLACE, named));
                }
                for (IndexedWord of : p.children(x, "nmod:of")) {
                    if (LOCATION_TYPES.contains(of.ner()) && args.stream().noneMatch(a -> a.role().equals(Frame.PLACE))) {
                        args.add(r.arg(Frame.PLACE, of));
                    }
                }
            }
        }
        otherPlaces(where, p, r, args);
        Argument given = args.stream().filter(a -> a.role().equals(Frame.PLACE)).findFirst().orElse(null);
        if (given == null || Sentence.endsBeforeALandmark(p.textBetween(p.token(1).beginPosition(), given.span().begin()))) {
            // "hit a clinic in a village near Aleppo ... The clinic in the village of Khan Tuman was levelled"
            java.util.Optional<Argument> again = placeOfTargetToldAgain(hit, p, r);
            if (again.isPresent()) {
                args.remove(given);
                args.add(again.get());
            }
        }
        // "airstrikes hit ...": the verb and its subject tell one event
        long incidentsHere = all.stream().filter(o -> isIncidentTrigger(o.head, all) && !(isVerb(o.head)
                && p.children(o.head, "nsubj").stream().anyMatch(x -> isIncidentTrigger(x, all)))).count();
        if (args.stream().noneMatch(a -> a.role().equals(Frame.PLACE)) && incidentsHere == 1) {
            onlyNamedPlace(h, p).ifPresent(x -> args.add(r.arg(Frame.PLACE, x))); // the sentence's only event is there
        }
        time(scope, p, r, args, false);
        if (args.stream().noneMatch(a -> a.role().equals(Frame.TIME))) {
            daysApart(h, p, args);
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.TIME))) {
            month(h, p, args);
        }
        if (args.stream().allMatch(a -> a.role().equals(Frame.DEFINITE)) && !killedIn(h, all, p)) {
            return null;
        }
        if (presupposed) {
            args.removeIf(a -> a.role().equals(Frame.AGENT));
        }
        args.addAll(attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first, t.last), args);
    }

    /** Returns the nodes whose dependents describe the event: the trigger, its relative clauses, its verb. */
    private List<IndexedWord> scope(IndexedWord h, ParsedSentence p) {
        List<IndexedWord> scope = new ArrayList<>();
        scope.add(h);
        scope.addAll(p.children(h, "acl:relcl", "acl"));
        IndexedWord parent = p.parent(h);
        String rel = p.relationToParent(h);
        if (parent != null && isVerb(parent) && (rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("obl"))) {
            scope.add(parent);
        }
        return scope;
    }

    /** The subject of the nearest verb above, or a named person or organization heading the sentence. */
    private static java.util.Optional<Argument> accuserAbove(IndexedWord w, ParsedSentence p, Resolver r) {
        IndexedWord up = p.parent(w);
        for (int steps = 0; up != null && steps < 4; steps++, up = p.parent(up)) {
            if (isVerb(up)) {
                IndexedWord subject = first(p.children(up, "nsubj"));
                return java.util.Optional.ofNullable(subject == null ? null : r.speaker(Frame.AGENT, subject));
            }
            if (p.parent(up) == null && Set.of("PERSON", "ORGANIZATION").contains(String.valueOf(up.ner()))) {
                return java.util.Optional.ofNullable(r.speaker(Frame.AGENT, up)); // a verbless "X in a statement accused ..."
            }
        }
        return java.util.Optional.empty();
    }

    private boolean negatedOrDenied(IndexedWord predicate, ParsedSentence p) {
        if (p.children(predicate, "advmod", "neg").stream().anyMatch(a -> NEGATIONS.contains(lemma(a)))) {
            return true;
        }
        for (IndexedWord w = p.parent(predicate); w != null; w = p.parent(w)) {
            if (lexicon.conceptsOf(lemma(w)).contains(Vocab.DENY)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't");

    /** The phrase names a ceasefire or an agreement: "the truce", "the terms of the agreement". */
    private boolean namesAnAgreement(IndexedWord phrase, List<Trigger> all, ParsedSentence p) {
        Set<IndexedWord> words = new HashSet<>(p.graph.descendants(phrase));
        words.add(phrase);
        return words.stream().anyMatch(w -> all.stream().anyMatch(t -> t.covers(w.index())
                && (t.concepts.contains(Vocab.CEASEFIRE_EVENT) || t.concepts.contains(Vocab.SIGN))));
    }

    /** "23 civilians were killed in air strikes": an event people died in happened, details or not. */
    private static boolean killedIn(IndexedWord h, List<Trigger> all, ParsedSentence p) {
        IndexedWord parent = p.parent(h);
        if (parent == null || isVerb(h) || !p.relationToParent(h).startsWith("obl")) {
            return false;
        }
        return all.stream().anyMatch(t -> t.covers(parent.index())
                && (t.concepts.contains(Vocab.KILLED) || t.concepts.contains(Vocab.WOUNDED)));
    }

    private boolean isIncidentTrigger(IndexedWord w, List<Trigger> all) {
        return incidentClassesAt(w, all).findAny().isPresent();
    }

    /** True for the trigger of an act of violence ("air strikes"), not of aid ("aid convoy"). */
    private boolean isAttackTrigger(IndexedWord w, List<Trigger> all) {
        return incidentClassesAt(w, all).anyMatch(k -> !k.equals(Vocab.cf("AidDelivery")));
    }

    /** The event classes of the incident triggers (not the ceasefire's own) that cover a word. */
    private java.util.stream.Stream<String> incidentClassesAt(IndexedWord w, List<Trigger> all) {
        return all.stream().filter(t -> t.covers(w.index())).flatMap(t -> t.concepts.stream())
                .filter(c -> !c.equals(Vocab.CEASEFIRE_EVENT)).map(c -> lexicon.eventClasses().get(c))
                .filter(java.util.Objects::nonNull);
    }

    /** "the raids that included Jordanian jets": the jets take part in that event, not one of their own. */
    private boolean includedIn(IndexedWord h, List<Trigger> all, ParsedSentence p) {
        IndexedWord verb = p.parent(h);
        if (verb == null || !INCLUDE.contains(lemma(verb)) || !p.relationToParent(h).equals("obj")) {
            return false;
        }
        IndexedWord owner = p.parent(verb);
        return owner != null && isIncidentTrigger(owner, all);
    }

    /** A noun trigger used as a modifier of another trigger ("aid convoy") is not an event of its own. */
    private static boolean partOfOtherTrigger(Trigger t, List<Trigger> all, ParsedSentence p) {
        String rel = p.relationToParent(t.head);
        if (!rel.equals("compound") && !rel.equals("amod")) {
            return false;
        }
        IndexedWord parent = p.parent(t.head);
        return all.stream().anyMatch(o -> o != t && o.covers(parent.index()));
    }

    /** The words right before a noun trigger that say who acted: "U.S.-led coalition airstrike", "Assad regime's". */
    private java.util.Optional<Span> premodifier(IndexedWord h, Trigger t, ParsedSentence p) {
        Span np = p.phrase(h);
        int last = t.first - 1;
        int first = t.first;
        // Walk left from the trigger over the words of the phrase that can name an actor; glue words
        // ("-", "'s", "and", ",", "led", "backed") only count when a naming word stands further left.
        int words = 0;
        for (int i = last; i >= 1 && p.token(i).beginPosition() >= np.begin(); i--) {
            CoreLabel tok = p.token(i);
            if (isGlue(tok)) {
                continue;
            }
            // a scraped line of tags ("Tags White Helmets SARC war crimes UN aid convoy ...") runs into the noun:
            // who acted is said in a few words
            if (isVague(tok) || ++words > 5) {
                break;
            }
            first = i;
        }
        if (first > last) {
            return java.util.Optional.empty();
        }
        while (last > first && isGlue(p.token(last))) {
            last--;
        }
        return java.util.Optional.of(p.tokenSpan(first, last));
    }

    private static boolean isGlue(CoreLabel t) {
        String tag = t.tag();
        String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase();
        return tag.equals("HYPH") || tag.equals("POS") || tag.equals("CC") || tag.equals(",")
                || tag.equals("VBN") && (lemma.equals("lead") || lemma.equals("back") || lemma.equals("support"));
    }

    /** Determiners, numbers and plain adjectives ("large", "mistaken") say nothing about who acted. */
    private static boolean isVague(CoreLabel t) {
        String tag = t.tag();
        String ner = t.ner() == null ? "O" : t.ner();
        if (Set.of("DATE", "TIME", "DURATION", "SET", "ORDINAL", "NUMBER").contains(ner)) {
            return true; // a dateline or "Saturday evening" in front of an event says when, not who
        }
        boolean entity = !ner.equals("O");
        return !entity && (tag.equals("DT") || tag.startsWith("JJ") || tag.startsWith("RB") || tag.equals("CD")
                || tag.equals("PRP$") || tag.startsWith("VB") || tag.equals(",") || tag.equals("HYPH")
                || tag.equals("IN") || QUANTITY_NOUNS.contains(t.lemma() == null ? "" : t.lemma().toLowerCase()));
    }

    /** Nouns that count members of a group named after "of". */
    private static final Set<String> PARTITIVES = Set.of("member", "dozen", "hundred", "thousand", "score");

    /** "a number of", "a series of", "dozens of": quantities in front of a noun, not its modifiers. */
    private static final Set<String> QUANTITY_NOUNS = Set.of("number", "series", "wave", "barrage", "dozen",
            "hundred", "thousand", "couple", "lot", "string", "spate", "round");

    private void intended(IndexedWord h, ParsedSentence p, Resolver r, List<Argument> args) {
        List<IndexedWord> roots = new ArrayList<>(List.of(h));
        IndexedWord parent = p.parent(h);
        if (parent != null && isVerb(parent)) {
            roots.add(parent);
        }
        for (IndexedWord root : roots) {
            p.children(root, "obl:instead_of").forEach(a -> addActor(args, Frame.INTENDED, a, p, r));
            Deque<IndexedWord> queue = new ArrayDeque<>(List.of(root));
            Set<IndexedWord> intentSeen = new HashSet<>();
            Set<IndexedWord> visited = new HashSet<>();
            while (!queue.isEmpty()) {
                IndexedWord w = queue.poll();
                if (!visited.add(w) || visited.size() > 40) {
                    continue;
                }
                boolean intent = intentSeen.contains(w) || INTENT.contains(lemma(w));
                if (intent && w != root && isVerb(w) && isStrikeWord(w)) {
                    p.children(w, "obj").forEach(a -> addActor(args, Frame.INTENDED, a, p, r));
                }
                for (IndexedWord c : p.children(w, "xcomp", "advcl", "acl", "acl:relcl", "obl", "dep", "ccomp",
                        "nmod:in", "obl:in")) {
                    if (intent) {
                        intentSeen.add(c);
                    }
                    queue.add(c);
                }
            }
        }
    }

    private boolean isStrikeWord(IndexedWord w) {
        return lexicon.conceptsOf(lemma(w)).stream().map(c -> lexicon.eventClasses().get(c))
                .anyMatch(k -> k != null && !k.equals(Vocab.cf("Ceasefire")) && !k.equals(Vocab.cf("AidDelivery")))
                || lemma(w).equals("target");
    }

    private static void participants(IndexedWord h, ParsedSentence p, Resolver r, List<Argument> args) {
        for (IndexedWord v : p.children(h, "acl:relcl", "acl")) {
            if (INCLUDE.contains(lemma(v))) {
                p.children(v, "obj").forEach(o -> args.add(new Argument(Frame.PARTICIPANT, p.subtree(o), null, null)));
            }
        }
        IndexedWord parent = p.parent(h);
        if (parent != null && INCLUDE.contains(lemma(parent)) && p.relationToParent(h).startsWith("obl")) {
            p.children(parent, "nsubj", "nsubj:pass")
                    .forEach(s -> args.add(new Argument(Frame.PARTICIPANT, p.subtree(s), null, null)));
        }
    }

    // ---- casualties ------------------------------------------------------------------------------------------

    private Frame casualty(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head;
        if (irrealis(h, p) || !p.children(h, "det").stream().filter(d -> lemma(d).equals("no")).toList().isEmpty()) {
            return null;
        }
        List<Argument> args = new ArrayList<>();
        List<IndexedWord> counted = new ArrayList<>();
        if (isVerb(h)) {
            // "over 100 wounded": a number of the verb's own beats a subject shared with a conjoined verb
            for (IndexedWord o : p.children(h, "obl")) {
                if (isNumber(o)) {
                    counted.add(o);
                }
            }
            boolean transitive = !p.children(h, "obj").isEmpty();
            for (IndexedWord c : p.children(h, "nsubj:pass", "obj", "nsubj")) {
                boolean subject = p.relationToParentOf(c, h).equals("nsubj");
                if (isIncidentTrigger(c, all)) {
                    args.add(new Argument(Frame.EVENT, triggerSpan(c, all, p), null, null));
                } else if (subject && isDate(c)) {
                    args.add(r.arg(Frame.TIME, c)); // "on Wednesday killing 15" misparsed: a day kills no one
                } else if (subject && transitive) {
                    addActor(args, Frame.AGENT, c, p, r); // "ISIS killed 50 people": the subject did the killing
                } else if (counted.isEmpty() || h.equals(p.parent(c))) {
                    counted.add(c);
                }
            }
            if (counted.size() > 1 && isNumber(counted.get(0))) {
                counted = new ArrayList<>(counted.subList(0, 1));
            }
            if (counted.isEmpty() && p.relationToParent(h).equals("amod") && p.parent(h) != null) {
                counted.add(p.parent(h)); // "of killing 63 civilians" parsed as a participle on the noun
            }
            if (counted.isEmpty() && p.children(h, "aux:pass").isEmpty()) {
                numberAfter(h, p).ifPresent(counted::add); // "and wounded at least 90 people" lost by the parse
            }
        } else {
            counted.add(h);
            p.children(h, "nmod:of").stream().filter(ParsedSentence::isNumber).forEach(counted::add);
        }
        for (IndexedWord c : counted) {
            count(c, h, p, args);
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.COUNT)) && isVerb(h)
                && !p.children(h, "aux:pass").isEmpty()) {
            // "Close to 500000 people have been killed", "Around twenty civilians ... were killed": the counted
            // people misread as a prepositional phrase
            p.children(h, "obl").stream().filter(o -> !isDate(o) && p.children(o, "nummod").stream()
                    .anyMatch(ParsedSentence::isNumber)).findFirst().ifPresent(o -> count(o, h, p, args));
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.COUNT)) && isVerb(h)) {
            numberBefore(h, p).ifPresent(n -> count(n, h, p, args)); // "... and more than 25 were injured"
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.COUNT))) {
            return null;
        }
        for (IndexedWord since : p.children(h, "advcl", "obl")) {
            if (p.children(since, "mark", "case").stream().anyMatch(m -> lemma(m).equals("since"))) {
                args.add(new Argument(Frame.PERIOD, p.phrase(since), null, null)); // "killed since the war began"
            }
        }
        linkEvent(h, all, p, args);
        List<IndexedWord> scope = new ArrayList<>(List.of(h));
        place(scope, p, r, args);
        // "were killed and dozens injured Saturday": a date closing conjoined verbs dates both
        time(isVerb(h) ? withConjuncts(h, p) : scope, p, r, args, onlyOneDay(p) && !afterOrBefore(h, p));
        if (args.stream().noneMatch(a -> a.role().equals(Frame.TIME))) {
            daysApart(h, p, args);
        }
        args.addAll(attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first, t.last), args);
    }

    /**
     * "23 civilians including nine children were killed": the victims named after "including" with their own number
     * are a count of their own, told by the same source of the same event.
     */
    private List<Frame> includedCounts(Frame f, ParsedSentence p) {
        List<Frame> out = new ArrayList<>();
        Argument victims = f.first(Frame.VICTIMS).orElse(null);
        if (victims == null) {
            return out;
        }
        for (int i = 1; i <= p.tokens.size(); i++) {
            IndexedWord w = p.node(i);
            if (w == null || p.token(i).endPosition() != victims.span().end()) {
                continue;
            }
            for (IndexedWord included : p.children(w, "nmod:including")) {
                List<Argument> args = new ArrayList<>();
                count(included, w, p, args);
                if (args.stream().noneMatch(a -> a.role().equals(Frame.VICTIMS))) {
                    continue;
                }
                f.args().stream().filter(a -> !Set.of(Frame.COUNT, Frame.QUALIFIER, Frame.VICTIMS).contains(a.role()))
                        .forEach(args::add);
                out.add(new Frame(f.concept(), f.sentence(), f.trigger(), args));
            }
        }
        return out;
    }

    /** The number written right before a passive casualty verb the parse gave no subject: "25 were injured". */
    private static java.util.Optional<IndexedWord> numberBefore(IndexedWord verb, ParsedSentence p) {
        IndexedWord aux = first(p.children(verb, "aux:pass"));
        if (aux == null || aux.index() != verb.index() - 1 || aux.index() < 2) {
            return java.util.Optional.empty();
        }
        int i = aux.index() - 1;
        boolean number = "CD".equals(p.token(i).tag()) && "NUMBER".equals(p.token(i).ner());
        boolean countedNoun = String.valueOf(p.token(i).tag()).startsWith("NNS") && i > 1
                && "CD".equals(p.token(i - 1).tag()) && "NUMBER".equals(p.token(i - 1).ner());
        return number || countedNoun ? java.util.Optional.ofNullable(p.node(i)) : java.util.Optional.empty();
    }

    /** The counted noun a few words after an active casualty verb: "wounded at least 90 people". */
    private static java.util.Optional<IndexedWord> numberAfter(IndexedWord verb, ParsedSentence p) {
        for (int i = verb.index() + 1; i <= Math.min(p.tokens.size() - 1, verb.index() + 4); i++) {
            CoreLabel t = p.token(i);
            if ("CD".equals(t.tag()) && "NUMBER".equals(t.ner())) {
                IndexedWord noun = p.node(i + 1);
                return noun != null && noun.tag() != null && noun.tag().startsWith("NN")
                        && p.children(noun, "nummod").stream().anyMatch(n -> n.index() == t.index())
                        ? java.util.Optional.of(noun) : java.util.Optional.empty();
            }
            if (!Set.of("RB", "RBS", "RBR", "IN", "JJR", "JJS", "DT").contains(String.valueOf(t.tag()))) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /** Adds the COUNT, QUALIFIER and VICTIMS of a counted phrase: "at least 62 soldiers", "62 of the troops". */
    private static void count(IndexedWord c, IndexedWord trigger, ParsedSentence p, List<Argument> args) {
        IndexedWord number;
        IndexedWord victims = null;
        if (isNumber(c) && c != trigger) {
            number = c;
            victims = first(p.children(c, "nmod:of"));
        } else {
            number = first(p.children(c, "nummod"));
            if (number != null && !Set.of("more", "people").contains(lemma(c)) && c != trigger) {
                victims = c;
            }
        }
        boolean properNoun = victims != null && victims.tag() != null && victims.tag().startsWith("NNP");
        if (number == null || Set.of("DATE", "TIME", "DURATION", "SET").contains(number.ner())
                && (victims == null || properNoun)) {
            return; // "18 May 2017 ISIS kills ...": a year is no count; "1200 civilians" is one, whatever NER says
        }
        String normalized = p.normalized(number);
        if (number.word().matches("\\d{1,3}([.,]\\d{3})+")) {
            // CoreNLP reads "450.000" as 450; in news it is a thousands separator
            normalized = number.word().replaceAll("[.,]", "");
        }
        args.add(new Argument(Frame.COUNT, p.tokenSpan(number.index(), number.index()), number.ner(),
                normalized == null ? number.word() : normalized));
        String qualifier = qualifier(number, p);
        if (qualifier != null) {
            args.add(new Argument(Frame.QUALIFIER, p.tokenSpan(number.index(), number.index()), null, qualifier));
        }
        if (victims != null && PARTITIVES.contains(lemma(victims)) && !p.children(victims, "nmod:of").isEmpty()) {
            victims = p.children(victims, "nmod:of").get(0); // "15 members of medical staff" were medical staff
        }
        if (victims != null) {
            args.add(new Argument(Frame.VICTIMS, victimWords(victims, p), null, null));
        }
    }

    private static Span victimWords(IndexedWord v, ParsedSentence p) {
        int first = v.index();
        while (first > 1) {
            CoreLabel prev = p.token(first - 1);
            boolean modifier = prev.tag().startsWith("JJ") || prev.tag().startsWith("NN") || prev.tag().equals("VBN");
            if (!modifier || prev.tag().equals("CD")) {
                break;
            }
            first--;
        }
        return p.tokenSpan(first, v.index());
    }

    /** Reads "some", "at least", "more than", "over", "nearly" from the words around a number. */
    private static String qualifier(IndexedWord number, ParsedSentence p) {
        for (IndexedWord m : p.children(number, "advmod", "obl:npmod", "case", "amod")) {
            String word = lemma(m);
            switch (word) {
                case "some", "about", "around", "approximately", "roughly", "nearly", "almost":
                    return word.equals("around") || word.equals("approximately") || word.equals("roughly")
                            ? "about" : word;
                case "least":
                    return "at least";
                case "over", "more", "than":
                    return "more than";
                case "up":
                    return "up to";
                default:
                    break;
            }
        }
        String n = p.normalized(number);
        if (n != null) {
            if (n.startsWith(">=")) {
                return "at least";
            } else if (n.startsWith(">")) {
                return "more than";
            } else if (n.startsWith("<=")) {
                return "at most";
            } else if (n.startsWith("<")) {
                return "fewer than";
            } else if (n.startsWith("~")) {
                return "about";
            }
        }
        return null;
    }

    /** Links a casualty to the incident that caused it: its subject, "in air strikes", "as a result of the attack". */
    private void linkEvent(IndexedWord h, List<Trigger> all, ParsedSentence p, List<Argument> args) {
        if (args.stream().anyMatch(a -> a.role().equals(Frame.EVENT))) {
            return;
        }
        IndexedWord parent = p.parent(h);
        String rel = p.relationToParent(h);
        boolean attached = rel.startsWith("acl") || rel.startsWith("advcl") || rel.startsWith("conj")
                || rel.startsWith("xcomp");
        if (parent != null && attached && isIncidentTrigger(parent, all)) {
            args.add(new Argument(Frame.EVENT, triggerSpan(parent, all, p), null, null));
            return;
        }
        Deque<IndexedWord> queue = new ArrayDeque<>(p.children(h, "obl"));
        int guard = 0;
        while (!queue.isEmpty() && guard++ < 10) {
            IndexedWord o = queue.poll();
            if (isIncidentTrigger(o, all)) {
                args.add(new Argument(Frame.EVENT, triggerSpan(o, all, p), null, null));
                return;
            }
            queue.addAll(p.children(o, "nmod:of", "nmod"));
        }
    }

    private static Span triggerSpan(IndexedWord w, List<Trigger> all, ParsedSentence p) {
        for (Trigger t : all) {
            if (t.covers(w.index())) {
                return p.tokenSpan(t.first, t.last);
            }
        }
        return p.tokenSpan(w.index(), w.index());
    }

    // ---- violations ------------------------------------------------------------------------------------------

    private Frame violation(String concept, Trigger t, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head;
        List<Argument> args = new ArrayList<>();
        if (isVerb(h)) {
            p.children(h, "nsubj").forEach(a -> addActor(args, Frame.AGENT, a, p, r));
            for (IndexedWord o : p.children(h, "obl:tmod", "obl", "obl:npmod")) {
                if (lemma(o).equals("time")) {
                    count(o, h, p, args);
                }
            }
            for (int i = h.index() + 2; i <= p.tokens.size() && args.stream().noneMatch(a -> a.role().equals(Frame.COUNT)); i++) {
                // "violated the truce no fewer than 264 times": the parse may lose "times" under the qualifier
                IndexedWord w = p.node(i);
                if (w != null && lemma(w).equals("time") && "CD".equals(p.token(i - 1).tag())) {
                    count(w, h, p, args);
                }
            }
            args.removeIf(a -> a.role().equals(Frame.VICTIMS));
        } else {
            IndexedWord number = first(p.children(h, "nummod"));
            if (number != null) {
                count(h, null, p, args);
                args.removeIf(a -> a.role().equals(Frame.VICTIMS));
            } else {
                countOfNumber(h, p, args);
            }
            p.children(h, "nmod:by", "nmod:from", "nmod:poss").forEach(a -> addActor(args, Frame.AGENT, a, p, r));
            IndexedWord holder = p.relationToParent(h).startsWith("nmod:of") ? p.parent(h) : h;
            for (IndexedWord part : p.children(holder, "nmod:on")) {
                p.children(part, "nmod:poss").forEach(a -> addActor(args, Frame.AGENT, a, p, r));
            }
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.COUNT))) {
            return null;
        }
        time(List.of(h), p, r, args, false);
        args.addAll(attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first, t.last), args);
    }

    /** "The number of violations has exceeded 300": the count is the object of the verb the number heads. */
    private static void countOfNumber(IndexedWord h, ParsedSentence p, List<Argument> args) {
        if (!p.relationToParent(h).startsWith("nmod:of")) {
            return;
        }
        IndexedWord number = p.parent(h);
        IndexedWord verb = p.parent(number);
        if (verb == null || !p.relationToParent(number).startsWith("nsubj")) {
            return;
        }
        for (IndexedWord o : p.children(verb, "obj", "obl")) {
            if (isNumber(o)) {
                String normalized = p.normalized(o);
                args.add(new Argument(Frame.COUNT, p.tokenSpan(o.index(), o.index()), o.ner(),
                        normalized == null ? o.word() : normalized));
                if (Set.of("exceed", "surpass", "top", "pass").contains(lemma(verb))) {
                    args.add(new Argument(Frame.QUALIFIER, p.tokenSpan(verb.index(), verb.index()), null, "more than"));
                }
                return;
            }
        }
    }

    // ---- accusations -----------------------------------------------------------------------------------------

    private Frame accusation(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head;
        List<Argument> args = new ArrayList<>();
        IndexedWord predicate = p.parent(h);
        String rel = p.relationToParent(h);
        if (predicate != null && (rel.equals("cop") || rel.equals("case")) && isIncidentTrigger(predicate, all)) {
            // "Russian and regime warplanes were behind the attacks": whoever was behind an attack is accused of it,
            // unless it is denied ("Russia denied its jets were behind the strike", "X was not behind it")
            if (negatedOrDenied(predicate, p)) {
                return null;
            }
            p.children(predicate, "nsubj").forEach(a -> addActor(args, Frame.PATIENT, a, p, r));
            args.add(new Argument(Frame.ALLEGATION, p.phrase(predicate), null, null));
        } else if (isVerb(h) && rel.equals("amod") && predicate != null) {
            // "countered by accusing the regime forces of violating the truce", parsed as a participle on the noun:
            // the noun is the accused, and the subject of the verb it hangs from accuses
            addActor(args, Frame.PATIENT, predicate, p, r);
            p.children(predicate, "conj").forEach(x -> addActor(args, Frame.PATIENT, x, p, r));
            p.children(predicate, "nmod:of", "acl:of")
                    .forEach(x -> args.add(new Argument(Frame.ALLEGATION, p.subtree(x), null, null)));
            accuserAbove(predicate, p, r).ifPresent(args::add);
        } else if (isVerb(h)) {
            List<IndexedWord> subjects = p.children(h, "nsubj");
            IndexedWord carrier = h;
            while (subjects.isEmpty() && p.parent(carrier) != null && p.relationToParent(carrier).startsWith("advcl")) {
                carrier = p.parent(carrier);
                subjects = p.children(carrier, "nsubj");
            }
            subjects.forEach(s -> {
                Argument a = r.speaker(Frame.AGENT, s);
                if (a != null) {
                    args.add(a);
                }
            });
            List<IndexedWord> blamedOn = p.children(h, "obl:on");
            if (!blamedOn.isEmpty() && rel.startsWith("acl") && predicate != null) {
                // "Jet strikes blamed on the Syrian regime hit ...": the noun is what the named actor is blamed for
                blamedOn.forEach(a -> addActor(args, Frame.PATIENT, a, p, r));
                args.add(new Argument(Frame.ALLEGATION, p.tokenSpan(predicate.index(), predicate.index()), null, null));
            } else if (subjects.isEmpty() && p.relationToParent(h).matches("(obl|acl|dep).*")) {
                accuserAbove(h, p, r).ifPresent(args::add); // "replied by accusing X of ...", however it is attached
            }
            if (!blamedOn.isEmpty() && !rel.startsWith("acl")) {
                blamedOn.forEach(a -> addActor(args, Frame.PATIENT, a, p, r)); // "blamed the attack on X"
                p.children(h, "obj").forEach(o -> args.add(new Argument(Frame.ALLEGATION, p.phrase(o), null, null)));
            }
            p.children(h, "obj").stream().filter(o -> blamedOn.isEmpty())
                    .forEach(a -> addActor(args, Frame.PATIENT, a, p, r));
            for (IndexedWord x : p.children(h, "obl:of", "obl:for", "advcl:of", "advcl:for", "advcl", "obl:over")) {
                if (!Set.of("when", "while", "after", "before").contains(markOf(x, p))) {
                    args.add(new Argument(Frame.ALLEGATION, p.subtree(x), null, null));
                }
            }
        } else {
            p.children(h, "nsubj").forEach(a -> addActor(args, Frame.PATIENT, a, p, r));
            p.children(h, "obl:for", "obl:of", "nmod:for", "advcl:for")
                    .forEach(x -> args.add(new Argument(Frame.ALLEGATION, p.subtree(x), null, null)));
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.PATIENT))) {
            return null;
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.ALLEGATION))) {
            allegationAfter(args, p);
        }
        args.addAll(attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first, t.last), args);
    }

    /**
     * "armed groups repeatedly violated the truce", "the deal was breached by government forces": whoever says so
     * accuses the violator, as "X accused Y of violating the truce" would. The accused is the patient; the claimant
     * comes from the attribution (or is the article).
     */
    private Frame violationStatement(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head;
        if (!isVerb(h) || irrealis(h, p) || INTENT.contains(lemma(h))) {
            return null;
        }
        List<Argument> args = new ArrayList<>();
        p.children(h, "nsubj", "obl:agent", "obl:by").forEach(v -> addActor(args, Frame.PATIENT, v, p, r));
        IndexedWord deal = first(p.children(h, "obj", "nsubj:pass"));
        if (args.isEmpty() || deal == null || !namesAnAgreement(deal, all, p)) {
            return null; // "the army breached the siege": only a truce or an agreement is violated in this sense
        }
        Span violated = p.subtree(deal);
        int begin = Math.min(violated.begin(), p.tokenSpan(t.first, t.last).begin());
        int end = Math.max(violated.end(), p.tokenSpan(t.first, t.last).end());
        args.add(new Argument(Frame.ALLEGATION, new Span(begin, end, p.textBetween(begin, end)), null, null));
        args.addAll(attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first, t.last), args);
    }

    /** "accused X of killing 63 civilians": when the parse loses the "of ..." clause, the words after X are it. */
    private static void allegationAfter(List<Argument> args, ParsedSentence p) {
        Argument last = args.stream().filter(a -> a.role().equals(Frame.PATIENT))
                .max(java.util.Comparator.comparingInt(a -> a.span().end())).orElseThrow();
        int sentenceBegin = p.tokens.get(0).beginPosition();
        int sentenceEnd = p.tokens.get(p.tokens.size() - 1).endPosition();
        if (last.span().end() < sentenceBegin || last.span().end() > sentenceEnd) {
            return; // the patient was resolved to a phrase elsewhere in the article
        }
        String rest = p.textBetween(last.span().end(), sentenceEnd);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*(?:of|for)\\s+(.+?)[.!]?$").matcher(rest);
        if (m.find()) {
            int begin = last.span().end() + m.start(1);
            args.add(new Argument(Frame.ALLEGATION, new Span(begin, begin + m.group(1).length(), m.group(1)), null, null));
        }
    }

    private static String markOf(IndexedWord w, ParsedSentence p) {
        IndexedWord mark = first(p.children(w, "mark"));
        return mark == null ? "" : lemma(mark);
    }

    // ---- the ceasefire itself --------------------------------------------------------------------------------

    /** "signed by Lavrov and Kerry", "brokered by Russia and the United States", "the Russia-US brokered truce". */
    private Frame agreement(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head;
        if (irrealis(h, p) || isVerb(h) && !AGREEMENT_VERBS.contains(lemma(h))) {
            return null; // "the strike dealt a fatal blow to the truce": the noun "deal" is the agreement, not the verb
        }
        List<Argument> args = new ArrayList<>();
        for (IndexedWord a : p.children(h, "obl:agent", "obl:by", "nsubj")) {
            List<IndexedWord> apposed = p.children(a, "appos");
            addActor(args, Frame.AGENT, apposed.isEmpty() ? a : apposed.get(0), p, r);
        }
        IndexedWord deal = first(p.children(h, "nsubj:pass", "obj"));
        if (deal == null && p.relationToParent(h).startsWith("acl")) {
            deal = p.parent(h);
        }
        if (deal == null || args.isEmpty()) {
            return null;
        }
        args.add(r.arg(Frame.SUBJECT, deal));
        IndexedWord place = findBelow(h, p, w -> LOCATION_TYPES.contains(w.ner()) || isPlaceLike(w), 4);
        if (place != null) {
            args.add(r.arg(Frame.PLACE, place));
        }
        time(List.of(h), p, r, args, false);
        args.addAll(attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first, t.last), args);
    }

    /** "After marathon talks in Geneva, Kerry and Lavrov said a ceasefire would begin": where the truce was made. */
    private Frame negotiation(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head;
        if (irrealis(h, p) || all.stream().noneMatch(o -> o.concepts.contains(Vocab.CEASEFIRE_EVENT))) {
            return null;
        }
        List<Argument> args = new ArrayList<>();
        List<IndexedWord> words = new ArrayList<>(); // "a round of talks in Vienna": the place may hang on any word
        for (int i = t.first; i <= t.last; i++) {
            if (p.node(i) != null) {
                words.add(p.node(i));
            }
        }
        place(words, p, r, args);
        if (args.isEmpty()) {
            return null;
        }
        return new Frame(concept, p.index, p.tokenSpan(t.first, t.last), args);
    }

    /** "came into force on September 12 at 16:00 GMT", "declared an end Monday to the ceasefire", "extend the truce". */
    private Frame ceasefirePhase(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head;
        if (irrealis(h, p)) {
            return null;
        }
        boolean aboutCeasefire = mentionsCeasefire(h, all, p, 3) || parentMentionsCeasefire(h, all, p);
        if (!aboutCeasefire) {
            return null;
        }
        List<Argument> args = new ArrayList<>();
        List<IndexedWord> scope = new ArrayList<>(List.of(h));
        IndexedWord parent = p.parent(h);
        if (parent != null && isVerb(parent)) {
            scope.add(parent);
            if (!concept.equals(Vocab.CEASEFIRE_START)) {
                p.children(parent, "nsubj").stream().filter(s -> !isCeasefireWord(s, all))
                        .forEach(s -> addActor(args, Frame.AGENT, s, p, r));
            }
        }
        if (isVerb(h) && !concept.equals(Vocab.CEASEFIRE_START)) {
            p.children(h, "nsubj").stream().filter(s -> !isCeasefireWord(s, all))
                    .forEach(s -> addActor(args, Frame.AGENT, s, p, r));
        }
        time(scope, p, r, args, false);
        args.addAll(attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first, t.last), args);
    }

    private boolean isCeasefireWord(IndexedWord w, List<Trigger> all) {
        for (Trigger t : all) {
            if (t.covers(w.index()) && t.concepts.contains(Vocab.CEASEFIRE_EVENT)) {
                return true;
            }
        }
        return false;
    }

    private boolean mentionsCeasefire(IndexedWord h, List<Trigger> all, ParsedSentence p, int depth) {
        if (isCeasefireWord(h, all)) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        for (IndexedWord c : p.children(h, "nsubj", "nsubj:pass", "csubj", "obj", "nmod:to", "nmod:of", "nmod:on",
                "obl:to", "acl", "compound")) {
            if (mentionsCeasefire(c, all, p, depth - 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean parentMentionsCeasefire(IndexedWord h, List<Trigger> all, ParsedSentence p) {
        IndexedWord parent = p.parent(h);
        return parent != null && isCeasefireWord(parent, all);
    }

    // ---- aid -------------------------------------------------------------------------------------------------

    /** "The convoy was operated by the Syrian Red Crescent": an aid delivery and who runs it. */
    private Frame aid(String concept, Trigger t, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head;
        IndexedWord verb = p.parent(h);
        if (verb == null || !HOLDERS.contains(lemma(verb)) || !p.relationToParent(h).startsWith("nsubj")) {
            return null;
        }
        List<Argument> args = new ArrayList<>();
        args.add(r.arg(Frame.SUBJECT, h));
        p.children(verb, "obl:agent").forEach(a -> addActor(args, Frame.AGENT, a, p, r));
        if (args.size() < 2) {
            return null;
        }
        return new Frame(concept, p.index, p.tokenSpan(t.first, t.last), args);
    }

    // ---- shared argument finders -----------------------------------------------------------------------------

    private void addActor(List<Argument> args, String role, IndexedWord w, ParsedSentence p, Resolver r) {
        Argument a = r.arg(role, w);
        int before = p.token(w.index()).beginPosition() == a.span().begin() ? w.index() - 1 : -1;
        if (before >= 1 && p.token(before).word().matches("\\p{Lu}{2,}") && !p.token(before).tag().startsWith("NN")
                && names.resolve(p.token(before).word()).filter(m -> m.entry().isActor()).isPresent()) {
            // "after IS militants killed": an acronym the tagger took for a verb still names whose they are
            int begin = p.token(before).beginPosition();
            a = new Argument(role, new Span(begin, a.span().end(), p.textBetween(begin, a.span().end())), a.type(),
                    a.normalized());
        }
        args.add(a);
    }

    private static boolean isDate(IndexedWord w) {
        return "DATE".equals(w.ner()) || "TIME".equals(w.ner());
    }

    private static boolean isPlaceLike(IndexedWord w) {
        return w.tag() != null && w.tag().equals("NNP") && !"PERSON".equals(w.ner()) && !"ORGANIZATION".equals(w.ner())
                && !isDate(w);
    }

    /**
     * Adds the place the scope's words are said to be in or near. A place named after a kind of place ("in the town
     * of Khan Tuman", "near the Ferdous neighbourhood") is the most specific the sentence gives, so it wins.
     */
    private void place(List<IndexedWord> scope, ParsedSentence p, Resolver r, List<Argument> args) {
        IndexedWord first = null;
        for (IndexedWord w : scope) {
            for (IndexedWord x : p.children(w, "obl:in", "obl:at", "obl:near", "nmod:in", "nmod:at", "nmod:near",
                    "obl:into", "obl:outside", "nmod:outside")) {
                IndexedWord named = namedPlace(x, p);
                if (named != null) {
                    args.add(r.arg(Frame.PLACE, named));
                    return;
                }
                if (first == null && (LOCATION_TYPES.contains(x.ner()) || isPlaceLike(x)
                        || p.children(x, "compound").stream().anyMatch(c -> LOCATION_TYPES.contains(c.ner())))) {
                    first = x;
                }
                if (first == null) {
                    first = placeAfterPreposition(x, p);
                }
            }
            // "airstrikes on and around the city of Aleppo": "on" is where only when it names a place
            for (IndexedWord x : p.children(w, "obl:on", "nmod:on", "obl:around", "nmod:around", "obl:across",
                    "nmod:across")) {
                IndexedWord named = namedPlace(x, p);
                if (named != null) {
                    args.add(r.arg(Frame.PLACE, named));
                    return;
                }
                if (first == null && LOCATION_TYPES.contains(x.ner())) {
                    first = x;
                }
            }
            // "killed dozens of regime fighters south of Deir al Zor"
            for (IndexedWord direction : p.children(w, "advmod", "obl")) {
                if (first == null && DIRECTIONS.contains(lemma(direction))) {
                    first = placeOf(direction, p);
                }
            }
            if (first != null && w.equals(scope.get(0))) {
                break; // "carried out the strikes on Al-Mayadin in the province of X": the trigger's own place
            }
        }
        if (first != null) {
            args.add(r.arg(Frame.PLACE, first));
        }
    }

    /**
     * "clashes broke out in the provinces of Hama and Homs as well as east of Damascus": every place an event is said
     * to be in, after the first, is a place of its own (the mapper tells one event per place).
     */
    private void otherPlaces(List<IndexedWord> scope, ParsedSentence p, Resolver r, List<Argument> args) {
        Argument first = args.stream().filter(a -> a.role().equals(Frame.PLACE)).findFirst().orElse(null);
        if (first == null) {
            return;
        }
        List<IndexedWord> places = new ArrayList<>();
        for (IndexedWord w : scope) {
            for (IndexedWord x : p.children(w, "obl:in", "nmod:in", "obl:on", "nmod:on")) {
                IndexedWord place = placeOf(x, p);
                if (place == null || !r.arg(Frame.PLACE, place).span().equals(first.span())) {
                    continue; // only what is coordinated with the event's own place
                }
                List<IndexedWord> conjuncts = new ArrayList<>(p.children(place, "conj:and"));
                conjuncts.addAll(p.children(x, "conj:and"));
                for (IndexedWord c : conjuncts) {
                    IndexedWord coordinated = placeOf(c, p);
                    if (coordinated != null) {
                        places.add(coordinated);
                    }
                }
            }
        }
        for (IndexedWord place : places) {
            Argument a = r.arg(Frame.PLACE, place);
            if (args.stream().noneMatch(o -> o.role().equals(Frame.PLACE) && o.span().equals(a.span()))) {
                args.add(a);
            }
        }
    }

    /** The place a word of an in- or on-phrase names: itself, the name after its kind, or the town it lies off. */
    private IndexedWord placeOf(IndexedWord x, ParsedSentence p) {
        IndexedWord named = namedPlace(x, p);
        if (named != null) {
            return named;
        }
        if (DIRECTIONS.contains(lemma(x))) {
            return p.children(x, "nmod:of", "obl:of").stream().filter(o -> isPlace(o, p)).findFirst().orElse(null);
        }
        return isPlace(x, p) ? x : null;
    }

    /** A word NER, its tag or the gazetteer (for names NER took for a person's: "Deir al Zor") tells is a place. */
    private boolean isPlace(IndexedWord x, ParsedSentence p) {
        return LOCATION_TYPES.contains(x.ner()) || isPlaceLike(x) || names.placeNamed(p.phrase(x).text()).isPresent();
    }

    /**
     * A target told again a few sentences on as "the clinic in the village of X": the event is placed there, since
     * the definite noun is the same target with its place now named.
     */
    private java.util.Optional<Argument> placeOfTargetToldAgain(List<IndexedWord> hit, ParsedSentence p, Resolver r) {
        List<ParsedSentence> article = r.article();
        for (IndexedWord target : hit) {
            if (!String.valueOf(target.tag()).startsWith("NN") || String.valueOf(target.tag()).startsWith("NNP")) {
                continue;
            }
            for (int i = p.index + 1; i < article.size() && i <= p.index + 4; i++) {
                ParsedSentence later = article.get(i);
                for (int t = 1; t <= later.tokens.size(); t++) {
                    IndexedWord w = later.node(t);
                    boolean same = w != null && lemma(w).equals(lemma(target))
                            && later.children(w, "det").stream().anyMatch(d -> lemma(d).equals("the"));
                    if (!same) {
                        continue;
                    }
                    for (IndexedWord x : later.children(w, "nmod:in", "nmod:at")) {
                        IndexedWord named = namedPlace(x, later);
                        if (named != null) {
                            return java.util.Optional.of(r.in(later).arg(Frame.PLACE, named));
                        }
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The one place named after its kind in the trigger's clause ("... on and around the northern city of Aleppo"),
     * wherever in that clause a parse confused by the missing commas attached it.
     */
    private java.util.Optional<IndexedWord> onlyNamedPlace(IndexedWord h, ParsedSentence p) {
        IndexedWord found = null;
        List<IndexedWord> clause = new ArrayList<>(clauseOf(h, p));
        // "Airstrikes hit a school in the town of X tweeted the Network": without its comma the place may hang on
        // the verb of saying
        for (IndexedWord w : List.copyOf(clause)) {
            p.children(w, "parataxis").stream().filter(v -> isSpeech(v, p)).forEach(v -> clause.addAll(clauseOf(v, p)));
        }
        for (IndexedWord x : clause) {
            IndexedWord named = namedPlace(x, p);
            if (named != null) {
                if (found != null && !found.equals(named)) {
                    return java.util.Optional.empty();
                }
                found = named;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /**
     * "talks in Geneva US Secretary of State John Kerry ...": without its comma the place runs into the next phrase,
     * which the parse takes for the head; the place is the name right after the preposition.
     */
    private static IndexedWord placeAfterPreposition(IndexedWord x, ParsedSentence p) {
        IndexedWord preposition = first(p.children(x, "case"));
        if (preposition == null || preposition.index() + 1 > p.tokens.size()) {
            return null;
        }
        int i = preposition.index() + 1;
        if ("DT".equals(p.token(i).tag()) && i < p.tokens.size()) {
            i++;
        }
        int last = i;
        String ner = String.valueOf(p.token(i).ner());
        while (last < p.tokens.size() && ner.equals(p.token(last + 1).ner())) {
            last++;
        }
        return LOCATION_TYPES.contains(ner) && i < x.index() ? p.node(last) : null;
    }

    /** The name that follows or precedes a place noun: "the town of Khan Tuman", "the Ferdous neighbourhood". */
    private IndexedWord namedPlace(IndexedWord x, ParsedSentence p) {
        if (x.tag() == null || !x.tag().startsWith("NN") || x.tag().startsWith("NNP")
                || !lexicon.conceptsOf(lemma(x)).contains(Vocab.PLACE_NOUN)) {
            return null;
        }
        // After "town of" even a name NER takes for a person's ("Khan Tuman") is a place's.
        for (IndexedWord c : p.children(x, "nmod:of", "appos", "flat")) {
            if (c.tag() != null && c.tag().startsWith("NNP") && !"ORGANIZATION".equals(c.ner()) && !isDate(c)) {
                return c;
            }
        }
        // "Syria's second city Aleppo": the kind of place modifies the name
        IndexedWord parent = p.parent(x);
        if (parent != null && p.relationToParent(x).equals("compound")
                && (LOCATION_TYPES.contains(parent.ner()) || isPlaceLike(parent))) {
            return parent;
        }
        for (IndexedWord c : p.children(x, "compound")) {
            if (LOCATION_TYPES.contains(c.ner()) || isPlaceLike(c)) {
                return c;
            }
        }
        // "a village near Aleppo": an unnamed place is best told by the named place it is in or near
        for (IndexedWord c : p.children(x, "nmod:in", "nmod:near", "nmod:outside")) {
            if (LOCATION_TYPES.contains(c.ner()) || isPlaceLike(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Adds the month of a clause that names a month and no day ("the shelling of the old town in March", "2016-03"):
     * no date for the event, but it keeps it apart from one told with a day in another month.
     */
    private static void month(IndexedWord h, ParsedSentence p, List<Argument> args) {
        IndexedWord found = null;
        for (IndexedWord x : clauseOf(h, p)) {
            String normalized = isDate(x) ? p.normalized(x) : null;
            if (normalized == null || p.children(x, "case").stream().anyMatch(c -> SINCE.contains(lemma(c)))) {
                continue; // "killed since the truce began in September" tells no month of the killing
            }
            if (!normalized.matches("\\d{4}-\\d{2}") || found != null && !normalized.equals(p.normalized(found))) {
                return; // a day, or two months: the sentence does not date its event by month alone
            }
            found = x;
        }
        if (found != null) {
            args.add(new Argument(Frame.TIME, p.tokenSpan(found.index(), found.index()), found.ner(),
                    p.normalized(found)));
        }
    }

    /**
     * The words of the clause a trigger is in: everything under its nearest verb (or the root of a verbless headline)
     * except other clauses hanging from it ("a day after rebels seized the town of X", "since the truce began").
     */
    private static List<IndexedWord> clauseOf(IndexedWord h, ParsedSentence p) {
        IndexedWord head = h;
        while (!isVerb(head) && p.parent(head) != null) {
            head = p.parent(head);
        }
        List<IndexedWord> words = new ArrayList<>();
        Deque<IndexedWord> todo = new ArrayDeque<>(List.of(head));
        Set<IndexedWord> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            IndexedWord w = todo.poll();
            if (!seen.add(w)) {
                continue;
            }
            words.add(w);
            for (SemanticGraphEdge e : p.graph.outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                boolean otherClause = rel.startsWith("advcl") || rel.startsWith("acl") || rel.startsWith("ccomp")
                        || rel.startsWith("parataxis") || rel.startsWith("csubj")
                        || rel.startsWith("conj") && isVerb(e.getDependent());
                if (!otherClause) {
                    todo.add(e.getDependent());
                }
            }
        }
        return words;
    }

    /** Case markers of a time that is not when the event happened. */
    private static final Set<String> SINCE = Set.of("since", "until", "till", "before");

    /** Returns the verb followed by the verbs conjoined with it, its own conjuncts first. */
    private static List<IndexedWord> withConjuncts(IndexedWord verb, ParsedSentence p) {
        List<IndexedWord> verbs = new ArrayList<>(List.of(verb));
        p.children(verb, "conj").stream().filter(ParsedSentence::isVerb).forEach(verbs::add);
        IndexedWord parent = p.parent(verb);
        if (parent != null && isVerb(parent) && p.relationToParent(verb).startsWith("conj")) {
            verbs.add(parent);
        }
        return verbs;
    }

    /** Adds the first date or time attached to the scope; optionally the nearest full date of the sentence. */
    private static void time(List<IndexedWord> scope, ParsedSentence p, Resolver r, List<Argument> args,
                             boolean sentenceFallback) {
        for (IndexedWord w : scope) {
            // "Monday's raid", "the Mondays raid": a day in front of an event noun dates it
            for (IndexedWord x : p.children(w, "obl:on", "obl:tmod", "nmod:on", "nmod:tmod", "obl:at", "obl:in",
                    "obl", "nmod:during", "obl:during", "nmod:poss", "compound")) {
                // "early on Tuesday": the date may hang one step lower
                IndexedWord date = isDate(x) && p.normalized(x) != null && fullDate(p.normalized(x)) ? x
                        : first(p.children(x, "nummod", "compound", "nmod:on", "obl:on", "nmod:tmod").stream()
                        .filter(FrameRules::isDate).toList());
                if (date != null && p.normalized(date) != null && fullDate(p.normalized(date))) {
                    args.add(new Argument(Frame.TIME, p.phrase(date), date.ner(), p.normalized(date)));
                    return;
                }
            }
        }
        if (!sentenceFallback) {
            return;
        }
        int anchor = scope.get(0).index();
        IndexedWord best = null;
        for (int i = 1; i <= p.tokens.size(); i++) {
            IndexedWord w = p.node(i);
            if (w != null && isDate(w) && p.normalized(w) != null && fullDate(p.normalized(w))
                    && (best == null || Math.abs(i - anchor) < Math.abs(best.index() - anchor))) {
                best = w;
            }
        }
        if (best != null) {
            args.add(new Argument(Frame.TIME, p.tokenSpan(best.index(), best.index()), best.ner(), p.normalized(best)));
        }
    }

    /**
     * "The attack comes two days after Russian jets hit a convoy": the day is told as a distance from the event the
     * article is telling of, which the article resolves ({@link Frame#DAYS_APART}).
     */
    private static void daysApart(IndexedWord h, ParsedSentence p, List<Argument> args) {
        IndexedWord clause = h;
        while (!isVerb(clause) && p.parent(clause) != null) {
            clause = p.parent(clause);
        }
        String direction = p.children(clause, "mark").stream().map(ParsedSentence::lemma)
                .filter(m -> m.equals("after") || m.equals("before")).findFirst().orElse(null);
        if (direction == null || !isVerb(clause)) {
            return;
        }
        List<IndexedWord> durations = new ArrayList<>(p.children(clause, "dep", "obl:npmod", "nmod:npmod", "obl:tmod"));
        if (p.parent(clause) != null && p.relationToParent(clause).startsWith("acl")) {
            durations.add(p.parent(clause)); // "come a day after civilians were killed", the clause hung on "a day"
        }
        for (IndexedWord d : durations) {
            String normalized = p.normalized(d);
            if ("DURATION".equals(d.ner()) && normalized != null && normalized.matches("P\\d+D")) {
                int days = Integer.parseInt(normalized.substring(1, normalized.length() - 1));
                // told "N days after" the event in hand, it happened N days before it
                args.add(new Argument(Frame.DAYS_APART, p.tokenSpan(d.index(), d.index()), null,
                        Integer.toString(direction.equals("after") ? -days : days)));
                return;
            }
        }
    }

    /** "On Sunday the truce was hanging by a thread after air raids killed ...": told as earlier or later. */
    private static boolean afterOrBefore(IndexedWord h, ParsedSentence p) {
        for (IndexedWord w = h; w != null; w = p.parent(w)) {
            if (p.children(w, "mark", "case").stream().anyMatch(m -> lemma(m).equals("after") || SINCE.contains(lemma(m)))) {
                return true;
            }
        }
        return false;
    }

    /** A sentence that names one day only: a casualty in it happened then, wherever the parse hung the day. */
    private boolean onlyOneDay(ParsedSentence p) {
        Set<String> days = new HashSet<>();
        for (int i = 1; i <= p.tokens.size(); i++) {
            IndexedWord w = p.node(i);
            if (w != null && isDate(w) && p.normalized(w) != null && !isSpeech(p.parent(w), p)) { // not "said Tuesday"
                days.add(p.normalized(w));
            }
        }
        return days.size() == 1 && fullDate(days.iterator().next());
    }

    private static boolean fullDate(String normalized) {
        return normalized.matches("\\d{4}-\\d{2}-\\d{2}.*");
    }

    private static IndexedWord findBelow(IndexedWord root, ParsedSentence p,
                                         java.util.function.Predicate<IndexedWord> test, int depth) {
        Deque<IndexedWord> level = new ArrayDeque<>(List.of(root));
        for (int d = 0; d <= depth && !level.isEmpty(); d++) {
            Deque<IndexedWord> next = new ArrayDeque<>();
            for (IndexedWord w : level) {
                if (w != root && test.test(w)) {
                    return w;
                }
                for (IndexedWord c : p.children(w, "obl", "nmod", "obl:in", "nmod:in", "obl:at", "nmod:at",
                        "obl:after", "obl:during")) {
                    next.add(c);
                }
            }
            level = next;
        }
        return null;
    }

    /** True when a modal, negation, condition or intention governs the trigger: it did not (yet) happen. */
    static boolean irrealis(IndexedWord h, ParsedSentence p) {
        IndexedWord w = h;
        String toParent = p.relationToParent(h);
        IndexedWord governor = p.parent(h);
        if (!isVerb(h) && governor != null && isVerb(governor)
                && (toParent.equals("obj") || toParent.startsWith("nsubj") || toParent.startsWith("obl"))) {
            // "aimed to continue attacks": a noun event is as real as the verb it hangs on
            if (IRREALIS.contains(lemma(governor))) {
                return true;
            }
            w = governor;
        }
        for (int hop = 0; hop < 4 && w != null; hop++) {
            for (IndexedWord c : p.children(w, "aux", "advmod", "mark", "neg")) {
                if (IRREALIS.contains(lemma(c))) {
                    return true;
                }
            }
            String rel = p.relationToParent(w);
            IndexedWord parent = p.parent(w);
            // "aimed to attack", "an attempt to strike": a to-complement of a word of intention did not happen;
            // an adverbial clause ("threaten the truce when a strike hit") did.
            if (parent != null && (rel.startsWith("xcomp") || rel.startsWith("csubj") || rel.startsWith("acl"))
                    && (IRREALIS.contains(lemma(parent)) || INTENT.contains(lemma(parent)))) {
                return true;
            }
            if (!(rel.startsWith("xcomp") || rel.startsWith("csubj") || rel.startsWith("ccomp")
                    || rel.startsWith("acl") || rel.startsWith("advcl"))) {
                break;
            }
            w = parent;
        }
        return false;
    }

    // ---- attribution -----------------------------------------------------------------------------------------

    /** Returns SOURCE (innermost speaker or cited source) and RELAY (an outer reporter) arguments for a trigger. */
    List<Argument> attribution(IndexedWord h, ParsedSentence p, Resolver r) {
        List<Argument> speakers = new ArrayList<>();
        Set<IndexedWord> seen = new LinkedHashSet<>();
        IndexedWord cur = h;
        while (cur != null && seen.add(cur)) {
            for (IndexedWord x : p.children(cur, "obl:according_to", "nmod:according_to")) {
                addSpeaker(speakers, x, r);
            }
            IndexedWord parent = p.parent(cur);
            String rel = p.relationToParent(cur);
            if (parent != null && isSpeech(parent, p) && (rel.startsWith("ccomp") || rel.startsWith("parataxis")
                    || rel.equals("obj") || rel.equals("dep") || rel.startsWith("xcomp"))) {
                speakerOf(parent, p, r).ifPresent(s -> addSpeaker(speakers, s, r));
            } else if (parent != null && isVerb(parent) && isAccusation(parent)
                    && (rel.startsWith("advcl") || rel.startsWith("obl") || rel.startsWith("acl"))) {
                // "X accused Y of killing 63 civilians": what the accusation alleges is X's claim
                speakerOf(parent, p, r).ifPresent(s -> addSpeaker(speakers, s, r));
            }
            cur = parent;
        }
        if (speakers.isEmpty()) {
            // ", the Observatory said." (or, without the comma, "... killed 24 people a monitor said") attached
            // beside or below the clause rather than above it: a verb of saying after the trigger, with a subject
            // of its own and no complement clause, reports the whole sentence.
            for (int i = h.index() + 1; i <= p.tokens.size() && speakers.isEmpty(); i++) {
                IndexedWord w = p.node(i);
                // "a monitor said a day after Russia and the US agreed a truce": "a day" is no reported clause's
                // subject, only a misread time
                boolean reportsOther = w != null && p.children(w, "ccomp").stream().anyMatch(c -> p.children(c, "nsubj")
                        .stream().noneMatch(x -> Set.of("DATE", "DURATION", "TIME").contains(String.valueOf(x.ner()))));
                // "... hours after the US and Russia announced a deal": a verb of saying with an object reports that
                boolean saysSomething = w != null && !p.children(w, "obj").isEmpty() && !p.children(w, "nsubj").isEmpty();
                if (w != null && isSpeech(w, p) && !reportsOther && !saysSomething && !p.graph.descendants(w).contains(h)) {
                    speakerOf(w, p, r).ifPresent(s -> addSpeaker(speakers, s, r));
                }
            }
        }
        if (speakers.isEmpty()) {
            // "45 people have been killed after airstrikes on Saturday according to opposition activists": the
            // parse may hang the source on any word of the sentence, and it sources the whole sentence
            IndexedWord cited = p.accordingTo(w -> true);
            if (cited != null) {
                addSpeaker(speakers, cited, r);
            }
        }
        List<Argument> out = new ArrayList<>();
        for (int i = 0; i < speakers.size() && i < 2; i++) {
            Argument s = speakers.get(i);
            out.add(new Argument(i == 0 ? Frame.SOURCE : Frame.RELAY, s.span(), s.type(), null));
        }
        return out;
    }

    private static void addSpeaker(List<Argument> speakers, IndexedWord w, Resolver r) {
        Argument a = withConjoinedGroups(withoutRunIn(r.speaker(Frame.SOURCE, w), w, r.sentence()), w, r.sentence());
        if (a != null && speakers.stream().noneMatch(s -> s.span().begin() == a.span().begin())) {
            speakers.add(a);
        }
    }

    /** "residents and rescue workers said": unnamed groups said it together, so the speaker is the whole phrase. */
    private static Argument withConjoinedGroups(Argument a, IndexedWord head, ParsedSentence p) {
        if (a == null || !"NNS".equals(head.tag())) {
            return a;
        }
        int end = a.span().end();
        for (IndexedWord c : p.children(head, "conj:and")) {
            if (!"NNS".equals(c.tag()) || c.index() < head.index()) {
                return a;
            }
            end = Math.max(end, p.phrase(c).end());
        }
        return end == a.span().end() ? a
                : new Argument(a.role(), new Span(a.span().begin(), end, p.textBetween(a.span().begin(), end)), a.type(),
                        a.normalized());
    }

    /**
     * "... as well as a number of civilians local sources said": without its comma the phrase before the speaker
     * runs into it; a noun followed by an adjective inside a common-noun speaker is where the speaker's phrase begins.
     */
    private static Argument withoutRunIn(Argument a, IndexedWord head, ParsedSentence p) {
        if (a == null || head.tag() == null || !head.tag().startsWith("NN") || head.tag().startsWith("NNP")
                || a.span().end() != p.token(head.index()).endPosition()) {
            return a;
        }
        for (int i = head.index() - 1; i > 1 && p.token(i).beginPosition() > a.span().begin(); i--) {
            String tag = String.valueOf(p.token(i).tag());
            String before = String.valueOf(p.token(i - 1).tag());
            if (tag.startsWith("JJ") && before.startsWith("NN") && p.token(i - 1).beginPosition() >= a.span().begin()) {
                return new Argument(a.role(), p.tokenSpan(i, head.index()), a.type(), a.normalized());
            }
        }
        return a;
    }

    private java.util.Optional<IndexedWord> speakerOf(IndexedWord verb, ParsedSentence p, Resolver r) {
        // "warplanes confirmed by the Civil Defence as behind the attacks": a passive's agent is who says so
        IndexedWord s = first(p.children(verb, "obl:agent"));
        if (s == null && "VBN".equals(verb.tag())) {
            s = first(p.children(verb, "obl:by"));
        }
        if (s == null) {
            s = first(p.children(verb, "nsubj"));
        }
        if (s != null && !String.valueOf(s.tag()).startsWith("NNP") && ("TITLE".equals(s.ner())
                || lexicon.conceptsOf(lemma(s)).contains(Vocab.POSITION))
                && p.children(s, "compound", "appos", "flat").stream().noneMatch(x -> "PERSON".equals(x.ner()))) {
            // "A spokesperson for the UK-based monitor said": an unnamed holder of a post speaks for whom he serves
            IndexedWord served = first(p.children(s, "nmod:for", "nmod:of"));
            boolean place = served != null && (LOCATION_TYPES.contains(served.ner())
                    || lexicon.conceptsOf(lemma(served)).contains(Vocab.PLACE_NOUN)); // "the governor of the province"
            if (served != null && !place) {
                s = served;
            }
        }
        if (s == null) {
            for (IndexedWord d : p.children(verb, "dep", "acl")) {
                s = first(p.children(d, "nsubj"));
                if (s != null) {
                    break;
                }
            }
        }
        if (s == null && Set.of("advcl:as", "obl:as").contains(p.relationToParent(verb)) && p.parent(verb) != null) {
            s = first(p.children(p.parent(verb), "obj")); // "Reuters reported residents as saying ..."
        }
        if (s == null && verb.tag() != null && verb.tag().equals("VBD")) {
            s = adjacentSpeaker(verb, p);
        } else if (s != null && s.index() < verb.index() - 1 && "VBD".equals(verb.tag())) {
            // "... killed 22 volunteers including a number of civilians local sources said.": a closing "X said"
            // has its speaker right before it, whatever subject a parse without commas found further back; so
            // has one the parse left dangling ("killed 24 people a monitor said a day after ...")
            IndexedWord left = speakerBefore(verb, p);
            if (left != null && !closesSentence(verb, p) && !p.relationToParent(left).equals("dep")) {
                left = null;
            }
            if (left != null && !p.phrase(s).equals(p.phrase(left)) && (p.phrase(s).end() < p.token(left.index()).beginPosition()
                    || s.equals(p.parent(left)))) {
                s = left;
            }
        }
        return java.util.Optional.ofNullable(s);
    }

    /** Nothing but a time, an adverb or punctuation follows the verb: "local sources said late on Monday." */
    private static boolean closesSentence(IndexedWord verb, ParsedSentence p) {
        for (int i = verb.index() + 1; i <= p.tokens.size(); i++) {
            CoreLabel t = p.token(i);
            String tag = t.tag() == null ? "" : t.tag();
            boolean time = Set.of("DATE", "TIME").contains(String.valueOf(t.ner()));
            boolean timeNext = i < p.tokens.size() && Set.of("DATE", "TIME").contains(String.valueOf(p.token(i + 1).ner()));
            if (!(time || tag.equals(".") || tag.equals(",") || tag.startsWith("RB") || tag.equals("IN") && timeNext)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copy stripped of its commas ("... were killed in the strike said the Civil Defence also known as ...") leaves
     * a verb of saying with no subject in the parse: the speaker is the noun phrase right after it, or else the one
     * right before it ("... activists in the town reported.").
     */
    private static IndexedWord adjacentSpeaker(IndexedWord verb, ParsedSentence p) {
        int n = p.tokens.size();
        int i = verb.index() + 1;
        while (i <= n && i <= verb.index() + 2 && Set.of("DT", "JJ", "PRP$").contains(String.valueOf(p.token(i).tag()))) {
            i++;
        }
        if (i <= n && isSpeakerNoun(p.token(i))) {
            while (i < n && (isSpeakerNoun(p.token(i + 1)) || i + 2 <= n && "HYPH".equals(p.token(i + 1).tag())
                    && isSpeakerNoun(p.token(i + 2)))) {
                i += isSpeakerNoun(p.token(i + 1)) ? 1 : 2; // the head of "the Civil Defence", "Zouhir al-Shimale"
            }
            return p.node(i);
        }
        return speakerBefore(verb, p);
    }

    /** The noun phrase that ends right before a verb of saying: "... local sources said", "... (IFRC) said". */
    private static IndexedWord speakerBefore(IndexedWord verb, ParsedSentence p) {
        int before = verb.index() - 1;
        if (before > 1 && "-RRB-".equals(p.token(before).tag())) {
            // "... the International Federation of Red Cross and Red Crescent Societies (IFRC) said"
            while (before > 1 && !"-LRB-".equals(p.token(before).tag())) {
                before--;
            }
            before--;
        }
        if (before < 1 || !isSpeakerNoun(p.token(before)) || p.token(before).tag().equals("PRP")) {
            return null;
        }
        // "activists in the town reported": the speaker is the noun the place phrase follows
        int k = before;
        while (k > 1 && p.token(k - 1).tag() != null && (p.token(k - 1).tag().startsWith("NN")
                || Set.of("DT", "JJ", "PRP$").contains(p.token(k - 1).tag()))) {
            k--;
        }
        // "The Aleppo Media Center an activist collective said": a name before its descriptor is the speaker
        if (!String.valueOf(p.token(before).tag()).startsWith("NNP")) {
            for (int j = k + 1; j < before; j++) {
                if ("DT".equals(p.token(j).tag()) && String.valueOf(p.token(j - 1).tag()).startsWith("NNP")) {
                    return p.node(j - 1);
                }
            }
        }
        String link = k > 2 ? p.token(k - 1).word().toLowerCase() : "";
        boolean ofHead = link.equals("of") && !QUANTITY_NOUNS.contains(String.valueOf(p.token(k - 2).lemma()).toLowerCase());
        // "the governor of the province said": the noun before "of" heads the phrase ("a number of ..." does not)
        if (k > 2 && (Set.of("in", "at", "near", "from", "on").contains(link) || ofHead)
                && isSpeakerNoun(p.token(k - 2))
                && !p.token(k - 2).tag().equals("PRP")) {
            return p.node(k - 2);
        }
        return p.node(before);
    }

    private static boolean isSpeakerNoun(CoreLabel t) {
        String tag = t.tag() == null ? "" : t.tag();
        String ner = t.ner() == null ? "O" : t.ner();
        return (tag.startsWith("NN") || tag.equals("PRP"))
                && !Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER").contains(ner);
    }

    private boolean isAccusation(IndexedWord w) {
        return lexicon.conceptsOf(lemma(w)).stream().anyMatch(c -> c.startsWith(Vocab.CAMEO + "11"));
    }

    private boolean isSpeech(IndexedWord w, ParsedSentence p) {
        if (w == null || !isVerb(w)) {
            return false; // "Islamic State", "the report": nouns that share a verb of saying's lemma
        }
        if (lexicon.conceptsOf(lemma(w)).contains(Vocab.SPEECH)) {
            return true;
        }
        for (IndexedWord prt : p.children(w, "compound:prt")) {
            if (lexicon.conceptsOf(lemma(w) + " " + lemma(prt)).contains(Vocab.SPEECH)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the speaker of a quote in its own sentence: the subject of the verb of saying outside the quote. */
    Span speakerOf(ParsedSentence p, int quoteBegin, int quoteEnd, Resolver r) {
        if (p.graph == null) {
            return null;
        }
        for (int i = 1; i <= p.tokens.size(); i++) {
            IndexedWord w = p.node(i);
            CoreLabel tok = p.token(i);
            boolean outside = tok.beginPosition() < quoteBegin || tok.beginPosition() >= quoteEnd;
            boolean speechLike = isSpeech(w, p) || lexicon.conceptsOf(lemma(w)).stream()
                    .anyMatch(c -> c.startsWith(Vocab.CAMEO + "11"));
            if (w != null && outside && speechLike) {
                var s = speakerOf(w, p, r);
                if (s.isPresent()) {
                    CoreLabel st = p.token(s.get().index());
                    if (st.beginPosition() < quoteBegin || st.beginPosition() >= quoteEnd) {
                        Argument a = r.speaker(Frame.SOURCE, s.get());
                        if (a != null) {
                            return a.span();
                        }
                    }
                }
            }
        }
        // "The minister called the raid "a flagrant breach of the truce"", "Iran called for "comprehensive
        // monitoring"": two or more words quoted inside a sentence are its subject's, when a person, group or
        // state is the subject (one word is mostly a scare quote)
        int quoted = 0;
        for (CoreLabel tok : p.tokens) {
            boolean inside = tok.beginPosition() >= quoteBegin && tok.endPosition() <= quoteEnd;
            if (inside && !tok.word().isEmpty() && Character.isLetter(tok.word().charAt(0))) {
                quoted++;
            }
        }
        IndexedWord root = p.root();
        boolean rootOutside = root != null && (p.token(root.index()).beginPosition() < quoteBegin
                || p.token(root.index()).beginPosition() >= quoteEnd);
        if (quoted >= 2 && rootOutside && isVerb(root) && !isSpeech(root, p)) {
            for (IndexedWord subject : p.children(root, "nsubj")) {
                boolean outside = p.token(subject.index()).beginPosition() < quoteBegin;
                Argument a = outside ? r.speaker(Frame.SOURCE, subject) : null;
                if (a != null && (subject.ner() != null
                        && Set.of("PERSON", "ORGANIZATION", "COUNTRY").contains(subject.ner())
                        || ParsedSentence.isPronoun(subject))) {
                    return a.span();
                }
            }
        }
        // "According to the statement, the army "acted with restraint"": the cited source outside the quote speaks
        IndexedWord cited = p.accordingTo(w -> p.token(w.index()).beginPosition() < quoteBegin
                || p.token(w.index()).beginPosition() >= quoteEnd);
        Argument a = cited == null ? null : r.speaker(Frame.SOURCE, cited);
        return a == null ? null : a.span();
    }

    /** Returns the named person (or organization) a sentence's main verb has for its subject, or null. */
    Span personSubject(ParsedSentence p, Resolver r) {
        IndexedWord root = p.root();
        if (root == null || !isVerb(root)) {
            return null;
        }
        for (IndexedWord subject : p.children(root, "nsubj")) {
            if (Set.of("PERSON", "ORGANIZATION").contains(String.valueOf(subject.ner())) && subject.tag() != null
                    && subject.tag().startsWith("NNP")) {
                Argument a = r.speaker(Frame.SOURCE, subject);
                return a == null ? null : a.span();
            }
        }
        return null;
    }

    /** For a sentence that only attributes ("The group said in a statement."), returns its speaker. */
    Span attributionOnly(ParsedSentence p, Resolver r) {
        if (p.graph == null || p.tokens.size() > 25) {
            return null;
        }
        for (IndexedWord root : p.graph.getRoots()) {
            if (isSpeech(root, p) && p.children(root, "ccomp").isEmpty()) {
                var s = speakerOf(root, p, r);
                if (s.isPresent()) {
                    Argument a = r.speaker(Frame.SOURCE, s.get());
                    return a == null ? null : a.span();
                }
            }
        }
        return null;
    }

    private static IndexedWord first(List<IndexedWord> words) {
        return words.isEmpty() ? null : words.get(0);
    }
}
