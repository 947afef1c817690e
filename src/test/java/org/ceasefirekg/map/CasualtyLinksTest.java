package org.ceasefirekg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Sentence;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.Test;

/** Which counts of killed and wounded are the toll of one incident (the example sentences are made up). */
class CasualtyLinksTest {
    /** The sentence starts at offset 100 of its article, as a later sentence would. */
    static final int AT = 100;

    static Sentence sentence(String text) {
        return new Sentence(3, new Span(AT, AT + text.length(), text));
    }

    /** A killed frame on "killed" (or the first of the verbs given) counting the number written as count. */
    static Frame killed(Sentence s, String count, String time) {
        String text = s.span().text();
        int verb = text.indexOf("killed") >= 0 ? text.indexOf("killed") : text.indexOf("died");
        int n = text.indexOf(count);
        List<Argument> args = new ArrayList<>();
        args.add(new Argument(Frame.COUNT, new Span(AT + n, AT + n + count.length(), count), "NUMBER", "1"));
        if (time != null) {
            args.add(new Argument(Frame.TIME, new Span(AT, AT + 1, "x"), "DATE", time));
        }
        return new Frame(Vocab.KILLED, 3, new Span(AT + verb, AT + verb + 6, "killed"), args);
    }

    /** Asserts the rule holds of the count (the first number written) in each sentence. */
    static void assertEach(List<String> texts, java.util.function.BiPredicate<Frame, Sentence> rule) {
        for (String text : texts) {
            Sentence s = sentence(text);
            String count = text.replaceAll("(?s).*?\\b(\\d+|Thirty)\\b.*", "$1");
            assertTrue(rule.test(killed(s, count, null), s), text);
        }
    }

    @Test
    void aTollOverAStretchOfTimeIsNoIncidentsToll() {
        assertEach(List.of("Since Monday shelling of the valley has killed 40 people, medics said.",
                "The militia says 12 fighters have been killed so far this week.",
                "Thirty people were killed in four days of bombardment on the hill towns.",
                "Rescuers said 80 were killed over the past two weeks.",
                "The war has killed 2000 people since it began.",
                "Rescuers say 450 people were killed in the valley in the last month.",
                "That conflict, now in its seventh year, has claimed 2000 lives.",
                "At least 3000 villagers died in the country's long conflict, which began in 2011.",
                "An earlier toll from the raid on the farm said 15 people were killed."), CasualtyLinks::isPeriodToll);
        Sentence month = sentence("Raids killed 75 civilians, the group said.");
        assertTrue(CasualtyLinks.isPeriodToll(killed(month, "75", "2019-03"), month), "dated by a month");
        assertTrue(CasualtyLinks.isPeriodToll(killed(month, "75", "P3D"), month), "dated by three days");
        for (String text : List.of("Between 3 and 8 of June the district clinics said they treated 140 wounded.",
                "From March 30 to April 2, the health office counted 140 wounded.",
                "From 30 March until 2 April, the health office counted 140 wounded.")) {
            Sentence range = sentence(text);
            assertTrue(CasualtyLinks.isPeriodToll(killed(range, "140", null), range), text);
        }
        Sentence counts = sentence("Between 10 and 15 people were killed on Friday, 140 wounded.");
        assertFalse(CasualtyLinks.isPeriodToll(killed(counts, "140", null), counts), "a range of counts is no period");
    }

    @Test
    void anIncidentsTollIsNoPeriodEvenWhenARelativeClauseNamesOne() {
        Sentence s = sentence("A car bomb killed 9 people in the port town, which has been besieged since May.");
        assertFalse(CasualtyLinks.isPeriodToll(killed(s, "9", "2019-05-14"), s));
        Sentence age = sentence("A mortar round killed 3 children under ten years of age on Sunday.");
        assertFalse(CasualtyLinks.isPeriodToll(killed(age, "3", null), age));
        for (String text : List.of("Shells killed 13 people in the town, the monitor said, updating an earlier toll.",
                "Jets killed 8 people in war-torn Testland on Sunday, a war monitor said.",
                "Testland war: shelling killed 6 in the old city.")) {
            Sentence t = sentence(text);
            String count = text.replaceAll("(?s).*?\\b(\\d+)\\b.*", "$1");
            assertFalse(CasualtyLinks.isPeriodToll(killed(t, count, null), t), text);
        }
    }

    @Test
    void victimsBeyondThoseToldBeforeAreAdditive() {
        assertEach(List.of("Another 7 people were killed in a drone strike on the bridge.",
                "A further 11 were killed in raids on the farms to the west.",
                "Gunfire at the checkpoint killed 4 more people, police said.",
                "At least 6 people were also killed when a truck bomb went off at the gate."),
                CasualtyLinks::isAdditive);
    }

    @Test
    void aSecondCountOfTheSameSentenceOrAComparisonIsNotAdditive() {
        Sentence others = sentence("Shells killed 2 people and another 9 were killed by sniper fire.");
        assertFalse(CasualtyLinks.isAdditive(killed(others, "9", null), others), "beyond the first count only");
        Sentence moreThan = sentence("The blast killed 15 more than the officials first said.");
        assertFalse(CasualtyLinks.isAdditive(killed(moreThan, "15", null), moreThan));
        Sentence plain = sentence("The blast killed 15 people at the market.");
        assertFalse(CasualtyLinks.isAdditive(killed(plain, "15", null), plain));
    }

    @Test
    void aCountOfAnotherDayIsNotThatIncidentsToll() {
        Sentence s = sentence("A bombing on Tuesday killed 30 people in the capital.");
        assertTrue(CasualtyLinks.otherDay(killed(s, "30", "2019-05-14"), "2019-05-17"));
        assertFalse(CasualtyLinks.otherDay(killed(s, "30", "2019-05-17"), "2019-05-17"));
        assertFalse(CasualtyLinks.otherDay(killed(s, "30", null), "2019-05-17"), "no day of its own fits any");
        assertEquals(false, CasualtyLinks.otherDay(killed(s, "30", "2019-05-14"), null));
    }

    @Test
    void aSentenceThatMovesOnTellsAnotherReport() {
        for (String text : List.of("Later, 8 people were wounded by shells on the port.",
                "Meanwhile 3 were killed at a checkpoint.", "Elsewhere, a mine killed 2 shepherds.",
                "In a separate attack, gunmen killed 5 guards.")) {
            assertTrue(CasualtyLinks.opensAnotherReport(sentence(text)), text);
        }
        for (String text : List.of("The shells killed 12 people, medics said.",
                "Rescuers said later that 12 had died.")) {
            assertFalse(CasualtyLinks.opensAnotherReport(sentence(text)), text);
        }
    }
}
