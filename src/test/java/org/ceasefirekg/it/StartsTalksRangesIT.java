package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.Test;

/**
 * Starts told by the sun, ends told in the past, talks told the sentence before the agreement and counts told as
 * ranges, on invented sentences (articles written on Tuesday 2016-10-04), annotated by the real CoreNLP models.
 */
class StartsTalksRangesIT {
    private static AnnotatedArticle extract(String text) {
        return InventedArticles.extract(text);
    }

    private static List<String> times(AnnotatedArticle a, String concept) {
        return a.frames().stream().filter(f -> f.concept().equals(concept))
                .flatMap(f -> f.all(Frame.TIME).stream()).map(Argument::normalized).toList();
    }

    private static List<String> places(AnnotatedArticle a, String concept) {
        return a.frames().stream().filter(f -> f.concept().equals(concept))
                .flatMap(f -> f.all(Frame.PLACE).stream()).map(x -> x.span().text()).toList();
    }

    @Test
    void aStartAtDawnOrSunsetIsOnTheDayToldBesideIt() {
        AnnotatedArticle statement = extract("The ministry announces that a ceasefire with the Delta Front will take"
                + " effect from dawn on Friday.");
        assertTrue(!times(statement, Vocab.CEASEFIRE_START).isEmpty()
                && times(statement, Vocab.CEASEFIRE_START).stream().allMatch(t -> t.startsWith("2016-10-07")),
                statement.frames().toString());
        AnnotatedArticle wire = extract("The Kessland army and the Hill Brigades agreed to a truce that will begin"
                + " at sunset on Saturday, mediators said.");
        assertTrue(!times(wire, Vocab.CEASEFIRE_START).isEmpty()
                && times(wire, Vocab.CEASEFIRE_START).stream().allMatch(t -> t.startsWith("2016-10-08")),
                wire.frames().toString());
    }

    @Test
    void anEndToldInThePastIsOnTheWeekdayBefore() {
        AnnotatedArticle a = extract("The Tesk clans said on Tuesday that the truce in the valley expired at"
                + " midnight on Thursday.");
        List<String> ends = times(a, Vocab.CEASEFIRE_END);
        assertTrue(!ends.isEmpty() && ends.stream().allMatch(t -> t.compareTo("2016-10-04") < 0), a.frames().toString());
    }

    @Test
    void talksInACityToldTheSentenceBeforePlaceTheAgreement() {
        AnnotatedArticle wire = extract("Talks in Nairobi between the Dornian government and the Sun Valley Movement"
                + " ended on Friday. The two sides agreed to a ceasefire that takes effect on Sunday.");
        assertEquals(List.of("Nairobi"), places(wire, Vocab.NEGOTIATE), wire.frames().toString());
        AnnotatedArticle remarks = extract("After talks in Geneva, the two sides agreed to a truce in the highlands.");
        assertEquals(List.of("Geneva"), places(remarks, Vocab.NEGOTIATE), remarks.frames().toString());
        // wires put one sentence in a paragraph: the talks still place the next one's agreement
        AnnotatedArticle wirePara = extract("Talks in Doha ended on Friday.\n\nThe rebels agreed to a truce.");
        assertEquals(List.of("Doha"), places(wirePara, Vocab.NEGOTIATE), wirePara.frames().toString());
        // a report of another kind between them ends what the talks can place
        AnnotatedArticle apart = extract("Talks in Doha ended on Friday. Shelling killed four people in the north on"
                + " Saturday. The rebels agreed to a truce.");
        assertEquals(List.of(), places(apart, Vocab.NEGOTIATE), apart.frames().toString());
    }

    @Test
    void aCountToldAsARangeKeepsBothEnds() {
        for (String text : List.of("Between 20 and 30 people were killed in the shelling of the market, medics said.",
                "Medics said 20 to 30 civilians were killed in the shelling of the market.")) {
            AnnotatedArticle a = extract(text);
            Frame killed = a.frames().stream().filter(f -> f.concept().equals(Vocab.KILLED)).findFirst()
                    .orElseThrow(() -> new AssertionError(a.frames().toString()));
            assertEquals("20", killed.first(Frame.COUNT).get().normalized(), killed.toString());
            assertEquals("30", killed.first(Frame.UPPER).map(Argument::normalized).orElse("(none)"), killed.toString());
            assertEquals("between", killed.first(Frame.QUALIFIER).map(Argument::normalized).orElse("(none)"));
        }
    }

    @Test
    void aPronounAfterTheTrucesSentenceStartsItButEndsNothing() {
        AnnotatedArticle start = extract("The Kessland army and the Hill Brigades signed a truce on Monday. It takes"
                + " effect at dawn on Friday.");
        assertTrue(times(start, Vocab.CEASEFIRE_START).stream().anyMatch(t -> t.startsWith("2016-10-07")),
                start.frames().toString());
        AnnotatedArticle end = extract("The Kessland army and the Hill Brigades signed a truce in May. It expired on"
                + " Sunday.");
        assertTrue(end.frames().stream().noneMatch(f -> f.concept().equals(Vocab.CEASEFIRE_END)),
                end.frames().toString());
    }

    @Test
    void aHyphenatedLeaderOfTalksBrokersButOfACoalitionDoesNot() {
        AnnotatedArticle talks = extract("The Ghanaian-led talks produced a truce between the two militias.");
        assertTrue(talks.frames().stream().anyMatch(f -> f.concept().equals(Vocab.MEDIATE)), talks.frames().toString());
        AnnotatedArticle coalition = extract("The Saudi-led coalition shelled the port on Monday.");
        assertTrue(coalition.frames().stream().noneMatch(f -> f.concept().equals(Vocab.MEDIATE)),
                coalition.frames().toString());
    }

    @Test
    void aClauseBetweenTheTruceAndItsVerbStillLetsTheVerbStartIt() {
        // the parser heads these with the clause and hangs the real verb on it loosely (ClauseHeads mends them)
        // a past tense starts on the weekday before the day of writing, a present one on the next
        java.util.Map<String, String> days = java.util.Map.of(
                "The truce, which was negotiated by Norway and the African Union, began on Friday.", "2016-09-30",
                "The cessation of hostilities agreement negotiated by Ghana between the government and the rebels takes"
                        + " effect on Friday.", "2016-10-07");
        days.forEach((text, day) -> {
            AnnotatedArticle a = extract(text);
            assertEquals(List.of(day), times(a, Vocab.CEASEFIRE_START).stream().distinct().toList(),
                    a.frames().toString());
        });
    }

    @Test
    void aWireDatelineDoesNotTakeTheSubjectOrItsClause() {
        AnnotatedArticle a = extract("ACCRA (Wire) - A ceasefire between the army and the Tesk Front, negotiated by"
                + " Ghana, took effect on Friday.");
        assertEquals(List.of("2016-09-30"), times(a, Vocab.CEASEFIRE_START).stream().distinct().toList(),
                a.frames().toString());
        assertTrue(a.frames().stream().anyMatch(f -> f.concept().equals(Vocab.MEDIATE)
                && f.all(Frame.AGENT).stream().anyMatch(x -> x.span().text().equals("Ghana"))), a.frames().toString());
    }
}
