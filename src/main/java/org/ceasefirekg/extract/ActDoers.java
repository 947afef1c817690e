package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;

/**
 * Who did an act that a sentence refers back to with "the attack" or "this act": the doer told in a sentence around
 * it, when the sentence that accuses ("Y condemned the attack") names none.
 */
final class ActDoers {
    /** Who did an act, and the sentence that names them. */
    record Doer(IndexedWord who, ParsedSentence in) {}

    private final Lexicon lexicon;
    private final Cues cues;

    ActDoers(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    /**
     * "X shelled the port. Y condemned the attack.": a definite attack noun with no doer of its own is the attack one
     * of the two sentences before told (the nearest that has exactly one verb of attack with a named subject), or,
     * failing that, the one the next sentence goes on to tell whose doer ("This act, carried out by X, ...").
     */
    Optional<Doer> of(IndexedWord act, List<Trigger> all, ParsedSentence p, Resolver r) {
        // "condemned the bombing, which was claimed by X": the doer the act's own clause names
        List<IndexedWord> own = !cues.isAttackTrigger(act, all) ? List.of() : p.children(act, "acl", "acl:relcl")
                .stream().filter(v -> lexicon.isCue(CF.DoingVerb, lemma(v)))
                .flatMap(v -> p.children(v, "obl:agent", "obl:by").stream()).filter(x -> namedSide(x, p)).toList();
        if (own.size() == 1) {
            return Optional.of(new Doer(own.get(0), p));
        }
        boolean definite = p.children(act, "det").stream()
                .anyMatch(d -> Set.of("the", "this", "that").contains(lemma(d)));
        if (!definite || !cues.isAttackTrigger(act, all)
                || !p.children(act, "nmod:by", "nmod:agent", "nmod:poss", "acl").isEmpty()) {
            return Optional.empty();
        }
        List<Doer> told = nearestAttackers(p, r);
        if (!told.isEmpty()) {
            return told.size() == 1 ? Optional.of(told.get(0)) : Optional.empty();
        }
        return p.index + 1 < r.article().size() ? doerAfter(r.article().get(p.index + 1), lexicon) : Optional.empty();
    }

    /**
     * The doer of the attack one of the two sentences before told: the nearest sentence with a verb of attack whose
     * subject is a named side, when it has exactly one such subject (two sides attacking leave the act unknown).
     */
    Optional<Doer> toldBefore(ParsedSentence p, Resolver r) {
        List<Doer> told = nearestAttackers(p, r);
        return told.size() == 1 ? Optional.of(told.get(0)) : Optional.empty();
    }

    /** The named subjects of verbs of attack in the nearest of the two sentences before that has any. */
    private List<Doer> nearestAttackers(ParsedSentence p, Resolver r) {
        for (int back = p.index - 1; back >= 0 && back >= p.index - 2; back--) {
            ParsedSentence before = r.article().get(back);
            List<IndexedWord> doers = attackers(before);
            if (!doers.isEmpty()) {
                return doers.stream().map(d -> new Doer(d, before)).toList();
            }
        }
        return List.of();
    }

    private List<IndexedWord> attackers(ParsedSentence before) {
        List<IndexedWord> doers = new ArrayList<>();
        for (int i = 1; i <= before.tokens.size(); i++) {
            IndexedWord v = before.node(i);
            if (v != null && isVerb(v) && lexicon.conceptsOf(lemma(v)).stream().anyMatch(this::isAttack)) {
                before.children(v, "nsubj").stream().filter(x -> namedSide(x, before)).forEach(doers::add);
            }
        }
        return doers;
    }

    /**
     * "Gunmen's attack on the camp at Tessit killed four. It was carried out by X.": an act told with no doer takes
     * the one the next sentence names for an act it refers back to ({@link #doerAfter}), unless that sentence tells
     * another act with a doer of its own or opens a speaker's turn. A doer already told is never replaced.
     */
    static List<Frame> filled(List<Frame> frames, List<ParsedSentence> parsed, List<Sentence> sentences,
                              Lexicon lexicon, java.util.function.Function<ParsedSentence, Resolver> resolver) {
        List<Frame> out = new ArrayList<>(frames.size());
        for (Frame told : frames) {
            Frame f = told;
            int next = f.sentence() + 1;
            boolean open = incident(f, lexicon) && f.first(Frame.AGENT).isEmpty() && next < parsed.size()
                    && parsed.get(next).graph != null && !TranscriptTurns.opensTurn(sentences.get(next).span().text())
                    && frames.stream().noneMatch(o -> o.sentence() == next && incident(o, lexicon)
                            && o.first(Frame.AGENT).isPresent());
            // the last act told in its sentence is the one the next sentence goes on about
            boolean last = frames.stream().noneMatch(o -> o.sentence() == f.sentence() && incident(o, lexicon)
                    && o.trigger().begin() > f.trigger().begin());
            Optional<Doer> doer = open && last ? doerAfter(parsed.get(next), lexicon) : Optional.empty();
            if (doer.isPresent()) {
                List<Argument> args = new ArrayList<>(f.args());
                args.add(resolver.apply(doer.get().in()).arg(Frame.AGENT, doer.get().who()));
                out.add(new Frame(f.concept(), f.sentence(), f.trigger(), args));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean incident(Frame f, Lexicon lexicon) {
        String k = lexicon.eventClasses().get(f.concept());
        return k != null && !k.equals(org.ceasefirekg.lexicon.CF.Ceasefire)
                && !k.equals(org.ceasefirekg.lexicon.CF.AidDelivery);
    }

    /** The attack an object "it" stands for: the last one told before it in its sentence, or null. */
    IndexedWord actMeant(IndexedWord object, List<Trigger> all, ParsedSentence p) {
        if (!lemma(object).equals("it") || !ParsedSentence.isPronoun(object)) {
            return null;
        }
        IndexedWord act = null;
        for (int i = 1; i < object.index(); i++) {
            IndexedWord w = p.node(i);
            if (w != null && cues.isAttackTrigger(w, all)) {
                act = w;
            }
        }
        return act;
    }

    /**
     * The doer a sentence names for an act it refers back to: "This act, carried out by X, ...", "It was committed
     * by X", "X carried out the attack": a verb of doing whose object (or the noun it hangs from) is "it" or a
     * noun told with "this", "that" or "the", and whose doer is named. Exactly one, or none.
     */
    private static Optional<Doer> doerAfter(ParsedSentence next, Lexicon lexicon) {
        List<IndexedWord> doers = new ArrayList<>();
        for (int i = 1; i <= next.tokens.size(); i++) {
            IndexedWord v = next.node(i);
            if (v == null || !isVerb(v) || !lexicon.isCue(CF.DoingVerb, lemma(v))) {
                continue;
            }
            List<IndexedWord> by = next.children(v, "obl:agent", "obl:by");
            // "This act, carried out by X, killed ...", parsed as the act doing the carrying: still done by X
            List<IndexedWord> acts = new ArrayList<>(next.children(v, by.isEmpty() ? "nsubj:pass" : "nsubj", "obj"));
            acts.addAll(next.children(v, "nsubj:pass"));
            if (next.relationToParent(v).startsWith("acl") && next.parent(v) != null) {
                acts.add(next.parent(v));
            }
            if (acts.stream().noneMatch(a -> refersBack(a, next))) {
                continue;
            }
            if (by.isEmpty() && !next.children(v, "obj").isEmpty()) {
                by = next.children(v, "nsubj");
            }
            by.stream().filter(x -> namedSide(x, next)).forEach(doers::add);
        }
        return doers.size() == 1 ? Optional.of(new Doer(doers.get(0), next)) : Optional.empty();
    }

    /** "it", or a noun told with a demonstrative or "the": an act told before. */
    private static boolean refersBack(IndexedWord w, ParsedSentence p) {
        return Set.of("it", "this", "that").contains(lemma(w))
                || p.children(w, "det").stream().anyMatch(d -> Set.of("the", "this", "that").contains(lemma(d)));
    }

    /** A named side, or a noun of one ("the armed group Ansar", "fighters of the Front"). */
    private static boolean namedSide(IndexedWord s, ParsedSentence p) {
        return AccusationFrames.named(s)
                || p.children(s, "compound", "nmod:of", "appos", "dep").stream().anyMatch(AccusationFrames::named);
    }

    private boolean isAttack(String concept) {
        String eventClass = lexicon.eventClasses().get(concept);
        return eventClass != null && !eventClass.equals(org.ceasefirekg.lexicon.CF.AidDelivery)
                && !concept.equals(Vocab.CEASEFIRE_EVENT);
    }
}
