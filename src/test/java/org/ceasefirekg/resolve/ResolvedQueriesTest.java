package org.ceasefirekg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The competency queries of queries/ on the hand-written store, before and after event resolution. */
class ResolvedQueriesTest {
    static final String EVENT = EventResolution.EVENT_BASE + "airstrike-2016-09-17-testtown";

    @TempDir
    Path dir;

    @Test
    void disagreementsCompareOnlyTwoActorsCountsOfOneResolvedEvent() throws IOException {
        try (KgStore store = FixtureStore.open(dir)) {
            // Three nodes, three claimants: nothing to compare until they are one event.
            assertEquals(Set.of(), pairs(store));
            FixtureStore.resolve(store);
            // Not compared: the monitor with its own director, "at least 62" with 75 (less than a quarter above), the
            // monitor's civilians among its own dead, a
            // generic phrase, a place's name taken for a source, the war-wide toll, the children and the fighters
            // among the dead (other victims than all the dead), the four other events' counts.
            assertEquals(Set.of("killed 62 Test Army (a1.txt) 90 Test Monitor (b1.txt)"), pairs(store));
            FixtureStore.select(store, "disagreements")
                    .forEach(r -> assertEquals(EVENT, r.get("incident"), "the resolved event is the incident"));
        }
    }

    @Test
    void incidentsListOneRowPerEventWithEveryReportsArticle() throws IOException {
        try (KgStore store = FixtureStore.open(dir)) {
            assertEquals(7, FixtureStore.select(store, "incidents").size());
            FixtureStore.resolve(store);
            List<Map<String, String>> rows = FixtureStore.select(store, "incidents");
            assertEquals(5, rows.size(), "the event and the four distractors");
            Map<String, String> event = rows.stream().filter(r -> r.get("incident").equals(EVENT)).findFirst()
                    .orElseThrow();
            assertEquals("Employ aerial weapons", event.get("type"), "the specific type, not the attack's");
            assertEquals("2016-09-17", event.get("date"));
            assertEquals(Set.of("a1.txt", "b1.txt", "c1.txt"), split(event.get("document")));
            assertEquals(Set.of("Testtown", "Test Province"), split(event.get("place")));
            assertEquals(Set.of("Test Air Force", "Test Coalition"), split(event.get("perpetrator")));
            assertEquals("Test Army", event.get("target"), "told by one report of three");
            assertEquals("", event.get("participants"), "told by none");
        }
    }

    @Test
    void casualtyClaimsAndTimelineSeeTheEvent() throws IOException {
        try (KgStore store = FixtureStore.open(dir)) {
            FixtureStore.resolve(store);
            Map<String, String> undated = FixtureStore.select(store, "casualty-claims").stream()
                    .filter(r -> r.get("claim").endsWith("/claim/c1-1")).findFirst().orElseThrow();
            assertEquals(EVENT, undated.get("incident"));
            assertEquals("2016-09-17", undated.get("date"), "the day the other reports give");
            List<Map<String, String>> timeline = FixtureStore.select(store, "timeline").stream()
                    .filter(r -> EVENT.equals(r.get("event"))).toList();
            assertEquals(1, timeline.size(), "one row for the event: " + timeline);
            assertEquals("Airstrike in Testtown on 2016-09-17", timeline.get(0).get("label"));
            assertEquals("Employ aerial weapons", timeline.get(0).get("type"));
            assertEquals(Set.of("a1.txt", "b1.txt", "c1.txt"), split(timeline.get(0).get("document")));
        }
    }

    private static Set<String> pairs(KgStore store) throws IOException {
        return FixtureStore.select(store, "disagreements").stream()
                .map(r -> r.get("quantity") + " " + r.get("value1") + " " + r.get("source1") + " " + r.get("value2")
                        + " " + r.get("source2"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> split(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }
}
