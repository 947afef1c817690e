package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.first;
import static org.ceasefirekg.extract.Cues.isDate;
import static org.ceasefirekg.extract.Cues.triggerSpan;
import static org.ceasefirekg.extract.ParsedSentence.isNumber;
import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.ParsedSentence.lemma;
import static org.ceasefirekg.extract.Times.afterOrBefore;
import static org.ceasefirekg.extract.Times.daysApart;
import static org.ceasefirekg.extract.Times.fullDate;
import static org.ceasefirekg.extract.Times.time;
import static org.ceasefirekg.extract.Times.withConjuncts;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;

/** Frames of counts: people killed or wounded, and violations of a truce counted. */
final class CasualtyFrames {
    private final Cues cues;
    private final Places places;
    private final Attribution attribution;

    CasualtyFrames(Cues cues, Places places, Attribution attribution) {
        this.cues = cues;
        this.places = places;
        this.attribution = attribution;
    }

    Frame casualty(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head();
        if (cues.irrealis(h, p)
                || !p.children(h, "det").stream().filter(d -> lemma(d).equals("no")).toList().isEmpty()) {
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
                boolean subject = p.relationToParentOf(c, h).matches("nsubj(:xsubj)?"); // "were reported to have killed"
                if (cues.isIncidentTrigger(c, all)) {
                    args.add(new Argument(Frame.EVENT, triggerSpan(c, all, p), null, null));
                } else if (subject && isDate(c)) {
                    args.add(r.arg(Frame.TIME, c)); // "on Wednesday killing 15" misparsed: a day kills no one
                } else if (subject && transitive) {
                    cues.addActor(args, Frame.AGENT, c, p, r); // "ISIS killed 50 people": the subject did the killing
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
                numberAfter(h, p).ifPresent(counted::add); // "and wounded at least 37 others" lost by the parse
            }
        } else {
            counted.add(h);
            // "left six civilians dead", "leaving ten soldiers wounded": an adjective told of the counted people,
            // as a predicate of its own (its subject) or parsed as their modifier
            counted.addAll(p.children(h, "nsubj"));
            p.children(h, "dep").stream().filter(d -> d.index() < h.index() && d.tag().startsWith("NN")).forEach(counted::add);
            if (p.relationToParent(h).equals("amod") && String.valueOf(h.tag()).startsWith("JJ")) {
                counted.add(p.parent(h));
            }
            p.children(h, "nmod:of").stream().filter(ParsedSentence::isNumber).forEach(counted::add);
            tollReached(h, p).ifPresent(counted::add);
        }
        amongThem(h, p).ifPresent(counted::add);
        for (IndexedWord c : counted) {
            count(c, h, p, args);
        }
        boolean passive = !p.children(h, "aux:pass").isEmpty();
        if (args.stream().noneMatch(a -> a.role().equals(Frame.COUNT)) && isVerb(h)) {
            // "Close to 8000 guards have been killed", "Around twenty civilians ... were killed", "the blast killed
            // between 20 and 30 people": the counted people misread as a prepositional phrase
            p.children(h, "obl").stream().filter(o -> (passive || p.relationToParentOf(o, h).equals("obl:between"))
                    && !isDate(o) && p.children(o, "nummod").stream()
                    .anyMatch(ParsedSentence::isNumber)).findFirst().ifPresent(o -> count(o, h, p, args));
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.COUNT)) && isVerb(h)) {
            numberBefore(h, p).ifPresent(n -> count(n, h, p, args)); // "... and more than 14 were injured"
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
        places.place(scope, p, r, args);
        // "were killed and scores hurt Friday": a date closing conjoined verbs dates both
        time(isVerb(h) ? withConjuncts(h, p) : scope, p, r, args, onlyOneDay(p) && !afterOrBefore(h, p));
        if (args.stream().noneMatch(a -> a.role().equals(Frame.TIME))) {
            daysApart(h, p, args);
        }
        args.addAll(attribution.attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first(), t.last()), args);
    }

    /**
     * "Thirty civilians including eight women were killed": the victims named after "including" with their own number
     * are a count of their own, told by the same source of the same event.
     */
    List<Frame> includedCounts(Frame f, ParsedSentence p) {
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

    /**
     * "The death toll rose to 27", "the toll reached 40", "the toll stood at 12": a toll told as the subject of a verb
     * that brings it to a number (not "rose by 5", a rise) is counted by that number.
     */
    private static Optional<IndexedWord> tollReached(IndexedWord noun, ParsedSentence p) {
        IndexedWord verb = p.parent(noun);
        if (!lemma(noun).equals("toll") || verb == null || !isVerb(verb)
                || !p.relationToParent(noun).equals("nsubj")) {
            return Optional.empty();
        }
        for (IndexedWord x : p.children(verb, "obl:to", "obl:at", "obj")) {
            // "climbed to 33 overnight" parsed with the number on "overnight"
            IndexedWord n = isNumber(x) ? x : Set.of("TIME", "DATE").contains(x.ner())
                    ? first(p.children(x, "nummod").stream().filter(ParsedSentence::isNumber).toList()) : null;
            if (n != null) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /**
     * "Among the dead were four children", "among those killed were two nurses": the people counted are the subject
     * the casualty word is told among, with their own number.
     */
    private static Optional<IndexedWord> amongThem(IndexedWord h, ParsedSentence p) {
        IndexedWord among = p.relationToParent(h).startsWith("amod") || p.relationToParent(h).startsWith("acl")
                ? p.parent(h) : h;
        IndexedWord counted = among == null ? null : p.parent(among);
        // the parse may make "those" the subject, its "among" kept as a case marker
        if (counted == null || p.children(among, "case").stream().noneMatch(c -> lemma(c).equals("among"))
                || p.children(counted, "cop").isEmpty() || p.children(counted, "nummod").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(counted);
    }

    /** The number written right before a passive casualty verb the parse gave no subject: "25 were injured". */
    private static Optional<IndexedWord> numberBefore(IndexedWord verb, ParsedSentence p) {
        IndexedWord aux = first(p.children(verb, "aux:pass"));
        if (aux == null || aux.index() != verb.index() - 1 || aux.index() < 2) {
            return Optional.empty();
        }
        int i = aux.index() - 1;
        boolean number = "CD".equals(p.token(i).tag()) && "NUMBER".equals(p.token(i).ner());
        boolean countedNoun = String.valueOf(p.token(i).tag()).startsWith("NNS") && i > 1
                && "CD".equals(p.token(i - 1).tag()) && "NUMBER".equals(p.token(i - 1).ner());
        return number || countedNoun ? Optional.ofNullable(p.node(i)) : Optional.empty();
    }

    /** The counted noun a few words after an active casualty verb: "wounded at least 90 people". */
    private static Optional<IndexedWord> numberAfter(IndexedWord verb, ParsedSentence p) {
        for (int i = verb.index() + 1; i <= Math.min(p.tokens.size() - 1, verb.index() + 4); i++) {
            CoreLabel t = p.token(i);
            if ("CD".equals(t.tag()) && "NUMBER".equals(t.ner())) {
                IndexedWord noun = p.node(i + 1);
                return noun != null && noun.tag() != null && noun.tag().startsWith("NN")
                        && p.children(noun, "nummod").stream().anyMatch(n -> n.index() == t.index())
                        ? Optional.of(noun) : Optional.empty();
            }
            if (!Set.of("RB", "RBS", "RBR", "IN", "JJR", "JJS", "DT").contains(String.valueOf(t.tag()))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Links a casualty to the incident that caused it: its subject, "in air strikes", "as a result of the raid". */
    private void linkEvent(IndexedWord h, List<Trigger> all, ParsedSentence p, List<Argument> args) {
        if (args.stream().anyMatch(a -> a.role().equals(Frame.EVENT))) {
            return;
        }
        IndexedWord parent = p.parent(h);
        String rel = p.relationToParent(h);
        boolean attached = rel.startsWith("acl") || rel.startsWith("advcl") || rel.startsWith("conj")
                || rel.startsWith("xcomp");
        if (parent != null && attached && cues.isIncidentTrigger(parent, all)) {
            args.add(new Argument(Frame.EVENT, triggerSpan(parent, all, p), null, null));
            return;
        }
        // "the death toll from Sunday's air raid": a toll's incident hangs on the noun
        Deque<IndexedWord> queue = new ArrayDeque<>(isVerb(h) ? p.children(h, "obl")
                : p.children(h, "obl", "nmod:from", "nmod:in", "nmod:of"));
        int guard = 0;
        while (!queue.isEmpty() && guard++ < 10) {
            IndexedWord o = queue.poll();
            if (cues.isIncidentTrigger(o, all)) {
                args.add(new Argument(Frame.EVENT, triggerSpan(o, all, p), null, null));
                return;
            }
            queue.addAll(p.children(o, "nmod:of", "nmod"));
        }
    }

    /** A sentence that names one day only: a casualty in it happened then, wherever the parse hung the day. */
    private boolean onlyOneDay(ParsedSentence p) {
        Set<String> days = new HashSet<>();
        for (int i = 1; i <= p.tokens.size(); i++) {
            IndexedWord w = p.node(i);
            if (w != null && isDate(w) && p.normalized(w) != null && !cues.isSpeech(p.parent(w), p)) { // not "said Tuesday"
                days.add(p.normalized(w));
            }
        }
        return days.size() == 1 && fullDate(days.iterator().next());
    }

    Frame violation(String concept, Trigger t, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head();
        List<Argument> args = new ArrayList<>();
        if (isVerb(h)) {
            p.children(h, "nsubj").forEach(a -> cues.addActor(args, Frame.AGENT, a, p, r));
            for (IndexedWord o : p.children(h, "obl:tmod", "obl", "obl:npmod")) {
                if (lemma(o).equals("time")) {
                    count(o, h, p, args);
                }
            }
            for (int i = h.index() + 2; i <= p.tokens.size() && args.stream().noneMatch(a -> a.role().equals(Frame.COUNT)); i++) {
                // "violated the pact no fewer than 87 times": the parse may lose "times" under the qualifier
                IndexedWord w = p.node(i);
                if (w != null && lemma(w).equals("time") && "CD".equals(p.token(i - 1).tag())) {
                    count(w, h, p, args);
                }
            }
            args.removeIf(a -> a.role().equals(Frame.VICTIMS));
            accusedOfIt(h, p, r, args);
        } else {
            IndexedWord number = first(p.children(h, "nummod"));
            if (number != null) {
                count(h, null, p, args);
                args.removeIf(a -> a.role().equals(Frame.VICTIMS));
            } else {
                countOfNumber(h, p, args);
            }
            p.children(h, "nmod:by", "nmod:from", "nmod:poss").forEach(a -> cues.addActor(args, Frame.AGENT, a, p, r));
            IndexedWord holder = p.relationToParent(h).startsWith("nmod:of") ? p.parent(h) : h;
            for (IndexedWord part : p.children(holder, "nmod:on")) {
                p.children(part, "nmod:poss").forEach(a -> cues.addActor(args, Frame.AGENT, a, p, r));
            }
            accusedOfIt(h, p, r, args);
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.COUNT))) {
            return null;
        }
        time(List.of(h), p, r, args, false);
        args.addAll(attribution.attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first(), t.last()), args);
    }

    /**
     * "The army accused the militia of violating the truce 40 times": violations alleged by an accusation are the
     * accused's, and the accuser claims them; a subject or "by X" of the violation's own comes first.
     */
    private void accusedOfIt(IndexedWord h, ParsedSentence p, Resolver r, List<Argument> args) {
        if (args.stream().anyMatch(a -> a.role().equals(Frame.AGENT))) {
            return;
        }
        AccusationFrames.accusationOf(h, p, cues).ifPresent(found -> {
            cues.addActor(args, Frame.AGENT, found[1], p, r);
            p.children(found[1], "conj").forEach(x -> cues.addActor(args, Frame.AGENT, x, p, r));
            IndexedWord accuser = Attribution.nearestSubject(found[0], p);
            Argument claimant = accuser == null ? null : r.speaker(Frame.SOURCE, accuser);
            if (claimant != null) {
                args.add(claimant);
            }
        });
    }

    /** Reads a count and its victims from the word c that holds the number (see {@link Counts#count}). */
    private void count(IndexedWord c, IndexedWord trigger, ParsedSentence p, List<Argument> args) {
        Counts.count(c, trigger, p, args, cues);
    }

    /** "The number of violations has exceeded 300": the count is the object of the verb the number heads. */
    private void countOfNumber(IndexedWord h, ParsedSentence p, List<Argument> args) {
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
                if (cues.is(CF.Exceeding, verb)) {
                    args.add(new Argument(Frame.QUALIFIER, p.tokenSpan(verb.index(), verb.index()), null, "more than"));
                }
                return;
            }
        }
    }
}
