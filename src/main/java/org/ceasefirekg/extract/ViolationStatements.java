package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.first;
import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;

/** Frames of a truce said to be violated: who violated it, as an accusation by whoever says so. */
final class ViolationStatements {
    /** Nouns of a claim whose owner says what its clause tells ("X's claims that Y broke the truce"). */
    private static final Set<String> CLAIM_NOUNS = Set.of("claim", "assertion", "allegation", "accusation", "charge");
    /** Verbs that say acts are a violation ("constitute a breach of the truce"). */
    private static final Set<String> AMOUNT_TO = Set.of("constitute", "represent");

    private final Lexicon lexicon;
    private final Cues cues;
    private final Attribution attribution;
    private final ActDoers doers;
    private final AccusedSides sides;

    ViolationStatements(Lexicon lexicon, Cues cues, Attribution attribution, ActDoers doers, AccusedSides sides) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.attribution = attribution;
        this.doers = doers;
        this.sides = sides;
    }

    /**
     * "armed groups repeatedly violated the truce", "the deal was breached by government forces": whoever says so
     * accuses the violator, as "X accused Y of violating the truce" would. The accused is the patient; the claimant
     * comes from the attribution (or is the article).
     */
    Frame statement(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head();
        if (!isVerb(h)) {
            return actsCalledViolation(concept, t, all, p, r);
        }
        if (cues.irrealis(h, p) || cues.intends(lemma(h))) {
            return null;
        }
        List<Argument> args = new ArrayList<>();
        List<IndexedWord> violators = p.children(h, "nsubj", "obl:agent", "obl:by");
        if (violators.isEmpty()) {
            violators = doerOfClause(h, p);
        }
        for (IndexedWord v : violators) {
            // "X shelled the posts. These attacks violate the truce, Y said.": the attacks' doer told before
            Optional<ActDoers.Doer> doer = AccusationFrames.named(v) || !cues.isAttackTrigger(v, all) ? Optional.empty()
                    : doers.of(v, all, p, r);
            if (doer.isPresent()) {
                sides.accused(args, doer.get().who(), List.of(), doer.get().in(), r.in(doer.get().in()));
            } else {
                sides.accused(args, v, all, p, r);
            }
        }
        // "X denied Y's accusations that it broke the truce": Y says so, whoever denies it
        IndexedWord claim = p.parent(h);
        if (claim != null && p.relationToParent(h).matches("ccomp|acl.*") && !isVerb(claim)
                && (cues.isAccusation(claim) || CLAIM_NOUNS.contains(lemma(claim)))) {
            p.children(claim, "nmod:poss").stream().filter(AccusationFrames::named).map(x -> r.speaker(Frame.AGENT, x))
                    .filter(a -> a != null).forEach(args::add);
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.AGENT)) && AccusedSides.deniedAbove(h, p, lexicon)) {
            return null; // "X denied claims that its troops broke the truce": no one here says they did
        }
        IndexedWord deal = first(p.children(h, "obj", "nsubj:pass"));
        if (deal != null && ParsedSentence.isPronoun(deal) && violators.stream().anyMatch(ParsedSentence::isPronoun)) {
            return null; // "it worked to undermine it": two pronouns, both read by guess, make no accusation
        }
        // "violated its commitments under the truce", the "under" parsed as the verb's
        boolean underAgreement = p.children(h, "obl:under").stream().anyMatch(u -> namesAnAgreement(u, all, p));
        if (args.isEmpty() || deal == null
                || !namesAnAgreement(deal, all, p) && !agreementReferredTo(deal, p, r) && !underAgreement) {
            return null; // "the army breached the siege": only a truce or an agreement is violated in this sense
        }
        Span violated = p.subtree(deal);
        int begin = Math.min(violated.begin(), p.tokenSpan(t.first(), t.last()).begin());
        int end = Math.max(violated.end(), p.tokenSpan(t.first(), t.last()).end());
        args.add(new Argument(Frame.ALLEGATION, new Span(begin, end, p.textBetween(begin, end)), null, null));
        args.addAll(attribution.attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first(), t.last()), args);
    }

    /**
     * "Rebels shelled the town overnight, violating the truce, the mission said": a participle with no subject of its
     * own, hung beside a clause (dep, advcl, xcomp; not "accused X of violating"), tells what that clause's subject
     * did; never a verb of saying, accusing or denying, whose subject only tells of it.
     */
    private List<IndexedWord> doerOfClause(IndexedWord h, ParsedSentence p) {
        IndexedWord up = p.parent(h);
        String rel = p.relationToParent(h);
        if (up == null || !"VBG".equals(h.tag()) || !Set.of("dep", "advcl", "xcomp").contains(rel) || !isVerb(up)
                || cues.isSpeech(up, p) || cues.isAccusation(up) || lexicon.conceptsOf(lemma(up)).contains(Vocab.DENY)
                || !p.children(h, "mark").isEmpty()) {
            return List.of();
        }
        return p.children(up, "nsubj", "obl:agent");
    }

    /**
     * "X shelled the posts. These attacks are a violation of the truce, Y said.", "Such raids constitute a breach of
     * the ceasefire": a noun of violating a truce said of acts accuses their doer (told with them, or before).
     */
    private Frame actsCalledViolation(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head();
        IndexedWord holder = h;
        if (p.children(h, "cop").isEmpty()) {
            IndexedWord up = p.parent(h);
            if (up == null || !isVerb(up) || !p.relationToParent(h).equals("obj") || !AMOUNT_TO.contains(lemma(up))) {
                return null;
            }
            holder = up;
        }
        IndexedWord deal = first(p.children(h, "nmod:of"));
        if (deal == null || !namesAnAgreement(deal, all, p) || cues.irrealis(holder, p) || cues.irrealis(h, p)) {
            return null;
        }
        List<Argument> args = new ArrayList<>();
        for (IndexedWord acts : p.children(holder, "nsubj")) {
            if (!cues.isAttackTrigger(acts, all)) {
                continue;
            }
            Optional<ActDoers.Doer> doer = doers.of(acts, all, p, r);
            if (doer.isPresent()) {
                sides.accused(args, doer.get().who(), List.of(), doer.get().in(), r.in(doer.get().in()));
            } else {
                p.children(acts, "nmod:poss", "nmod:by", "nmod:agent").forEach(x -> sides.accused(args, x, all, p, r));
            }
        }
        if (args.isEmpty()) {
            return null;
        }
        Span told = p.tokenSpan(t.first(), t.last());
        int end = Math.max(told.end(), p.subtree(deal).end());
        args.add(new Argument(Frame.ALLEGATION, new Span(told.begin(), end, p.textBetween(told.begin(), end)), null, null));
        args.addAll(attribution.attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first(), t.last()), args);
    }

    /**
     * "A truce took effect on Sunday. X said the rebels violated it within hours.": "it" stands for a truce or an
     * agreement named earlier in the sentence or in the sentence before (coreference links "it" to a country as often
     * as to the truce, so it is not asked).
     */
    private boolean agreementReferredTo(IndexedWord pronoun, ParsedSentence p, Resolver r) {
        if (!"it".equalsIgnoreCase(pronoun.word())) {
            return false;
        }
        boolean here = java.util.stream.IntStream.range(1, pronoun.index()).anyMatch(i -> agreementAt(p, i));
        ParsedSentence before = p.index == 0 ? null : r.article().get(p.index - 1);
        return here || before != null
                && java.util.stream.IntStream.rangeClosed(1, before.tokens.size()).anyMatch(i -> agreementAt(before, i));
    }

    private boolean agreementAt(ParsedSentence s, int i) {
        String word = s.token(i).lemma() == null ? s.token(i).word() : s.token(i).lemma();
        boolean hyphened = i > 2 && s.token(i - 1).word().equals("-"); // "cease - fire" is "cease-fire"
        return agreementWord(word.toLowerCase(Locale.ROOT))
                || hyphened && agreementWord((s.token(i - 2).word() + "-" + word).toLowerCase(Locale.ROOT));
    }

    private boolean agreementWord(String lemma) {
        Set<String> concepts = lexicon.conceptsOf(lemma);
        return concepts.contains(Vocab.CEASEFIRE_EVENT) || concepts.contains(Vocab.SIGN);
    }

    /** The phrase names a ceasefire or an agreement: "the truce", "the terms of the agreement". */
    private boolean namesAnAgreement(IndexedWord phrase, List<Trigger> all, ParsedSentence p) {
        Set<IndexedWord> words = new HashSet<>(p.graph.descendants(phrase));
        words.add(phrase);
        return words.stream().anyMatch(w -> all.stream().anyMatch(t -> t.covers(w.index())
                && (t.concepts().contains(Vocab.CEASEFIRE_EVENT) || t.concepts().contains(Vocab.SIGN))));
    }
}
