package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.Test;

/** Talks told before an agreement, on sentences written for this test. */
class TalksBeforeTest {
    private static final Span NOWHERE = new Span(0, 0, "");

    /** Sentences laid end to end, each on a line of its own. */
    private static List<Sentence> sentences(String... texts) {
        List<Sentence> out = new ArrayList<>();
        int at = 0;
        for (String t : texts) {
            out.add(new Sentence(out.size(), new Span(at, at + t.length(), t)));
            at += t.length() + 1;
        }
        return out;
    }

    private static String text(List<Sentence> sentences) {
        return String.join("\n", sentences.stream().map(s -> s.span().text()).toList());
    }

    private static Frame talks(int sentence) {
        return new Frame(Vocab.NEGOTIATE, sentence, NOWHERE, List.of(
                new Argument(Frame.TALKS_ALONE, NOWHERE, null, null),
                new Argument(Frame.PARTICIPANT, new Span(0, 4, "Tula"), null, null),
                new Argument(Frame.PLACE, new Span(5, 10, "Lusso"), null, null)));
    }

    private static Frame agreed(int sentence) {
        return new Frame(Vocab.SIGN, sentence, NOWHERE, List.of(new Argument(Frame.SUBJECT, NOWHERE, null, null)));
    }

    @Test
    void anAgreementTwoSentencesOnTakesTheTalksPartiesAndPlace() {
        List<Sentence> s = sentences("Envoys of Tula and the Rin Front met in Lusso on Monday.",
                "The talks lasted two days.", "A truce was agreed on Tuesday.");
        List<Frame> kept = TalksBefore.kept(List.of(talks(0), agreed(2)), s, text(s));
        assertEquals(2, kept.size());
        assertTrue(kept.get(0).first(Frame.TALKS_ALONE).isEmpty());
        assertTrue(kept.get(0).first(Frame.PARTICIPANT).isPresent());
    }

    @Test
    void anotherEventBetweenEndsTheWindow() {
        List<Sentence> s = sentences("Envoys of Tula and the Rin Front met in Lusso on Monday.",
                "Shelling killed four people in Oro.", "A truce was agreed on Tuesday.");
        Frame shelling = new Frame(Vocab.KILLED, 1, NOWHERE, List.of());
        List<Frame> kept = TalksBefore.kept(List.of(talks(0), shelling, agreed(2)), s, text(s));
        assertEquals(List.of(Vocab.KILLED, Vocab.SIGN), kept.stream().map(Frame::concept).toList());
    }

    @Test
    void aSpeakersTurnEndsTheWindow() {
        List<Sentence> s = sentences("MS. ROE: Envoys of Tula and the Rin Front met in Lusso.",
                "MR. DOE: A truce was agreed in May.");
        assertEquals(1, TalksBefore.kept(List.of(talks(0), agreed(1)), s, text(s)).size());
    }

    @Test
    void aPlaceTheAgreementGivesWinsButThePartiesStay() {
        List<Sentence> s = sentences("Envoys of Tula and the Rin Front met in Lusso.", "A truce was signed in Caro.");
        Frame signed = new Frame(Vocab.SIGN, 1, NOWHERE, List.of(new Argument(Frame.PLACE,
                new Span(0, 4, "Caro"), null, null)));
        Frame kept = TalksBefore.kept(List.of(talks(0), signed), s, text(s)).get(0);
        assertTrue(kept.first(Frame.PLACE).isEmpty());
        assertTrue(kept.first(Frame.PARTICIPANT).isPresent());
    }

    @Test
    void talksToldAfterTheAgreementAndWhatFollowsItPlaceIt() {
        List<Sentence> s = sentences("Tula and the Rin Front agreed a truce on Monday.", "Kemo brokered it.",
                "It starts on Friday.", "The talks were held in Lusso.");
        Frame brokered = new Frame(Vocab.MEDIATE, 1, NOWHERE, List.of());
        Frame starts = new Frame(Vocab.CEASEFIRE_START, 2, NOWHERE, List.of());
        List<Frame> kept = TalksBefore.kept(List.of(agreed(0), brokered, starts, talks(3)), s, text(s));
        assertEquals(4, kept.size());
        assertTrue(kept.get(3).first(Frame.TALKS_ALONE).isEmpty());
        assertTrue(kept.get(3).first(Frame.PLACE).isPresent());
    }

    @Test
    void talksAfterAnotherEventOrTwoQuietSentencesPlaceNothing() {
        List<Sentence> s = sentences("A truce was agreed on Monday.", "Shelling killed four people in Oro.",
                "The talks were held in Lusso.");
        Frame shelling = new Frame(Vocab.KILLED, 1, NOWHERE, List.of());
        assertEquals(2, TalksBefore.kept(List.of(agreed(0), shelling, talks(2)), s, text(s)).size());
        List<Sentence> quiet = sentences("A truce was agreed on Monday.", "Markets reopened.", "Schools too.",
                "The talks were held in Lusso.");
        assertEquals(1, TalksBefore.kept(List.of(agreed(0), talks(3)), quiet, text(quiet)).size());
    }
}
