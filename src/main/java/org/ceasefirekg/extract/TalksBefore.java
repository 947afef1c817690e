package org.ceasefirekg.extract;

import static java.lang.Boolean.FALSE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ceasefirekg.lexicon.Vocab;

/**
 * "Talks in Doha ended on Friday. The two sides agreed to a truce ...": talks told in a city a sentence or two
 * before an agreement place it there, as "after talks in Doha, the sides agreed" does in one sentence, and those
 * who held them ("A and B held talks in Doha") are its parties. Talks told after the agreement ("The talks were held in
 * Luanda.") place it too, when only sentences going on about that agreement stand between.
 */
final class TalksBefore {
    /** How many sentences after the talks may tell the agreement they made: a wire lead's next two paragraphs. */
    private static final int WINDOW = 2;
    /** The frames that go on about the same agreement; any other ends the window. */
    private static final Set<String> OF_AN_AGREEMENT = Set.of(Vocab.SIGN, Vocab.MEDIATE, Vocab.NEGOTIATE,
            Vocab.CEASEFIRE_START, Vocab.CEASEFIRE_END, Vocab.CEASEFIRE_EXTENSION);

    private TalksBefore() {}

    /**
     * Returns the frames with talks told without a ceasefire kept (marker dropped) when one of the next sentences
     * tells an agreement and no other place of agreement is told in the article; else dropped.
     */
    static List<Frame> kept(List<Frame> frames, List<Sentence> sentences, String text) {
        if (frames.stream().noneMatch(TalksBefore::alone)) {
            return frames;
        }
        // a place the article gives the agreement itself wins over talks told the sentence before
        boolean placeTold = frames.stream().anyMatch(f -> f.first(Frame.PLACE).isPresent() && !alone(f)
                && (f.concept().equals(Vocab.SIGN) || f.concept().equals(Vocab.NEGOTIATE)));
        List<Frame> out = new ArrayList<>();
        for (Frame f : frames) {
            if (!alone(f)) {
                out.add(f);
            } else if (agreedNext(f.sentence(), frames, sentences) || agreedBefore(f.sentence(), frames, sentences)) {
                List<Argument> args = f.args().stream().filter(a -> !a.role().equals(Frame.TALKS_ALONE)
                        && !(placeTold && a.role().equals(Frame.PLACE))).toList();
                if (args.stream().anyMatch(a -> a.role().equals(Frame.PLACE) || a.role().equals(Frame.PARTICIPANT))) {
                    out.add(new Frame(f.concept(), f.sentence(), f.trigger(), args));
                }
            }
        }
        return out;
    }

    private static boolean alone(Frame f) {
        return f.concept().equals(Vocab.NEGOTIATE) && f.first(Frame.TALKS_ALONE).isPresent();
    }

    /**
     * True when one of the next {@link #WINDOW} sentences tells an agreement being made. A sentence that tells an
     * event of another kind (a clash, a count of dead, an accusation) or opens a speaker's turn ends the window: what
     * follows it is no longer about these talks.
     */
    private static boolean agreedNext(int sentence, List<Frame> frames, List<Sentence> sentences) {
        for (int s = sentence + 1; s <= sentence + WINDOW && s < sentences.size(); s++) {
            Boolean agreed = TranscriptTurns.opensTurn(sentences.get(s).span().text()) ? FALSE : agreedIn(s, frames);
            if (agreed != null) {
                return agreed;
            }
        }
        return false;
    }

    /**
     * True when an agreement was told before the talks, with nothing between but sentences about that agreement (who
     * brokered it, when it starts) and at most {@link #WINDOW} sentences that tell nothing. An event of another kind
     * or a speaker's turn ends the search, as in {@link #agreedNext}.
     */
    private static boolean agreedBefore(int sentence, List<Frame> frames, List<Sentence> sentences) {
        int quiet = 0;
        for (int s = sentence - 1; s >= 0 && quiet < WINDOW; s--) {
            boolean turn = TranscriptTurns.opensTurn(sentences.get(s + 1).span().text());
            Boolean agreed = turn ? FALSE : agreedIn(s, frames);
            if (agreed != null) {
                return agreed;
            }
            int at = s;
            quiet += frames.stream().noneMatch(f -> f.sentence() == at) ? 1 : 0;
        }
        return false;
    }

    /** True when the sentence tells an agreement, false when it tells an event of another kind, else null. */
    private static Boolean agreedIn(int sentence, List<Frame> frames) {
        List<Frame> told = frames.stream().filter(f -> f.sentence() == sentence).toList();
        if (told.stream().anyMatch(f -> f.concept().equals(Vocab.SIGN))) {
            return true;
        }
        return told.stream().anyMatch(f -> !OF_AN_AGREEMENT.contains(f.concept())) ? FALSE : null;
    }
}
