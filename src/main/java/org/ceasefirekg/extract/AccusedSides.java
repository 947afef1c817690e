package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;

/** Who an accusation's phrase names as accused, and whether a denial governs it. */
final class AccusedSides {
    /** Adjectives that tie armed men to the side they serve ("loyal to", "affiliated with"). */
    private static final Set<String> LOYAL = Set.of("loyal", "affiliated", "allied", "aligned", "linked", "tied");

    private final Cues cues;

    AccusedSides(Cues cues) {
        this.cues = cues;
    }

    /**
     * Adds the accused a phrase names. "fighters of the X", "X militants", "its forces": a plural common noun for
     * some of a side's people stands for the side its name or possessive pronoun gives (the pronoun is resolved).
     */
    void accused(List<Argument> args, IndexedWord w, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord side = w;
        if ("NNS".equals(w.tag()) && !AccusationFrames.named(w) && all.stream().noneMatch(t -> t.covers(w.index()))) {
            List<IndexedWord> owners = new ArrayList<>(p.children(w, "nmod:of", "nmod:from", "compound", "nmod:poss"));
            // "gunmen loyal to X", "militias affiliated with X": the side they serve
            p.children(w, "amod").stream().filter(a -> LOYAL.contains(lemma(a)))
                    .forEach(a -> owners.addAll(p.children(a, "obl:to", "obl:with", "nmod:to", "nmod:with")));
            side = owners.stream().filter(c -> AccusationFrames.named(c) || "PRP$".equals(c.tag())).findFirst().orElse(w);
        }
        cues.addActor(args, Frame.PATIENT, side, p, r);
    }

    /** A verb of denying above the word ("denied claims that ..."), walking the tree up (a visited set: graphs loop). */
    static boolean deniedAbove(IndexedWord w, ParsedSentence p, Lexicon lexicon) {
        Set<IndexedWord> seen = new HashSet<>();
        for (IndexedWord up = p.parent(w); up != null && seen.add(up); up = p.parent(up)) {
            if (lexicon.conceptsOf(lemma(up)).contains(Vocab.DENY)) {
                return true;
            }
        }
        return false;
    }
}
