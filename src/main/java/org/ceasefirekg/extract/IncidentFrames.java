package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.first;
import static org.ceasefirekg.extract.Cues.isDate;
import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.ParsedSentence.lemma;
import static org.ceasefirekg.extract.Times.time;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Vocab;

/** Frames of incidents (strikes, shelling, clashes) and aid deliveries: who acted, on whom, where and when. */
final class IncidentFrames {
    private final Cues cues;
    private final Attribution attribution;
    private final IncidentSites sites;

    IncidentFrames(Cues cues, Places places, Attribution attribution) {
        this.cues = cues;
        this.attribution = attribution;
        this.sites = new IncidentSites(cues, places);
    }

    Frame incident(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head();
        // "could not say whether army or allied helicopters carried out the raids on X": a definite event noun
        // names strikes that happened; only what the clause says of them is unreal
        boolean unreal = cues.irrealis(h, p) && !cues.attempted(h, p);
        boolean presupposed = unreal && !isVerb(h) && p.children(h, "det").stream()
                .anyMatch(d -> Set.of("the", "this", "these").contains(lemma(d)));
        if (unreal && !presupposed || partOfOtherTrigger(t, all, p) || includedIn(h, all, p)
                || hitByAnother(h, all, p) || stopped(h, all, p) || againstAnIdea(h, p) || cues.movedAway(h, p) || cues.absent(h, p)) {
            return null;
        }
        List<Argument> args = new ArrayList<>();
        List<IndexedWord> scope = scope(h, p);
        IndexedWord np = IncidentTargets.quantityOver(h, p, cues); // "launched a campaign of raids on X"
        if (isVerb(h)) {
            boolean active = p.children(h, "aux:pass").isEmpty() && !"VBN".equals(h.tag()); // "was aimed at X but hit Y"
            IndexedWord subject = first(p.children(h, active ? new String[] {"nsubj", "nsubj:pass"} : new String[] {"nsubj"}));
            IndexedWord by = first(p.children(h, "obl:agent", "advcl:by"));
            if (subject != null && !t.covers(subject.index()) && cues.isIncidentTrigger(subject, all)
                    || IncidentTargets.countedEventHits(h, subject, all, p, cues) || by != null && cues.isIncidentTrigger(by, all)
                    && !p.children(by, "nsubj", "amod", "compound", "nmod:poss").isEmpty()) {
                // "airstrikes hit the convoy", "the school was hit by militia shelling": the noun's frame carries
                // this verb's arguments ("jets struck" is one trigger, whose subject is its own first word); a
                // bare "hit by warplanes" stays the verb's, with the planes as its agent
                return null;
            }
            List<IndexedWord> agents = cues.doers(h, p);
            if (agents.isEmpty() && "VBG".equals(h.tag())) {
                agents = p.children(h, "nmod:by"); // "in shelling by the militia": a gerund used as a noun
                IndexedWord named = p.parent(h);
                if (agents.isEmpty() && named != null && p.relationToParent(h).equals("acl")
                        && String.valueOf(named.tag()).startsWith("NNP") && cues.isActorName(named, p)) {
                    agents = List.of(named); // "Militia X shelling of the town": the name the gerund runs into
                }
            }
            // "The United States admitted having struck ...": a subjectless complement shares its governor's subject;
            // "troops answered by downing two jets and striking a base": a later conjunct shares the first one's
            IndexedWord w = h;
            for (int hop = 0; agents.isEmpty() && hop < 3; hop++) {
                IndexedWord governor = p.parent(w);
                String rel = p.relationToParent(w);
                boolean byDoing = rel.equals("obl:by") && "VBG".equals(w.tag()); // "by shelling": a means clause
                // "Y, backed by X, took the town": the parse may make the participle the head and the act its "dep"
                boolean backed = rel.equals("dep") && governor != null && "VBN".equals(governor.tag()) && cues.is(CF.Backing, governor);
                // "the column came under heavy shelling": who comes under an attack is its target, not its doer
                // "Following heavy shelling of X, two died": a gerund after a preposition is a noun, with no subject
                if (governor == null || !isVerb(governor) || rel.equals("advcl:under") || rel.startsWith("advcl") && p
                        .children(w, "case").stream().anyMatch(c -> Times.AROUND.contains(lemma(c))) || !(rel.startsWith("xcomp")
                        || rel.startsWith("ccomp") || rel.startsWith("advcl") || rel.startsWith("conj") || byDoing || backed)) {
                    break;
                }
                scope.addAll(backed ? List.of(governor) : List.of()); // its day too: "on 17 May Y, backed by X, took"
                agents = cues.doersUnder(governor, rel, p);
                w = governor;
            }
            agents.forEach(a -> cues.addActor(args, Frame.AGENT, a, p, r));
            IncidentTargets.ofVerb(h, t, p, cues).forEach(a -> cues.addActor(args, Frame.PATIENT, a, p, r));
            cues.participleUndergoers(h, p).forEach(a -> cues.addActor(args, Frame.PATIENT, a, p, r));
        } else {
            premodifier(h, t, p, all).ifPresent(span -> args.add(new Argument(Frame.AGENT, span, null, null)));
            p.children(h, "nmod:poss", "nmod:by").forEach(a -> cues.addActor(args, Frame.AGENT, a, p, r));
            cues.claimedBy(h, p).forEach(a -> cues.addActor(args, Frame.AGENT, a, p, r));
            scope.addAll(np == h ? List.of() : scope(np, p));
            java.util.stream.Stream.concat(List.of(h, np).stream().distinct().flatMap(w -> p.children(w, "nmod:on", "nmod:against").stream()),
                    IncidentTargets.hitByCounted(h, np, all, p, cues).stream())
                    .filter(x -> !isDate(x)).forEach(a -> cues.addActor(args, Frame.PATIENT, IncidentTargets.heldBy(a, p, cues), p, r));
            IndexedWord verb = p.parent(np);
            if (verb != null && isVerb(verb) && p.relationToParent(np).equals("nsubj")) {
                if (p.children(verb, "obj").stream().anyMatch(o -> cues.isAttackTrigger(o, all))) {
                    return null; // "warplanes carried out air strikes": one event, told by the strikes' frame
                }
                IncidentTargets.ofSubjectVerb(verb, all, cues, p).forEach(a -> cues.addActor(args, Frame.PATIENT, a, p, r));
            }
            if (verb != null && isVerb(verb) && p.relationToParent(np).equals("obj")) {
                // "carried out four air strikes against Syrian forces", "launched raids on rebel positions"
                p.children(verb, "obl:against", "obl:on").stream().filter(x -> !isDate(x)).forEach(a -> cues.addActor(args, Frame.PATIENT, a, p, r));
                IndexedWord subject = first(p.children(verb, "nsubj"));
                Trigger weapon = subject == null ? null
                        : all.stream().filter(o -> o.covers(subject.index())).findFirst().orElse(null);
                if (weapon != null && cues.isIncidentTrigger(subject, all)) {
                    // "Warplanes from the coalition carried out ...": the weapon's owner acted
                    premodifier(subject, weapon, p, all).ifPresent(span -> args.add(new Argument(Frame.AGENT,
                            new Span(span.begin(), p.token(weapon.last()).endPosition(),
                                    p.textBetween(span.begin(), p.token(weapon.last()).endPosition())), null, null)));
                    p.children(subject, "nmod:from", "nmod:poss", "nmod:of").forEach(a -> cues.addActor(args, Frame.AGENT, a, p, r));
                } else if (subject != null && cues.launches(verb, p) && args.stream()
                        .noneMatch(a -> a.role().equals(Frame.AGENT))) {
                    // "the militia launched a rocket attack on the town": who launches an attack carried it out
                    cues.addActor(args, Frame.AGENT, subject, p, r);
                }
            }
        }
        IndexedWord governor = p.parent(h); // "the hospital was struck by army drones", "damaged by shelling"
        if ((!isVerb(h) || "VBG".equals(h.tag())) && governor != null && isVerb(governor) && p.relationToParent(h)
                .equals("obl:agent") && (cues.isStrikeWord(governor) || cues.damages(governor))) {
            p.children(governor, "nsubj:pass").forEach(a -> cues.addActor(args, Frame.PATIENT, a, p, r));
        }
        Trigger before = conjoinedWith(h, all, p);
        if (before != null && args.stream().noneMatch(a -> a.role().equals(Frame.AGENT))) {
            // "Russian and regime airstrikes and artillery": the second event noun shares the first one's words
            premodifier(before.head(), before, p, all).ifPresent(span -> args.add(new Argument(Frame.AGENT, span, null, null)));
            p.children(before.head(), "nmod:poss", "nmod:by").forEach(a -> cues.addActor(args, Frame.AGENT, a, p, r));
            scope.addAll(scope(before.head(), p));
        }
        intended(h, p, r, args);
        IncidentTargets.missed(h, p, cues, r, args);
        participants(h, concept, all, p, args);
        cues.additive(h, p).ifPresent(w -> args.add(new Argument(Frame.ADDITIVE, p.tokenSpan(w.index(), w.index()),
                null, null)));
        if (!isVerb(h)) {
            for (IndexedWord d : p.children(h, "det", "nmod:poss")) {
                if (Set.of("the", "this", "that", "these", "those").contains(lemma(d)) || !p.relationToParentOf(d, h).startsWith("det")) {
                    args.add(new Argument(Frame.DEFINITE, p.tokenSpan(d.index(), d.index()), null, null));
                    break;
                }
            }
        }
        sites.locate(np, cues.eventClass(concept), scope, all, p, r, args);
        time(scope, p, r, args, false);
        Times.otherwise(h, p, r, args); // the day of the clause a "when" clause hangs on, days apart, a month
        if (killedIn(h, all, p) && args.stream().noneMatch(a -> a.role().equals(Frame.AGENT))) {
            // "ten people were killed in the shelling by the militia": the parse may hang the agent on the verb
            p.children(p.parent(h), "obl:agent", "obl:by").forEach(a -> cues.addActor(args, Frame.AGENT, a, p, r));
        }
        if (args.stream().allMatch(a -> a.role().equals(Frame.DEFINITE) || a.role().equals(Frame.ADDITIVE))
                && !killedIn(h, all, p)) {
            return null;
        }
        if (presupposed) {
            args.removeIf(a -> a.role().equals(Frame.AGENT));
        }
        if (cues.obstructsAid(concept) && obstructsNoAid(args, all, p)) {
            return null; // "steps to prevent wider losses": only aid kept from those who need it is obstructed
        }
        args.addAll(attribution.attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first(), t.last()), args);
    }

    /** Returns the nodes whose dependents describe the event: the trigger, its relative clauses, its verb. */
    private List<IndexedWord> scope(IndexedWord h, ParsedSentence p) {
        List<IndexedWord> scope = new ArrayList<>();
        scope.add(h);
        scope.addAll(p.children(h, "acl:relcl", "acl", "advcl:from")); // "kept X from entering Y on Monday"
        IndexedWord parent = p.parent(h);
        String rel = p.relationToParent(h);
        if (parent != null && isVerb(parent) && (rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("obl"))) {
            scope.add(parent);
        }
        return scope;
    }

    /** "Eleven farmers were killed in drone strikes": an event people died in happened, details or not. */
    private static boolean killedIn(IndexedWord h, List<Trigger> all, ParsedSentence p) {
        IndexedWord parent = p.parent(h);
        if (parent == null || isVerb(h) || !p.relationToParent(h).startsWith("obl")) {
            return false;
        }
        return all.stream().anyMatch(t -> t.covers(parent.index())
                && (t.concepts().contains(Vocab.KILLED) || t.concepts().contains(Vocab.WOUNDED)));
    }

    /** The noun trigger this noun trigger is the later conjunct of ("airstrikes and artillery"), or null. */
    private static Trigger conjoinedWith(IndexedWord h, List<Trigger> all, ParsedSentence p) {
        if (isVerb(h) || !p.children(h, "det", "nmod:poss", "amod", "compound").isEmpty()) {
            return null; // "Russian airstrikes and rebel shelling": a conjunct with words of its own keeps them
        }
        // the enhanced graph hangs a later conjunct on the first one and on the first one's governor too
        return all.stream().filter(o -> !o.covers(h.index()) && !isVerb(o.head())
                && p.relationToParentOf(h, o.head()).startsWith("conj")).findFirst().orElse(null);
    }

    /** How a truce noun governs what it stops: "a lull in the fighting", "a freeze on attacks". */
    private static final Set<String> TRUCE_ON = Set.of("nmod:in", "nmod:on", "nmod:to");
    /**
     * "a halt in the fighting", "an end to attacks on civilians", "stop the shelling", "a truce in the fighting": an
     * event named as what stops or should stop is spoken of in general, not told as an incident.
     */
    private static boolean stopped(IndexedWord h, List<Trigger> all, ParsedSentence p) {
        IndexedWord governor = p.parent(h);
        String parsed = p.relationToParent(h);
        // "the freeze on fighting": the parse takes the gerund for a clause of the noun
        boolean gerund = governor != null && "VBG".equals(h.tag()) && parsed.startsWith("acl:");
        if (isVerb(h) && !gerund) {
            return false;
        }
        String rel = gerund ? "nmod:" + parsed.substring(4) : parsed;
        if (governor == null || !(rel.startsWith("nmod") || rel.equals("obj") || rel.equals("obl:to"))) {
            return false;
        }
        List<IndexedWord> stopping = new ArrayList<>(List.of(governor));
        if (rel.equals("obl:to")) {
            stopping.addAll(p.children(governor, "obj")); // "brought a halt to the fighting": the parse hangs it on the verb
        }
        return stopping.stream().anyMatch(w -> all.stream()
                .anyMatch(o -> o.covers(w.index()) && (o.concepts().contains(CF.Cessation)
                        || o.concepts().contains(Vocab.CEASEFIRE_EVENT) && TRUCE_ON.contains(rel))));
    }

    /**
     * "partners in the fight against terrorism", "a battle against corruption": a struggle against a bare mass noun
     * is a cause, not an incident (a side or a target has a name, a plural or a determiner).
     */
    private static boolean againstAnIdea(IndexedWord h, ParsedSentence p) {
        return !isVerb(h) && p.children(h, "nmod:against").stream().anyMatch(x -> "NN".equals(x.tag())
                && !Set.of("PERSON", "ORGANIZATION", "CITY", "LOCATION", "COUNTRY").contains(String.valueOf(x.ner()))
                && p.children(x, "det", "nmod:poss", "compound", "amod").isEmpty());
    }

    /** "the raids that included Jordanian jets": the jets take part in that event, not one of their own. */
    private boolean includedIn(IndexedWord h, List<Trigger> all, ParsedSentence p) {
        IndexedWord verb = p.parent(h);
        if (verb == null || !cues.is(CF.Inclusion, verb) || !p.relationToParent(h).equals("obj")) {
            return false;
        }
        IndexedWord owner = p.parent(verb);
        return owner != null && cues.isIncidentTrigger(owner, all);
    }

    /** True when what is blocked is named and holds no aid word ("blocked the road" may; "prevented losses" not). */
    private boolean obstructsNoAid(List<Argument> args, List<Trigger> all, ParsedSentence p) {
        List<Argument> blocked = args.stream().filter(a -> a.role().equals(Frame.PATIENT)).toList();
        return !blocked.isEmpty() && blocked.stream().noneMatch(b -> all.stream().filter(cues::isAidTrigger)
                .map(t -> p.tokenSpan(t.first(), t.last()))
                .anyMatch(w -> b.span().begin() <= w.begin() && w.end() <= b.span().end()));
    }

    /** "shot down two warplanes", "struck the helicopters": a noun trigger that another attack hit is its target. */
    private boolean hitByAnother(IndexedWord h, List<Trigger> all, ParsedSentence p) {
        IndexedWord verb = p.parent(h);
        String rel = p.relationToParent(h);
        return !isVerb(h) && verb != null && isVerb(verb) && (rel.equals("obj") || rel.equals("nsubj:pass"))
                && cues.isAttackTrigger(verb, all);
    }

    /** A noun trigger used as a modifier of another trigger ("aid convoy") is not an event of its own. */
    private static boolean partOfOtherTrigger(Trigger t, List<Trigger> all, ParsedSentence p) {
        String rel = p.relationToParent(t.head());
        if (!rel.equals("compound") && !rel.equals("amod")) {
            return false;
        }
        IndexedWord parent = p.parent(t.head());
        return all.stream().anyMatch(o -> o != t && o.covers(parent.index()));
    }

    /** The words right before a noun trigger that say who acted: "U.S.-led coalition airstrike", "Assad regime's". */
    private java.util.Optional<Span> premodifier(IndexedWord h, Trigger t, ParsedSentence p, List<Trigger> all) {
        Span np = p.phrase(h);
        int last = t.first() - 1;
        int first = t.first();
        // Walk left from the trigger over the words of the phrase that can name an actor; glue words
        // ("-", "'s", "and", ",", "led", "backed", a weapon: "a missile barrage") count only before a naming word.
        int words = 0;
        for (int i = last; i >= 1 && p.token(i).beginPosition() >= np.begin(); i--) {
            CoreLabel tok = p.token(i);
            if (isGlue(p, i, t, all)) {
                continue;
            }
            // a scraped line of tags ("Tags Red Cross refugees border crossing food aid ...") runs into the noun:
            // who acted is said in a few words
            if (isVague(tok) || ++words > 5) {
                break;
            }
            first = i;
        }
        while (last > first && isGlue(p, last, t, all)) {
            last--;
        }
        return first > last ? java.util.Optional.empty() : java.util.Optional.of(p.tokenSpan(first, last));
    }

    private boolean isGlue(ParsedSentence p, int i, Trigger trigger, List<Trigger> all) {
        CoreLabel t = p.token(i);
        return "O".equals(t.ner()) && t.tag().startsWith("NN")
                && all.stream().anyMatch(o -> o.last() < trigger.first() && o.covers(i))
                || Set.of("HYPH", "POS", "CC", ",").contains(t.tag())
                || t.tag().equals("VBN") && cues.is(CF.Backing, t.lemma() == null ? "" : t.lemma().toLowerCase());
    }

    /** Determiners, numbers and plain adjectives ("large", but not "rebel") say nothing about who acted. */
    private boolean isVague(CoreLabel t) {
        String tag = t.tag();
        String ner = t.ner() == null ? "O" : t.ner();
        if (Set.of("DATE", "TIME", "DURATION", "SET", "ORDINAL", "NUMBER").contains(ner)) {
            return true; // a dateline or "Saturday evening" in front of an event says when, not who
        }
        boolean entity = !ner.equals("O");
        return !entity && (tag.equals("DT") || tag.startsWith("JJ") && !cues.isSideWord(t.word()) || tag.startsWith("RB") || tag.equals("CD")
                || tag.equals("PRP$") || tag.startsWith("VB") || tag.equals(",") || tag.equals("HYPH")
                || tag.equals("IN") || cues.isQuantityNoun(t.lemma() == null ? "" : t.lemma().toLowerCase()));
    }

    private void intended(IndexedWord h, ParsedSentence p, Resolver r, List<Argument> args) {
        List<IndexedWord> roots = new ArrayList<>(List.of(h));
        IndexedWord parent = p.parent(h);
        if (parent != null && isVerb(parent)) {
            roots.add(parent);
        }
        for (IndexedWord root : roots) {
            p.children(root, "obl:instead_of").forEach(a -> cues.addActor(args, Frame.INTENDED, a, p, r));
            Deque<IndexedWord> queue = new ArrayDeque<>(List.of(root));
            Set<IndexedWord> intentSeen = new HashSet<>();
            Set<IndexedWord> visited = new HashSet<>();
            while (!queue.isEmpty()) {
                IndexedWord w = queue.poll();
                if (!visited.add(w) || visited.size() > 40) {
                    continue;
                }
                boolean intent = intentSeen.contains(w) || cues.intends(lemma(w));
                if (intent && w != root && isVerb(w) && cues.isStrikeWord(w)) {
                    p.children(w, "obj").forEach(a -> cues.addActor(args, Frame.INTENDED, a, p, r));
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

    private void participants(IndexedWord h, String concept, List<Trigger> all, ParsedSentence p, List<Argument> args) {
        if ((!isVerb(h) || "VBG".equals(h.tag())) && concept.equals(Vocab.CAMEO + "193")) {
            // "clashes between the army and the militias", "clashes with the police": the sides that fought, which
            // the parse may hang on the verb the fighting is the subject of ("clashes broke out between X and Y")
            List<IndexedWord> sides = new ArrayList<>(p.children(h, "nmod:between", "nmod:with", "obl:between"));
            IndexedWord verb = p.parent(h);
            if (verb != null && isVerb(verb) && p.relationToParent(h).equals("nsubj")) {
                sides.addAll(p.children(verb, "obl:between"));
            }
            sides.stream().filter(x -> !isDate(x))
                    .forEach(x -> args.add(new Argument(Frame.PARTICIPANT, p.conjunct(x), null, null)));
        } else if (concept.equals(Vocab.CAMEO + "193")) {
            // "troops clashed with the militia", "soldiers and rebels fought", "rebels battled troops": told both
            // ways round, the fight has sides, not a perpetrator ("gunmen opened fire" has one, "fire" no side)
            List<IndexedWord> sides = new ArrayList<>(p.children(h, "nsubj"));
            List<IndexedWord> with = p.children(h, "obl:with", "obj").stream().filter(x -> !IncidentTargets.isEvent(x, all, cues)).toList();
            if (!sides.isEmpty() && (sides.size() > 1 || !with.isEmpty())) {
                sides.addAll(with);
                args.removeIf(a -> a.role().equals(Frame.AGENT) || a.role().equals(Frame.PATIENT));
                sides.forEach(x -> args.add(new Argument(Frame.PARTICIPANT, p.conjunct(x), null, null)));
            }
        }
        for (IndexedWord v : p.children(h, "acl:relcl", "acl")) {
            if (cues.is(CF.Inclusion, v)) {
                p.children(v, "obj").forEach(o -> args.add(new Argument(Frame.PARTICIPANT, p.subtree(o), null, null)));
            }
        }
        IndexedWord parent = p.parent(h);
        if (parent != null && cues.is(CF.Inclusion, parent) && p.relationToParent(h).startsWith("obl")) {
            p.children(parent, "nsubj", "nsubj:pass")
                    .forEach(s -> args.add(new Argument(Frame.PARTICIPANT, p.subtree(s), null, null)));
        }
    }

    /** "The convoy was operated by a Jordanian charity": an aid delivery and who runs it. */
    Frame aid(String concept, Trigger t, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head();
        IndexedWord verb = p.parent(h);
        if (verb == null || !cues.is(CF.Operating, verb) || !p.relationToParent(h).startsWith("nsubj")) {
            return null;
        }
        List<Argument> args = new ArrayList<>();
        args.add(r.arg(Frame.SUBJECT, h));
        p.children(verb, "obl:agent").forEach(a -> cues.addActor(args, Frame.AGENT, a, p, r));
        return args.size() < 2 ? null : new Frame(concept, p.index, p.tokenSpan(t.first(), t.last()), args);
    }
}
