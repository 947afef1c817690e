package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ceasefirekg.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ten competency questions on the seeds: each gives real answers, with the columns the issue names. */
class CompetencyQueriesIT {

    static List<Map<String, String>> rows(String query) {
        return SeedStore.get().named(query);
    }

    static boolean any(List<Map<String, String>> rows, Predicate<Map<String, String>> test) {
        return rows.stream().anyMatch(test);
    }

    static boolean has(Map<String, String> row, String column, String part) {
        return row.getOrDefault(column, "").contains(part);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ceasefires", "violation-claims", "casualty-claims", "accusations", "incidents", "quotes",
            "actors", "disagreements", "timeline", "provenance"})
    void everyQueryAnswers(String query) {
        assertFalse(rows(query).isEmpty(), query + " gave no rows");
    }

    @Test
    void theCeasefireHasItsStartBrokersSignatoriesPlaceAndEnd() {
        List<Map<String, String>> rows = rows("ceasefires");
        assertEquals(1, rows.size(), "the three articles report one ceasefire: " + rows);
        Map<String, String> c = rows.get(0);
        assertEquals("2016-09-12T16:00:00Z", c.get("start"));
        assertTrue(has(c, "brokers", "Russia") && has(c, "brokers", "United States"), c.toString());
        assertTrue(has(c, "signatories", "Lavrov") && has(c, "signatories", "Kerry"), c.toString());
        assertEquals("Geneva", c.get("agreedAt"));
        assertEquals("2016-09-19", c.get("declaredOverOn"));
        assertTrue(c.get("sources").split("; ").length == 3, c.toString());
    }

    @Test
    void violationClaimsCarryClaimantAccusedCountAndQualifier() {
        List<Map<String, String>> rows = rows("violation-claims");
        assertTrue(any(rows, r -> r.get("violations").equals("300") && has(r, "claimant", "Syrian Arab Army")
                && has(r, "accused", "terrorist groups") && has(r, "qualifier", "more than")), rows.toString());
        assertTrue(any(rows, r -> r.get("violations").equals("302") && has(r, "claimant", "Rudskoi")
                && has(r, "accused", "rebels")), rows.toString());
        assertTrue(any(rows, r -> r.get("violations").equals("254") && has(r, "claimant", "opposition")
                && has(r, "accused", "Syrian Arab Army")), rows.toString());
    }

    @Test
    void casualtyClaimsKeepNumbersQualifiersAndWhoSaysSo() {
        List<Map<String, String>> rows = rows("casualty-claims");
        assertTrue(any(rows, r -> "62".equals(r.get("killed")) && "100".equals(r.get("wounded"))
                && has(r, "reportedBy", "Syrian Arab Army") && has(r, "place", "Deir ez-Zor")
                && "2016-09-17".equals(r.get("date"))), rows.toString());
        assertTrue(any(rows, r -> "90".equals(r.get("killed")) && has(r, "reportedBy", "Syrian Observatory")),
                rows.toString());
        assertTrue(any(rows, r -> "3".equals(r.get("killed")) && "13".equals(r.get("wounded"))
                && has(r, "place", "Idlib") && "2016-09-16".equals(r.get("date"))), rows.toString());
    }

    @Test
    void theDeirEzZorDeathTollDisagreementIsFound() {
        List<Map<String, String>> rows = rows("disagreements");
        assertTrue(any(rows, r -> r.get("incident").contains("deir-ez-zor") && r.get("quantity").equals("killed")
                && r.get("value1").equals("62") && r.get("value2").equals("90")
                && has(r, "source2", "Syrian Observatory")), rows.toString());
    }

    @Test
    void accusationsNameAccuserAndAccused() {
        List<Map<String, String>> rows = rows("accusations");
        assertTrue(any(rows, r -> has(r, "accuser", "United Nations") && has(r, "accused", "Syrian government")
                && has(r, "allegation", "obstructing")), rows.toString());
        assertTrue(any(rows, r -> has(r, "accuser", "rebels") && has(r, "accused", "Syrian government")), rows.toString());
        assertTrue(any(rows, r -> has(r, "accuser", "Zenki") && has(r, "accused", "Russia")), rows.toString());
        assertTrue(any(rows, r -> has(r, "accuser", "Syrian Arab Army") && has(r, "accused", "terrorist groups")),
                rows.toString());
    }

    @Test
    void incidentsHaveTypeDatePlaceAndParticipants() {
        List<Map<String, String>> rows = rows("incidents");
        assertTrue(any(rows, r -> has(r, "place", "Deir ez-Zor") && "2016-09-17".equals(r.get("date"))
                && has(r, "participants", "Denmark") && has(r, "participants", "Australia")
                && has(r, "participants", "United Kingdom")), rows.toString());
        assertTrue(any(rows, r -> has(r, "place", "Urum al-Kubra") && "2016-09-19".equals(r.get("date"))
                && has(r, "target", "convoy")), rows.toString());
        assertTrue(any(rows, r -> has(r, "intendedTarget", "Islamic State")), rows.toString());
    }

    @Test
    void quotesHaveTheirSpeakers() {
        List<Map<String, String>> rows = rows("quotes");
        for (String speaker : List.of("Igor Konashenkov", "John Kerry", "John Kirby", "George Sabra")) {
            assertTrue(any(rows, r -> speaker.equals(r.get("speaker"))), speaker + " missing: " + rows);
        }
    }

    @Test
    void actorsHaveRolesAffiliationsAndWikidataLinks() {
        List<Map<String, String>> rows = rows("actors");
        assertTrue(any(rows, r -> r.get("label").equals("Sergey Lavrov") && has(r, "role", "Foreign Minister")
                && has(r, "affiliation", "Russia")), rows.toString());
        assertTrue(any(rows, r -> r.get("label").equals("John Kerry") && has(r, "role", "Secretary of State")
                && has(r, "sameAs", "wikidata.org/entity/Q22316")), rows.toString());
        assertTrue(any(rows, r -> r.get("label").equals("Sergei Rudskoi") && has(r, "role", "General")), rows.toString());
        for (String name : List.of("Sergey Lavrov", "John Kerry", "Sergei Rudskoi")) {
            assertTrue(any(rows, r -> r.get("label").equals(name) && mentions(r) >= 1), name + " is mentioned: " + rows);
        }
        assertTrue(mentions(rows.get(0)) >= 2, "the most mentioned actor is mentioned more than once: " + rows);
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(mentions(rows.get(i - 1)) >= mentions(rows.get(i)), "most mentioned first: " + rows);
        }
    }

    static int mentions(Map<String, String> actor) {
        return Integer.parseInt(actor.get("mentions"));
    }

    @Test
    void timelineIsInDateOrderAndProvenanceGivesOffsets() {
        List<Map<String, String>> timeline = rows("timeline");
        for (int i = 1; i < timeline.size(); i++) {
            assertTrue(timeline.get(i - 1).get("date").compareTo(timeline.get(i).get("date")) <= 0, timeline.toString());
        }
        assertEquals("2016-09-12", timeline.get(0).get("date"));
        for (Map<String, String> r : rows("provenance")) {
            assertTrue(Integer.parseInt(r.get("start")) < Integer.parseInt(r.get("end")), r.toString());
            assertEquals(Integer.parseInt(r.get("end")) - Integer.parseInt(r.get("start")), r.get("sentence").length(),
                    "offsets cover the sentence: " + r);
        }
    }

    @Test
    void theSeedGraphConformsToTheShapes() {
        CliRun run = CliRun.kg("validate", "--store", SeedStore.get().dir.toString());
        assertEquals(0, run.code(), run.out() + "\n" + run.err());
        assertTrue(run.out().contains("conforms"), run.out());
    }
}
