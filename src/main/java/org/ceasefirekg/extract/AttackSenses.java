package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;

/**
 * Tells an attack word used of violence from the same word used of something else: "jets pounded the town" from
 * "pounded the table", "a rocket attack" from "a heart attack", "the army struck the town" from "the storm struck the
 * coast". The word lists are the lexicon's (cf:HitVerb, cf:Hittable, cf:ArmedNoun, cf:OtherHarm, cf:SportWord,
 * cf:VerbOnly); only the grammar is here.
 */
final class AttackSenses {
    /** Entity types of a place or a side an attack can hit ("pounded Kessala", "hit the Liberation Front"). */
    private static final Set<String> HIT_NAMES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY",
            "ORGANIZATION", "NATIONALITY", "FACILITY");
    /** Entity types of a doer whose deed, with no object, is told of a side ("Russia bombed again overnight"). */
    static final Set<String> SIDE_NAMES = Set.of("ORGANIZATION", "COUNTRY", "NATIONALITY", "MISC", "PERSON");

    private final Cues cues;

    AttackSenses(Cues cues) {
        this.cues = cues;
    }

    /** True when the incident trigger names no act of violence here, but play, illness, weather or words. */
    boolean otherSense(Trigger t, ParsedSentence p) {
        IndexedWord h = t.head();
        if (h == null) {
            return false;
        }
        for (int i = 1; i <= p.tokens.size(); i++) {
            IndexedWord w = p.node(i);
            if (w != null && cue(CF.SportWord, w)) {
                return true; // "a swift counter-attack in the second half" beside "the striker"
            }
        }
        String key = verbKey(h, p);
        if (!isVerb(h)) {
            // "a heart attack", "a scathing attack on the budget", "a pound", "the storm"
            IndexedWord verb = p.parent(h);
            return t.first() == t.last() && (cues.is(CF.VerbOnly, key) || cues.is(CF.VerbOnly, lemma(h)))
                    || p.children(h, "compound", "amod").stream().anyMatch(m -> cue(CF.OtherHarm, m))
                    // "teachers staged a strike": a walkout, by the workers who stage it
                    || verb != null && isVerb(verb) && p.relationToParent(h).equals("obj")
                    && p.children(verb, "nsubj").stream().anyMatch(s -> cue(CF.OtherHarm, s));
        }
        IndexedWord doer = first(p.children(h, "nsubj"), p.children(h, "obl:agent"));
        if (doer != null && (cue(CF.OtherHarm, doer) || p.children(doer, "compound").stream()
                .anyMatch(m -> cue(CF.OtherHarm, m)))) {
            return true; // "the storm battered the coast", "Storm Alma hit the port"
        }
        if (!cues.is(CF.HitVerb, key) && !cues.is(CF.HitVerb, lemma(h))) {
            return false;
        }
        List<IndexedWord> undergoers = new ArrayList<>(p.children(h, "obj", "nsubj:pass"));
        for (IndexedWord u : List.copyOf(undergoers)) {
            undergoers.addAll(p.children(u, "conj:and", "conj:or"));
        }
        if (armed(doer)) {
            return false;
        }
        if (!undergoers.isEmpty()) {
            return undergoers.stream().noneMatch(u -> hittable(u, p));
        }
        // "opened up on the patrol", "fired into the crowd": a target told with a preposition
        if (p.children(h, "obl:on", "obl:at", "obl:into", "obl:upon", "obl:against").stream().anyMatch(u -> hittable(u, p))) {
            return false;
        }
        // "the film bombed", "prices rocketed": with no target, only a side may be the doer
        return doer == null || !(ParsedSentence.isPronoun(doer) || SIDE_NAMES.contains(String.valueOf(doer.ner())));
    }

    /** The lemma of a verb with its particle ("burn down"), else its lemma. */
    private static String verbKey(IndexedWord h, ParsedSentence p) {
        return p.children(h, "compound:prt").stream().findFirst().map(prt -> lemma(h) + " " + lemma(prt))
                .orElse(lemma(h));
    }

    private boolean armed(IndexedWord w) {
        return w != null && cue(CF.ArmedNoun, w);
    }

    private boolean hittable(IndexedWord w, ParsedSentence p) {
        return cue(CF.Hittable, w) || cue(CF.ArmedNoun, w) || HIT_NAMES.contains(String.valueOf(w.ner()))
                || p.children(w, "nmod:of").stream().anyMatch(o -> HIT_NAMES.contains(String.valueOf(o.ner()))
                        || cues.is(CF.Hittable, o));
    }

    private boolean cue(String concept, IndexedWord w) {
        return cues.isLoose(concept, w);
    }

    private static IndexedWord first(List<IndexedWord> a, List<IndexedWord> b) {
        return !a.isEmpty() ? a.get(0) : b.isEmpty() ? null : b.get(0);
    }
}
