package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.ParsedSentence.isVerb;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;

/**
 * Tells a verb or noun of taking (cameo:192) used of ground from the same word used of other things: "rebels seized
 * the town" from "police seized drugs", "seized power", "took over the company". Ground is a cf:Ground noun, a named
 * place, or a cf:PartNoun of either ("half of the town", "control of the airport"); the word lists are the lexicon's.
 */
final class CaptureSenses {
    /** Entity types of a named place that can be taken. */
    private static final Set<String> PLACE_NAMES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY",
            "FACILITY");
    /** Entity types of a doer that is a side ("the Front seized X", "Russia took X"), as for attacks. */
    private static final Set<String> SIDE_NAMES = AttackSenses.SIDE_NAMES;

    private final Cues cues;

    CaptureSenses(Cues cues) {
        this.cues = cues;
    }

    /**
     * True when the taking trigger takes no ground here ("seized weapons", "took over the company"), no side does, or
     * it only dates what the sentence tells ("since the rebels seized the town").
     */
    boolean noGround(Trigger t, ParsedSentence p) {
        IndexedWord h = t.head();
        if (h == null) {
            return true;
        }
        if (Set.of("advcl:before", "advcl:since", "advcl:until").contains(p.relationToParent(h))) {
            return true; // "the city saw fighting last year, before the army took control of it": a time told by it
        }
        // bare "take" is too common a verb: it takes ground only when the ground is named, with no particle
        boolean bare = t.first() == t.last() && "take".equals(ParsedSentence.lemma(h));
        if (bare && (!isVerb(h) || !p.children(h, "compound:prt").isEmpty())) {
            return true;
        }
        List<IndexedWord> taken = new ArrayList<>();
        IndexedWord doer;
        taken.addAll(takenWords(h, p)); // "seized the town", "was seized", "advanced into", "the capture of X"
        if (isVerb(h)) {
            doer = first(p.children(h, "nsubj"), p.children(h, "obl:agent"));
            if (doer == null && p.relationToParent(h).startsWith("acl")) {
                doer = p.parent(h); // "fighters seizing the town", "rebels who seized": the noun the clause runs on
            }
        } else {
            doer = first(p.children(h, "nmod:poss"), p.children(h, "nmod:by", "nmod:agent"));
        }
        if (taken.isEmpty()) {
            return !side(doer, p); // "the rebels advanced overnight"
        }
        if (doer != null && cue(CF.CivilTaker, doer)) {
            return true; // "police seized the port" is a raid, "the party took the capital" a vote
        }
        IndexedWord by = doer;
        return taken.stream().noneMatch(u -> bare ? named(u, by, p, 0) : ground(u, by, p, 0));
    }

    /** The frame a grammar rule already made of this trigger ("seized the town of X"), else null. */
    Frame ruleFrame(Trigger t, List<Frame> frames, ParsedSentence p) {
        int begin = p.token(t.first()).beginPosition();
        int end = p.token(t.last()).endPosition();
        return frames.stream().filter(f -> f.concept().equals(t.concepts().stream().filter(c -> c.endsWith("/192"))
                .findFirst().orElse("")) && f.sentence() == p.index && f.trigger() != null
                && f.trigger().begin() < end && f.trigger().end() > begin).findFirst().orElse(null);
    }

    /**
     * The frame with the ground taken as its place and the side that lost it ("from the rebels") as its target: "took
     * the town of X" gives place X, not a target "the town"; a held site ("the airport", "the outpost") stays target.
     */
    Frame shaped(Frame f, Trigger t, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head();
        List<Argument> args = new ArrayList<>(f.args());
        if (!isVerb(h)) {
            // "the seizure of the dam cut power to the capital": what the taking did is no target of it
            args.removeIf(a -> a.role().equals(Frame.PATIENT));
        }
        for (IndexedWord w : takenWords(h, p)) {
            Argument a = args.stream().filter(x -> x.role().equals(Frame.PATIENT) && covers(x, w, p)).findFirst()
                    .orElse(null);
            IndexedWord name = placeName(w, p, 0);
            if (a != null && (name == w || cues.triggers(CF.PlaceNoun, w) || cue(CF.PartNoun, w))) {
                args.remove(a); // "seized the town", "took half of X": the ground is where, not whom
            }
            if (name != null && args.stream().noneMatch(x -> x.role().equals(Frame.PLACE))) {
                args.add(r.arg(Frame.PLACE, name));
            }
        }
        losers(h, p, r, args); // the parse may hang the loser on the ground taken, or on the verb
        return new Frame(f.concept(), f.sentence(), f.trigger(), args);
    }

    /** A rule's frame of a taking, with the day the trigger's own frame found and the side that lost the ground. */
    Frame merged(Frame rule, Frame own, Trigger t, ParsedSentence p, Resolver r) {
        List<Argument> args = new ArrayList<>(rule.args());
        if (rule.first(Frame.TIME).isEmpty()) {
            // "seized the capital more than four years ago": a span of years or months names no day
            own.first(Frame.TIME).filter(a -> !a.span().text().matches("(?i).*\\b(years?|months?|decades?)\\b.*"))
                    .ifPresent(args::add);
            if (own.first(Frame.TIME).isEmpty()) {
                own.first(Frame.DAYS_APART).ifPresent(args::add); // "two days after the raid, militia took X"
            }
        }
        if (rule.first(Frame.PATIENT).isEmpty()) {
            losers(t.head(), p, r, args);
        }
        return new Frame(rule.concept(), rule.sentence(), rule.trigger(), args);
    }

    /**
     * "retook the village from the rebels", "seized X, a stronghold of the army", "took X as the army's units
     * retreated from X": the side that lost the ground (or held it, by an apposition naming it) is the target.
     */
    private void losers(IndexedWord h, ParsedSentence p, Resolver r, List<Argument> args) {
        List<IndexedWord> taken = takenWords(h, p);
        for (IndexedWord w : taken) {
            p.children(w, "nmod:from").forEach(x -> cues.addActor(args, Frame.PATIENT, x, p, r));
            List<IndexedWord> named = new ArrayList<>(List.of(w));
            named.addAll(p.children(w, "nmod:of"));
            named.stream().flatMap(n -> p.children(n, "appos").stream()).filter(a -> cue(CF.Ground, a))
                    .flatMap(a -> p.children(a, "nmod:of", "nmod:poss").stream()).filter(x -> holder(x, p))
                    .forEach(x -> cues.addActor(args, Frame.PATIENT, x, p, r));
        }
        p.children(h, isVerb(h) ? "obl:from" : "nmod:from").stream().filter(w -> !Cues.isDate(w))
                .forEach(w -> cues.addActor(args, Frame.PATIENT, w, p, r));
        for (IndexedWord v : isVerb(h) ? p.children(h, "advcl:as", "advcl:while", "advcl:after", "conj:and")
                : List.<IndexedWord>of()) {
            // the retreat must be from the ground taken: "as the army retreated from X" after "took X"
            boolean fromTaken = p.children(v, "obl:from").stream().anyMatch(x -> taken.stream()
                    .anyMatch(u -> u.word().equalsIgnoreCase(x.word()) || p.children(u, "nmod:of").stream()
                            .anyMatch(n -> n.word().equalsIgnoreCase(x.word()))));
            if (isVerb(v) && cues.departs(v) && fromTaken) {
                p.children(v, "nsubj").stream().map(s -> "O".equals(s.ner()) && p.children(s, "nmod:poss").size() == 1
                        ? p.children(s, "nmod:poss").get(0) : s).filter(s -> holder(s, p))
                        .forEach(s -> cues.addActor(args, Frame.PATIENT, s, p, r));
            }
        }
    }

    /** A side that can hold ground: a named body, an armed or forces noun ("the army's"), not a place or a day. */
    private boolean holder(IndexedWord w, ParsedSentence p) {
        return !Cues.isDate(w) && !PLACE_NAMES.contains(String.valueOf(w.ner())) && !gazetteerPlace(w, p)
                && (armed(w, p) && !cue(CF.Ground, w) || cues.isLoose(CF.ForcesNoun, w) || cue(CF.SideNoun, w));
    }

    private static boolean covers(Argument a, IndexedWord w, ParsedSentence p) {
        int at = p.token(w.index()).beginPosition();
        return a.span() != null && a.span().begin() <= at && at < a.span().end();
    }

    /** What a taking verb or noun takes, before any "half of" or "control of". */
    private static List<IndexedWord> takenWords(IndexedWord h, ParsedSentence p) {
        List<IndexedWord> taken = new ArrayList<>(isVerb(h)
                ? p.children(h, "obj", "nsubj:pass", "obl:into", "obl:on", "obl:over", "obl:of")
                : p.children(h, "nmod:of"));
        for (IndexedWord u : List.copyOf(taken)) {
            taken.addAll(p.children(u, "conj:and", "conj:or"));
        }
        return taken;
    }

    /** The name of the ground: the word itself, or the name after "the town of", "half of", "control of". */
    private IndexedWord placeName(IndexedWord w, ParsedSentence p, int depth) {
        if (PLACE_NAMES.contains(String.valueOf(w.ner())) || gazetteerPlace(w, p) || String.valueOf(w.tag())
                .startsWith("NNP") && !"PERSON".equals(w.ner()) && !"ORGANIZATION".equals(w.ner()) && !Cues.isDate(w)) {
            return w;
        }
        if (depth >= 2 || !cue(CF.Ground, w) && !cue(CF.PartNoun, w)) {
            return null;
        }
        for (IndexedWord o : p.children(w, "nmod:of", "appos")) {
            IndexedWord name = placeName(o, p, depth + 1);
            if (name != null) {
                return name;
            }
        }
        // "the Tsovak airfield": a name before a site's kind is its place
        return cues.triggers(CF.PlaceNoun, w) ? null : p.children(w, "compound").stream()
                .filter(c -> PLACE_NAMES.contains(String.valueOf(c.ner()))).findFirst().orElse(null);
    }

    private boolean ground(IndexedWord w, IndexedWord doer, ParsedSentence p, int depth) {
        if (cue(CF.Ground, w) || PLACE_NAMES.contains(String.valueOf(w.ner())) || gazetteerPlace(w, p)) {
            return true;
        }
        if (depth < 2 && (cue(CF.PartNoun, w) || cue(CF.Ground, w) && depth > 0)) {
            // "half of the town", "control of the airport", "possession of most of X"
            return p.children(w, "nmod:of", "nmod:over").stream().anyMatch(o -> ground(o, doer, p, depth + 1));
        }
        // "rebels captured Ndaba": a name the tagger did not type, taken by an armed side, is taken as a place;
        // after "the town of", "part of" any name is one
        return String.valueOf(w.tag()).startsWith("NNP") && (depth > 0 || !"PERSON".equals(w.ner()) && armed(doer, p));
    }

    /** A named place, "the town of X", "half of X", or a name taken by an armed side. */
    private boolean named(IndexedWord w, IndexedWord doer, ParsedSentence p, int depth) {
        return PLACE_NAMES.contains(String.valueOf(w.ner())) || gazetteerPlace(w, p)
                || String.valueOf(w.tag()).startsWith("NNP") && !"PERSON".equals(w.ner()) && armed(doer, p)
                || depth < 2 && (cue(CF.Ground, w) || cue(CF.PartNoun, w)) && p.children(w, "nmod:of", "appos")
                        .stream().anyMatch(o -> named(o, doer, p, depth + 1));
    }

    /** A name the tagger took for a person's ("captured Azaz") that the gazetteer knows as a place. */
    private boolean gazetteerPlace(IndexedWord w, ParsedSentence p) {
        return String.valueOf(w.tag()).startsWith("NNP") && cues.isPlaceName(w, p);
    }

    private boolean side(IndexedWord w, ParsedSentence p) {
        return w == null || armed(w, p) || ParsedSentence.isPronoun(w) || SIDE_NAMES.contains(String.valueOf(w.ner()));
    }

    /** A doer that fights: "rebels", "the junta", "armed men", "the Front". */
    private boolean armed(IndexedWord w, ParsedSentence p) {
        return w != null && (cue(CF.ArmedNoun, w) || cue(CF.SideNoun, w) || cue(CF.Ground, w)
                || SIDE_NAMES.contains(String.valueOf(w.ner())) && !"PERSON".equals(w.ner())
                || p.children(w, "amod").stream().anyMatch(a -> "armed".equals(a.word().toLowerCase(Locale.ROOT))));
    }

    private boolean cue(String concept, IndexedWord w) {
        return cues.isLoose(concept, w);
    }

    private static IndexedWord first(List<IndexedWord> a, List<IndexedWord> b) {
        return Cues.first(a.isEmpty() ? b : a);
    }
}
