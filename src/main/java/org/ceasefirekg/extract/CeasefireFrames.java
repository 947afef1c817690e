package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.LOCATION_TYPES;
import static org.ceasefirekg.extract.Cues.first;
import static org.ceasefirekg.extract.Cues.isPlaceLike;
import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.Times.time;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Vocab;

/** Frames of the ceasefire itself: who signed or brokered it, where it was negotiated, when it starts or ends. */
final class CeasefireFrames {

    private final Cues cues;
    private final Places places;
    private final Attribution attribution;

    CeasefireFrames(Cues cues, Places places, Attribution attribution) {
        this.cues = cues;
        this.places = places;
        this.attribution = attribution;
    }

    /** "signed by Lavrov and Kerry", "brokered by Egypt and Qatar", "the Russia-US brokered truce". */
    Frame agreement(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head();
        if (cues.irrealis(h, p) || isVerb(h) && !cues.is(CF.AgreementVerb, h)) {
            return null; // "the strike dealt a fatal blow to the truce": the noun "deal" is the agreement, not the verb
        }
        List<Argument> args = new ArrayList<>();
        for (IndexedWord a : p.children(h, "obl:agent", "obl:by", "nsubj")) {
            List<IndexedWord> apposed = p.children(a, "appos"); // "the sides (A, B and C) signed": each of them
            (apposed.isEmpty() ? List.of(a) : apposed).forEach(x -> cues.addActor(args, Frame.AGENT, x, p, r));
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
        args.addAll(attribution.attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first(), t.last()), args);
    }

    /**
     * "A ceasefire was agreed on Tuesday", "the truce was signed in Kampala": an agreement told in a sentence that
     * names no one who made it (the sentences around it may: {@link TalksBefore}); its place and day, when no other
     * agreement frame of the sentence tells them.
     */
    Frame agreedUnnamed(List<Trigger> all, List<Frame> found, ParsedSentence p, Resolver r) {
        if (found.stream().anyMatch(f -> f.concept().equals(Vocab.SIGN))) {
            return null;
        }
        for (int i = 1; i <= p.tokens.size(); i++) {
            IndexedWord h = p.node(i);
            if (h == null || !isVerb(h) || !cues.is(CF.AgreementVerb, h) || cues.irrealis(h, p)
                    || !p.children(h, "nsubj", "obl:agent", "obl:by").isEmpty()) {
                continue;
            }
            IndexedWord deal = first(p.children(h, "nsubj:pass"));
            if (deal == null || !cues.isCeasefireWord(deal, all)) {
                continue;
            }
            List<Argument> args = new ArrayList<>(List.of(r.arg(Frame.SUBJECT, deal)));
            IndexedWord place = findBelow(h, p, w -> LOCATION_TYPES.contains(w.ner()) || isPlaceLike(w), 4);
            if (place != null) {
                args.add(r.arg(Frame.PLACE, place));
            }
            time(List.of(h), p, r, args, false);
            return new Frame(Vocab.SIGN, p.index, p.tokenSpan(i, i), args);
        }
        return null;
    }

    /**
     * "the UN-brokered truce", "AU-led talks": the name before the hyphen brokered the ceasefire or led its talks.
     * The tokenizer keeps some such words whole and splits others ("AU", "-", "led"); both are read.
     */
    List<Frame> hyphenBrokers(ParsedSentence p, List<Trigger> all, Resolver r) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 1; i <= p.tokens.size(); i++) {
            String word = p.token(i).word();
            int dash = word.lastIndexOf('-');
            IndexedWord w = p.node(i);
            boolean split = dash < 0 && i > 2 && "HYPH".equals(p.token(i - 1).tag());
            String suffix = split ? word : dash < 1 ? "" : word.substring(dash + 1);
            if (w == null || suffix.isEmpty() || !cues.mediatingSuffix(suffix.toLowerCase(Locale.ROOT))) {
                continue;
            }
            IndexedWord head = p.parent(w);
            if (head == null || !cues.isCeasefireWord(head, all) && all.stream().noneMatch(t -> t.covers(head.index())
                    && (t.concepts().contains(Vocab.NEGOTIATE) || t.concepts().contains(Vocab.SIGN)
                    || t.concepts().contains(CF.Talks)))) {
                continue;
            }
            List<Argument> args = new ArrayList<>();
            if (split) {
                IndexedWord name = p.node(i - 2);
                if (name == null || !p.token(i - 2).tag().startsWith("NN")) {
                    continue;
                }
                cues.addActor(args, Frame.AGENT, name, p, r);
            } else {
                int begin = p.token(i).beginPosition();
                args.add(new Argument(Frame.AGENT, new Span(begin, begin + dash, p.textBetween(begin, begin + dash)),
                        null, null));
            }
            args.addAll(attribution.attribution(head, p, r));
            frames.add(new Frame(Vocab.MEDIATE, p.index, p.tokenSpan(i, i), args));
        }
        return frames;
    }

    /**
     * "After talks in Geneva, the sides agreed to a truce": talks of any kind (not only peace talks) place a truce
     * agreed in their own sentence, or, told in a sentence of their own, one agreed in the next ({@link TalksBefore}).
     */
    Frame talks(Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        if (t.concepts().contains(Vocab.NEGOTIATE)) {
            return null; // read as a negotiation already
        }
        // a verb of agreeing or signing ("agreed", "signed"), not a noun ("discussed the agreement at a meeting")
        boolean agreed = all.stream().anyMatch(o -> o != t && isVerb(o.head()) && (o.concepts().contains(Vocab.SIGN)
                || o.concepts().contains(CF.Consent)));
        // "a conference on the truce in London" made no truce there: only talks the truce was agreed after
        boolean ceasefire = all.stream().anyMatch(o -> o.concepts().contains(Vocab.CEASEFIRE_EVENT));
        return ceasefire && !agreed ? null : negotiation(Vocab.NEGOTIATE, t, all, p, r);
    }

    /** "After long talks in Vienna, Smith and Petrov said a truce would start": where the truce was made. */
    Frame negotiation(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head();
        if (cues.irrealis(h, p)) {
            return null;
        }
        List<Argument> args = new ArrayList<>();
        if (all.stream().noneMatch(o -> o.concepts().contains(Vocab.CEASEFIRE_EVENT))) {
            args.add(new Argument(Frame.TALKS_ALONE, p.tokenSpan(t.first(), t.last()), null, null));
        }
        List<IndexedWord> words = new ArrayList<>(); // "a round of talks in Vienna": the place may hang on any word
        for (int i = t.first(); i <= t.last(); i++) {
            if (p.node(i) != null) {
                words.add(p.node(i));
            }
        }
        IndexedWord held = heldBy(h, p);
        if (held != null && args.stream().anyMatch(a -> a.role().equals(Frame.TALKS_ALONE))) {
            // "A and B held talks in Kampala", "envoys of A and B met in Kampala for talks": the verb the talks
            // hang on names the place and who took part (the parties, should the next sentences tell a truce)
            words.add(held);
            talkers(held, p).forEach(x -> args.add(new Argument(Frame.PARTICIPANT, p.conjunct(x), null, null)));
        }
        IndexedWord told = toldOf(h, p);
        if (told != null && args.stream().anyMatch(a -> a.role().equals(Frame.TALKS_ALONE))) {
            words.add(told); // "The talks were held in Luanda", "talks took place in Kunming": the verb has the place
        }
        places.place(words, p, r, args);
        if (args.stream().noneMatch(a -> a.role().equals(Frame.PLACE) || a.role().equals(Frame.PARTICIPANT))) {
            return null;
        }
        return new Frame(concept, p.index, p.tokenSpan(t.first(), t.last()), args);
    }

    /** The verb talks are held by ("held talks", "met for talks"), or null. */
    private static IndexedWord heldBy(IndexedWord talks, ParsedSentence p) {
        IndexedWord verb = p.parent(talks);
        String rel = p.relationToParent(talks);
        return verb != null && isVerb(verb) && (rel.equals("obj") || rel.equals("obl:for")) ? verb : null;
    }

    /** The verb talks are the subject of ("the talks were held", "talks took place"), or null. */
    private static IndexedWord toldOf(IndexedWord talks, ParsedSentence p) {
        IndexedWord verb = p.parent(talks);
        String rel = p.relationToParent(talks);
        return verb != null && isVerb(verb) && (rel.equals("nsubj") || rel.equals("nsubj:pass")) ? verb : null;
    }

    /**
     * Who held the talks: the verb's subjects and those it was held with, or, for a subject that is a position
     * noun with its body after it ("envoys of A and B"), those bodies.
     */
    private List<IndexedWord> talkers(IndexedWord verb, ParsedSentence p) {
        List<IndexedWord> out = new ArrayList<>();
        for (IndexedWord s : p.children(verb, "nsubj", "obl:with")) {
            List<IndexedWord> of = p.children(s, "nmod:of");
            boolean position = !"PERSON".equals(s.ner()) && ("TITLE".equals(s.ner()) || cues.triggers(Vocab.POSITION, s));
            out.addAll(position && !of.isEmpty() ? of : List.of(s));
        }
        // a person who held talks may have come as a go-between ("talks with envoy X"), and so may mediators: the
        // parties are the bodies and states that held them
        return out.stream().filter(x -> !Cues.isDate(x) && !"PERSON".equals(x.ner()) && !cues.triggers(Vocab.MEDIATE, x))
                .distinct().toList();
    }

    /** "came into force on March 3 at 18:00 GMT", "declared an end Monday to the ceasefire", "extend the truce". */
    Frame ceasefirePhase(String concept, Trigger t, List<Trigger> all, List<Trigger> before, ParsedSentence p,
                         Resolver r) {
        IndexedWord h = t.head();
        if (cues.irrealis(h, p)) {
            return null;
        }
        boolean aboutCeasefire = mentionsCeasefire(h, all, p, 3) || parentMentionsCeasefire(h, all, p)
                || itIsAConjoinedVerbsCeasefire(h, all, p)
                || concept.equals(Vocab.CEASEFIRE_START) && pronounForTheTruceBefore(h, all, before, p);
        if (!aboutCeasefire) {
            return null;
        }
        List<Argument> args = new ArrayList<>();
        List<IndexedWord> scope = new ArrayList<>(List.of(h));
        IndexedWord parent = p.parent(h);
        if (parent != null && isVerb(parent)) {
            scope.add(parent);
            if (!concept.equals(Vocab.CEASEFIRE_START)) {
                p.children(parent, "nsubj").stream().filter(s -> !cues.isCeasefireWord(s, all))
                        .forEach(s -> cues.addActor(args, Frame.AGENT, s, p, r));
            }
        }
        if (isVerb(h) && !concept.equals(Vocab.CEASEFIRE_START)) {
            p.children(h, "nsubj").stream().filter(s -> !cues.isCeasefireWord(s, all))
                    .forEach(s -> cues.addActor(args, Frame.AGENT, s, p, r));
        }
        time(scope, p, r, args, false);
        args.addAll(attribution.attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first(), t.last()), args);
    }

    private boolean mentionsCeasefire(IndexedWord h, List<Trigger> all, ParsedSentence p, int depth) {
        if (cues.isCeasefireWord(h, all)) {
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

    /** "proclaimed a truce in May, renewed it in June and terminated it on Friday": "it" is the first verb's truce. */
    private boolean itIsAConjoinedVerbsCeasefire(IndexedWord h, List<Trigger> all, ParsedSentence p) {
        boolean it = p.children(h, "obj").stream().anyMatch(o -> ParsedSentence.lemma(o).equals("it"));
        IndexedWord first = p.parent(h);
        return it && first != null && p.relationToParent(h).startsWith("conj")
                && p.children(first, "obj").stream().anyMatch(o -> mentionsCeasefire(o, all, p, 1));
    }

    /**
     * "Both sides signed a truce on Monday. It takes effect at dawn", "... This will come into force at noon": a
     * pronoun subject of a start stands for the truce the sentence before named, when this one names no other (an
     * end told so, "it expired", is left alone: who declared it over cannot be read off a pronoun).
     */
    private static boolean pronounForTheTruceBefore(IndexedWord h, List<Trigger> all, List<Trigger> before,
                                                    ParsedSentence p) {
        IndexedWord verb = isVerb(h) ? h : p.parent(h);
        boolean pronoun = verb != null && p.children(verb, "nsubj", "nsubj:pass").stream()
                .anyMatch(s -> Set.of("it", "this", "that").contains(ParsedSentence.lemma(s)));
        return pronoun && all.stream().noneMatch(CeasefireFrames::namesATruce)
                && before.stream().anyMatch(CeasefireFrames::namesATruce);
    }

    private static boolean namesATruce(Trigger t) {
        return t.concepts().contains(Vocab.CEASEFIRE_EVENT) || t.concepts().contains(Vocab.SIGN);
    }

    private boolean parentMentionsCeasefire(IndexedWord h, List<Trigger> all, ParsedSentence p) {
        IndexedWord parent = p.parent(h);
        return parent != null && cues.isCeasefireWord(parent, all);
    }

    /** "brokered by Qatar", "between Armenia and Azerbaijan": a state named as who acted is no place where. */
    private static final Set<String> WHO = Set.of("obl:agent", "obl:by", "nmod:agent", "nmod:by",
            "obl:between", "nmod:between", "obl:among", "nmod:among", "obl:with", "nmod:with");

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
                    if (!WHO.contains(p.relationToParentOf(c, w))) {
                        next.add(c);
                    }
                }
            }
            level = next;
        }
        return null;
    }
}
