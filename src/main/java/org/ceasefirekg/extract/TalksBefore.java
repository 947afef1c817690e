package org.ceasefirekg.extract;

import java.util.ArrayList;
import java.util.List;
import org.ceasefirekg.lexicon.Vocab;

/**
 * "Talks in Doha ended on Friday. The two sides agreed to a truce ...": talks told in a city in the sentence right
 * before an agreement place it there, as "after talks in Doha, the sides agreed" does in one sentence.
 */
final class TalksBefore {
    private TalksBefore() {}

    /**
     * Returns the frames with talks told without a ceasefire kept (marker dropped) when the next sentence of the same
     * line or paragraph tells an agreement and no other place of agreement is told in the article; else dropped.
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
            } else if (!placeTold && agreedNext(f.sentence(), frames, sentences, text)) {
                out.add(new Frame(f.concept(), f.sentence(), f.trigger(),
                        f.args().stream().filter(a -> !a.role().equals(Frame.TALKS_ALONE)).toList()));
            }
        }
        return out;
    }

    private static boolean alone(Frame f) {
        return f.concept().equals(Vocab.NEGOTIATE) && f.first(Frame.TALKS_ALONE).isPresent();
    }

    /** True when the sentence after this one, with no line break between them, tells an agreement being made. */
    private static boolean agreedNext(int sentence, List<Frame> frames, List<Sentence> sentences, String text) {
        if (sentence + 1 >= sentences.size()) {
            return false;
        }
        // a line break ends a paragraph (or a speaker's turn): the next paragraph may tell another agreement
        String between = text.substring(sentences.get(sentence).span().end(),
                sentences.get(sentence + 1).span().begin());
        return between.indexOf('\n') < 0 && frames.stream()
                .anyMatch(f -> f.sentence() == sentence + 1 && f.concept().equals(Vocab.SIGN));
    }
}
