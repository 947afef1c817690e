package org.ceasefirekg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefirekg.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scoring query rows against gold facts, without any model: rows are written by hand. */
class ScorecardTest {
    static Labels labels;

    @BeforeAll
    static void load() throws IOException {
        labels = new Labels(Lexicon.load(Path.of("ontology")));
    }

    static Map<String, String> row(String... columnValuePairs) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            row.put(columnValuePairs[i], columnValuePairs[i + 1]);
        }
        return row;
    }

    static Map<Question, List<Fact>> system(String query, List<Map<String, String>> rows) {
        return SystemFacts.fromRows(Map.of(query, rows), labels, Set.of("a.txt", "b.txt"));
    }

    static Fact gold(String document, String... fieldValuePairs) {
        Fact.Builder b = new Fact.Builder(document);
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            b.list(fieldValuePairs[i], fieldValuePairs[i + 1] == null ? List.of()
                    : List.of(fieldValuePairs[i + 1].split("\\|")));
        }
        return b.build();
    }

    @Test
    void casualtyRowsAreScoredPerNumberWithTheIncidentsPlaces() {
        List<Map<String, String>> rows = List.of(row("claim", "c1", "incident", "i1", "incidentType", "Employ aerial weapons",
                "date", "2016-09-17", "killed", "62", "wounded", "100", "victims", "soldiers", "document", "a.txt"));
        Map<String, List<Map<String, String>>> all = Map.of("casualty-claims", rows,
                "incidents", List.of(row("incident", "i1", "place", "Deir Ezzor; Syria", "document", "a.txt")));
        List<Fact> facts = SystemFacts.fromRows(all, labels, Set.of("a.txt")).get(Question.CASUALTY_CLAIMS);
        assertEquals(2, facts.size(), "killed and wounded are two facts");
        List<Fact> gold = List.of(
                gold("a.txt", "quantity", "killed", "value", "62", "claimant", null, "type", "Airstrike",
                        "date", "2016-09-17", "place", "Deir ez-Zor"),
                gold("a.txt", "quantity", "wounded", "value", "100", "claimant", "Syrian Arab Army"),
                gold("a.txt", "quantity", "killed", "value", "90"));
        Scorecard.Score score = Scorecard.score(Question.CASUALTY_CLAIMS, gold, facts, labels);
        assertEquals(1, score.found());
        assertEquals(1, score.correct());
        assertEquals(0.5, score.precision());
        assertEquals(1 / 3.0, score.recall(), 1e-9);
        assertEquals(0.4, score.f1(), 1e-9);
        Scorecard.Miss wounded = score.missing().get(0);
        assertEquals(List.of("claimant"), wounded.differing(), "the number matches, the claimant does not");
        assertNull(score.missing().get(1).closest(), "a different number is not a near miss");
    }

    @Test
    void listFieldsNeedEveryGoldValueAndEmptyGoldMeansNone() {
        Map<Question, List<Fact>> facts = system("accusations", List.of(
                row("accuser", "Syrian Army", "accused", "terrorist groups; Syrian opposition", "document", "a.txt"),
                row("accused", "Syrian rebels", "document", "a.txt")));
        List<Fact> gold = List.of(
                gold("a.txt", "accuser", "Syrian Arab Army", "accused", "terrorist groups|Syrian opposition"),
                gold("a.txt", "accuser", null, "accused", "Syrian rebels"),
                gold("a.txt", "accuser", "Syrian Arab Army", "accused", "Syrian rebels"));
        Scorecard.Score score = Scorecard.score(Question.ACCUSATIONS, gold, facts.get(Question.ACCUSATIONS), labels);
        assertEquals(2, score.found());
        assertEquals(1.0, score.precision());
    }

    @Test
    void perArticleFactsOnlyMatchTheirArticleAndOtherArticlesAreDropped() {
        Map<Question, List<Fact>> facts = system("quotes", List.of(
                row("speaker", "John Kerry", "quote", "We have not seen three quiet days", "document", "b.txt"),
                row("speaker", "John Kerry", "quote", "Something else", "document", "elsewhere.txt")));
        assertEquals(1, facts.get(Question.QUOTES).size());
        Scorecard.Score score = Scorecard.score(Question.QUOTES, List.of(gold("a.txt", "speaker", "Kerry",
                "quote", "We have not seen")), facts.get(Question.QUOTES), labels);
        assertEquals(0, score.found());
        assertEquals(0.0, score.precision());
    }

    @Test
    void incidentsCountOncePerReportingArticle() {
        Map<Question, List<Fact>> facts = system("incidents", List.of(row("incident", "i", "type", "Employ aerial weapons",
                "date", "2016-09-17", "place", "Deir ez-Zor", "perpetrator", "US-led coalition",
                "participants", "Denmark; Australia", "document", "a.txt; b.txt")));
        List<Fact> incidents = facts.get(Question.INCIDENTS);
        assertEquals(2, incidents.size());
        Scorecard.Score score = Scorecard.score(Question.INCIDENTS, List.of(
                gold("a.txt", "type", "Airstrike", "participants", "Australia|Denmark"),
                gold("b.txt", "type", "Airstrike", "participants", "United Kingdom")), incidents, labels);
        assertEquals(1, score.found());
        assertEquals(1, score.correct());
    }

    @Test
    void aStartOnTheTimelineIsComparedAsItsCeasefiresStartIs() {
        // the timeline row gives the local day; the gold may give the UTC day of the same instant, or the local one
        Map<Question, List<Fact>> facts = SystemFacts.fromRows(Map.of(
                "ceasefires", List.of(row("ceasefire", "http://example.org/t", "start", "2030-03-06T00:00:00+03:00")),
                "timeline", List.of(row("event", "http://example.org/t", "date", "2030-03-06", "label", "start of t"))),
                labels, Set.of());
        List<Fact> timeline = facts.get(Question.TIMELINE);
        for (String day : List.of("2030-03-05", "2030-03-06")) {
            assertEquals(1, Scorecard.score(Question.TIMELINE, List.of(gold(null, "date", day, "kind",
                    "ceasefire start")), timeline, labels).correct(), day);
        }
    }

    @Test
    void ceasefireRowsSplitIntoValuesAndActorsKeepMentionedPeople() {
        Map<Question, List<Fact>> facts = SystemFacts.fromRows(Map.of(
                "ceasefires", List.of(row("start", "2016-09-12T19:00:00+03:00", "brokers", "Russia; United States",
                        "declaredOverBy", "Syrian Arab Army")),
                "actors", List.of(
                        row("label", "Sergey Lavrov", "type", "Person", "role", "Foreign Minister",
                                "affiliation", "Russian Ministry of Foreign Affairs", "mentions", "2"),
                        row("label", "Vladimir Putin", "type", "Person", "mentions", "0"),
                        row("label", "Russia", "type", "State", "mentions", "5"))), labels, Set.of());
        assertEquals(List.of("start=2016-09-12T19:00:00+03:00", "startTime=16:00", "broker=Russia", "broker=United States",
                "declaredOverBy=Syrian Arab Army"), facts.get(Question.CEASEFIRES).stream().map(Fact::toString).toList());
        assertEquals(1, facts.get(Question.ACTORS).size(), "unmentioned gazetteer people and non-people are left out");
        Scorecard.Score actors = Scorecard.score(Question.ACTORS, List.of(
                gold(null, "label", "Sergey Lavrov", "role", "Foreign Minister", "affiliation", "Russia")),
                facts.get(Question.ACTORS), labels);
        assertEquals(1.0, actors.recall());
    }

    @Test
    void overallScoresAreMicroAveragedAndPrinted() {
        Scorecard.Score a = Scorecard.score(Question.DISAGREEMENTS, List.of(gold(null, "quantity", "killed",
                "value1", "62", "value2", "90")), system("disagreements", List.of(row("quantity", "killed",
                "value1", "62", "value2", "90"), row("quantity", "ceasefire violations", "value1", "254",
                "value2", "300"))).get(Question.DISAGREEMENTS), labels);
        Scorecard.Score b = Scorecard.score(Question.TIMELINE, List.of(gold(null, "date", "2016-09-17", "kind", "Airstrike"),
                gold(null, "date", "2016-09-12", "kind", "ceasefire start")), system("timeline", List.of(
                row("date", "2016-09-17", "type", "Employ aerial weapons", "label", "airstrike"))).get(Question.TIMELINE),
                labels);
        Scorecard card = new Scorecard(List.of(a, b));
        assertEquals(2 / 3.0, card.precision(), 1e-9);
        assertEquals(2 / 3.0, card.recall(), 1e-9);
        StringWriter text = new StringWriter();
        card.print(new PrintWriter(text), true);
        assertTrue(text.toString().contains("disagreements           1      1       2       1    1.000      0.500   0.667"),
                text.toString());
        assertTrue(text.toString().contains("overall (micro)         3      2       3       2    0.667      0.667   0.667"),
                text.toString());
        assertTrue(text.toString().contains("  spurious  quantity=violations; value1=254; value2=300"), text.toString());
        assertTrue(text.toString().contains("  missing   date=2016-09-12; kind=ceasefire start"), text.toString());
    }
}
