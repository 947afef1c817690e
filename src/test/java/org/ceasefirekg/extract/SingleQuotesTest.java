package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SingleQuotesTest {

    private static List<String> quoted(String text) {
        return SingleQuotes.find(text).stream().map(at -> text.substring(at[0], at[1])).toList();
    }

    @Test
    void straightAndCurlyPairsAroundWordsAreQuotes() {
        assertEquals(List.of("'a crime against civilians'"),
                quoted("Minister Jonas Berg called the attack 'a crime against civilians' and left."));
        assertEquals(List.of("\u2018a cynical breach\u2019"),
                quoted("She called it \u2018a cynical breach\u2019 on Sunday."));
        assertEquals(List.of("'nobody wants another war'"), quoted("He added that 'nobody wants another war'."));
        assertEquals(List.of("'The valley is calm again,'"),
                quoted("'The valley is calm again,' a village elder told the radio."));
    }

    @Test
    void apostrophesAndPossessivesAreNoQuotes() {
        assertEquals(List.of(), quoted("He said he didn't expect the rebels' positions to hold."));
        assertEquals(List.of(), quoted("The monitors' report was out; the army's answer came late."));
        assertEquals(List.of("'we won't leave the town'"), quoted("They said 'we won't leave the town' on Monday."));
    }

    @Test
    void aQuoteEndsAtAPluralPossessiveOnlyWhenAPhraseFollows() {
        assertEquals(List.of("'stop the attacks'"), quoted("It urged them to 'stop the attacks' and talk."));
        assertEquals(List.of("'the rebels' guns must fall silent'"),
                quoted("He said 'the rebels' guns must fall silent' today."));
    }

    @Test
    void noPairAcrossLines() {
        assertEquals(List.of(), quoted("The 'first line\nand the second' line."));
    }

    @Test
    void aQuotedTitleOrNameIsNoSpeech() {
        org.junit.jupiter.api.Assertions.assertTrue(SingleQuotes.isName("Days of Rain"));
        org.junit.jupiter.api.Assertions.assertTrue(SingleQuotes.isName("Al Nour"));
        org.junit.jupiter.api.Assertions.assertFalse(SingleQuotes.isName("We Will Not Leave."));
        org.junit.jupiter.api.Assertions.assertFalse(SingleQuotes.isName("a first step"));
        org.junit.jupiter.api.Assertions.assertFalse(SingleQuotes.isName("Unacceptable"));
    }
}
