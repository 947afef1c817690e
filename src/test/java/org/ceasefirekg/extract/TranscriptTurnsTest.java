package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Transcript layouts, written for this test. */
class TranscriptTurnsTest {
    private static final Set<String> QUESTIONERS = Set.of("q", "question", "moderator");

    @Test
    void colonLabelsOpenTurnsUpToTheNextLabel() {
        String text = "MR. ROE:  Good morning. We have two announcements.\n\nQ:  Is the truce holding?\n\n"
                + "MR. ROE: (Via interpreter) It is holding in the north.\n";
        List<TranscriptTurns.Turn> turns = TranscriptTurns.find(text, QUESTIONERS);
        assertEquals(List.of("MR. ROE", "Q", "MR. ROE"), turns.stream().map(t -> t.label().text()).toList());
        assertEquals("Good morning. We have two announcements.", turns.get(0).words().text());
        assertEquals(List.of(true, false, true), turns.stream().map(TranscriptTurns.Turn::named).toList());
        assertEquals("It is holding in the north.", turns.get(2).words().text(), "the stage direction is no word");
    }

    @Test
    void aTitleAndFullStopOpeningTheTextIsATurn() {
        List<TranscriptTurns.Turn> turns = TranscriptTurns.find("The President. Good afternoon. The truce holds.",
                QUESTIONERS);
        assertEquals(1, turns.size());
        assertEquals("The President", turns.get(0).label().text());
    }

    @Test
    void newsWithOneCapitalisedLineIsNoTranscript() {
        assertTrue(TranscriptTurns.find("UPDATE: The truce collapsed on Monday, officials said.\nMore follows.",
                QUESTIONERS).isEmpty());
    }

    @Test
    void aTurnBelongsToThePersonTheLabelNames() {
        String text = "JANE ROE: The truce holds.\nQ: Where?\nJANE ROE: In the north.";
        List<EntityMention> people = List.of(new EntityMention(0, new Span(0, 8, "JANE ROE"), "PERSON", null, null));
        List<Sentence> sentences = List.of(new Sentence(0, new Span(0, text.length(), text)));
        List<Quote> quotes = TranscriptTurns.quotes(text, sentences, people, QUESTIONERS);
        assertEquals(2, quotes.size(), "the questioner's turn is nobody's quote");
        assertEquals("JANE ROE", quotes.get(0).speaker().text());
        assertEquals("In the north.", quotes.get(1).span().text());
    }

    @Test
    void aTitleLabelWithNoHolderNamedIsNobodysQuote() {
        String text = "THE PRESIDENT: The truce holds.\nQ: Where?\nAMBASSADOR: In the north.";
        List<Sentence> sentences = List.of(new Sentence(0, new Span(0, text.length(), text)));
        assertTrue(TranscriptTurns.quotes(text, sentences, List.of(), QUESTIONERS).isEmpty(),
                "a bare title is no speaker's name");
    }

    @Test
    void aTitleLabelIsThePersonTheTextNamesWithThatTitle() {
        String text = "Briefing by Deputy Spokesperson Ana Ruiz\nTHE SPOKESPERSON: The truce holds.\n"
                + "Q: Colonel Hale, is it?\nLT. GEN. OMAR DIALLO: Yes.\nQ: General?\nGENERAL: It holds.\n"
                + "COLONEL: Quiet.\nMINISTER: No.";
        List<EntityMention> people = List.of(
                new EntityMention(0, new Span(32, 40, "Ana Ruiz"), "PERSON", "Deputy Spokesperson", null),
                new EntityMention(0, new Span(87, 91, "Hale"), "PERSON", "Colonel", null),
                new EntityMention(0, new Span(109, 120, "OMAR DIALLO"), "PERSON", "Lt. Gen.", null));
        List<Sentence> sentences = List.of(new Sentence(0, new Span(0, text.length(), text)));
        List<Quote> quotes = TranscriptTurns.quotes(text, sentences, people, QUESTIONERS);
        assertEquals(List.of("Ana Ruiz", "OMAR DIALLO", "OMAR DIALLO", "Hale"),
                quotes.stream().map(q -> q.speaker().text()).toList(), "MINISTER: names no one the text titles so");
    }

    @Test
    void aTitleTwoPeopleHoldIsNobodysLabel() {
        String text = "MINISTER ROE: We agreed.\nMINISTER DOE: So did we.\nQ: Minister?\nMINISTER: Yes.";
        List<EntityMention> people = List.of(
                new EntityMention(0, new Span(9, 12, "ROE"), "PERSON", "Minister", null),
                new EntityMention(0, new Span(34, 37, "DOE"), "PERSON", "Minister", null));
        List<Sentence> sentences = List.of(new Sentence(0, new Span(0, text.length(), text)));
        List<Quote> quotes = TranscriptTurns.quotes(text, sentences, people, QUESTIONERS);
        assertEquals(List.of("ROE", "DOE"), quotes.stream().map(q -> q.speaker().text()).toList());
    }

    @Test
    void aTitleAfterTheNameInTheLabelIsKeptApart() {
        String text = "MS. OKORO (Head of the Joint Monitoring Team): Calm returned overnight.\n"
                + "Q: Anywhere else?\nMR. BALDE, ADVISER TO THE CHAIR: Not yet.\nMR. OKORO (via interpreter): No.";
        List<TranscriptTurns.Turn> turns = TranscriptTurns.find(text, QUESTIONERS);
        assertEquals(List.of("MS. OKORO", "Q", "MR. BALDE", "MR. OKORO"),
                turns.stream().map(t -> t.label().text()).toList());
        assertEquals("Head of the Joint Monitoring Team", turns.get(0).title().text());
        assertEquals("ADVISER TO THE CHAIR", turns.get(2).title().text());
        assertEquals("Not yet.", turns.get(2).words().text());
    }
}
