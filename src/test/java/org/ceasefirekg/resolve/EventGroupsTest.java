package org.ceasefirekg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.Test;

/** The rules by which reports are grouped, on reports made by hand. */
class EventGroupsTest {
    static final String AIRSTRIKE = Vocab.cf("Airstrike");
    static final String SHELLING = Vocab.cf("Shelling");
    static final LocalDate DAY = LocalDate.of(2016, 9, 17);
    static final EventGroups GROUPS = new EventGroups(
            Map.of("town", Set.of("province", "country"), "elsewhere", Set.of("country")),
            Map.of("air-force", Set.of("coalition")));

    static IncidentReport report(String iri, String kind, LocalDate date, boolean vague, String place,
                                 String perpetrator) {
        return new IncidentReport(iri, kind, date, vague, place == null ? Set.of() : Set.of(place),
                place != null && !place.equals("country"), perpetrator == null ? Set.of() : Set.of(perpetrator),
                Set.of(), Set.of(DAY.plusDays(1)), Set.of("article-" + iri));
    }

    /** The report as its article told it on another day. */
    static IncidentReport out(IncidentReport r, LocalDate published) {
        return new IncidentReport(r.iri(), r.kind(), r.date(), r.vague(), r.places(), r.specific(), r.perpetrators(),
                r.parties(), Set.of(published), r.articles());
    }

    static List<List<String>> iris(List<IncidentReport> reports) {
        return GROUPS.group(reports).stream().map(g -> g.stream().map(IncidentReport::iri).toList()).toList();
    }

    @Test
    void aDayApartIsOneEventOnlyWhenOneDayIsVagueAndTheyShareAParty() {
        assertEquals(List.of(List.of("a", "b")), iris(List.of(out(report("a", AIRSTRIKE, DAY, false, "town",
                "air-force"), DAY), report("b", AIRSTRIKE, DAY.plusDays(1), true, "town", "coalition"))));
        // both out the day after: one tells of the day before ("on Monday"), the other of its own day
        assertEquals(List.of(), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", "air-force"),
                report("b", AIRSTRIKE, DAY.plusDays(1), true, "town", "coalition"))));
        // "rockets hit the town on Monday" and "shells hit the town today": the town is shelled most days
        assertEquals(List.of(), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", null),
                report("b", AIRSTRIKE, DAY.plusDays(1), true, "town", null))));
        assertEquals(List.of(), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", null),
                report("b", AIRSTRIKE, DAY.plusDays(1), false, "town", null))));
        // each dated by its own article's day: news of two different days
        assertEquals(List.of(), iris(List.of(report("a", AIRSTRIKE, DAY, true, "town", null),
                report("b", AIRSTRIKE, DAY.plusDays(1), true, "town", null))));
    }

    @Test
    void aReportWithoutAPlaceJoinsOnlyAnEventOfItsDayThatNamesOneOfItsActors() {
        // "a bomb attack killed two on Monday", nowhere said and by no one named: not the airstrike on a town
        assertEquals(List.of(), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", "air-force"),
                report("b", EventGroups.ATTACK, DAY, false, null, null))));
        assertEquals(List.of(List.of("a", "b")), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", "air-force"),
                report("b", AIRSTRIKE, DAY, false, null, "coalition"))), "the air force belongs to the coalition");
        assertEquals(List.of(), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", "air-force"),
                report("b", AIRSTRIKE, DAY.plusDays(1), true, null, "air-force"))), "a day off");
    }

    @Test
    void anUnplacedReportThatFitsTwoEventsJoinsTheOneAloneToShareANamedParty() {
        // "jets of Testland and Otherland took part in Saturday's strike": the one of two strikes Testland joined
        IncidentReport joined = new IncidentReport("a", AIRSTRIKE, DAY, false, Set.of("town"), true, Set.of(),
                Set.of("testland"), Set.of(DAY), Set.of("article-a"));
        IncidentReport other = report("b", AIRSTRIKE, DAY, false, "elsewhere", "rebels");
        IncidentReport unplaced = new IncidentReport("c", AIRSTRIKE, DAY, false, Set.of(), false, Set.of(),
                Set.of("testland", "otherland"), Set.of(DAY), Set.of("article-c"));
        assertEquals(List.of(List.of("a", "c")), iris(List.of(joined, other, unplaced)));
        IncidentReport sharesNothing = new IncidentReport("c", AIRSTRIKE, DAY, false, Set.of(), false, Set.of(),
                Set.of("otherland"), Set.of(DAY), Set.of("article-c"));
        assertEquals(List.of(), iris(List.of(joined, other, sharesNothing)), "fits both, ties to neither");
    }

    @Test
    void anAttackFitsAnAirstrikeButAnAirstrikeIsNoShelling() {
        assertEquals(List.of(List.of("a", "b")), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", null),
                report("b", EventGroups.ATTACK, DAY, false, "province", null))));
        assertEquals(List.of(), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", null),
                report("b", SHELLING, DAY, false, "town", null))));
    }

    @Test
    void anAttackThatFitsTwoEventsEquallyJoinsNeither() {
        List<IncidentReport> reports = List.of(report("a", AIRSTRIKE, DAY, false, "town", null),
                report("b", SHELLING, DAY, false, "town", null), report("c", EventGroups.ATTACK, DAY, false, "town",
                        null));
        assertEquals(List.of(), iris(reports));
    }

    @Test
    void perpetratorsMustBeTheSameOrOneBelongToTheOther() {
        assertEquals(List.of(List.of("a", "b")), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", "air-force"),
                report("b", AIRSTRIKE, DAY, false, "town", "coalition"))));
        assertEquals(List.of(), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", "air-force"),
                report("b", AIRSTRIKE, DAY, false, "town", "rebels"))));
    }

    @Test
    void aReportPlacedOnlyInACountryJoinsTheOneEventOfItsDayButNeverFoundsOne() {
        assertEquals(List.of(List.of("a", "b")), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", "air-force"),
                report("b", AIRSTRIKE, DAY, false, "country", "air-force"))));
        assertEquals(List.of(), iris(List.of(report("a", AIRSTRIKE, DAY, false, "country", null),
                report("b", AIRSTRIKE, DAY, false, "country", null))));
        assertEquals(List.of(), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", null),
                report("b", AIRSTRIKE, DAY, false, "elsewhere", null), report("c", AIRSTRIKE, DAY, false, "country",
                        null))));
    }

    @Test
    void twoIncidentsOfOneArticleStayApart() {
        IncidentReport a = report("a", AIRSTRIKE, DAY, false, "town", null);
        IncidentReport b = report("b", AIRSTRIKE, DAY, false, "town", null);
        IncidentReport sameArticle = new IncidentReport("b", AIRSTRIKE, DAY, false, b.places(), true, Set.of(),
                Set.of(), b.published(), a.articles());
        assertEquals(List.of(List.of("a", "b")), iris(List.of(a, b)));
        assertEquals(List.of(), iris(List.of(a, sameArticle)));
        // two vague ones of one article: the first joins, the second stays apart
        IncidentReport undated = new IncidentReport("c", AIRSTRIKE, null, false, b.places(), true, Set.of(),
                Set.of("testland"), b.published(), Set.of("article-c"));
        IncidentReport unplaced = new IncidentReport("d", AIRSTRIKE, DAY, false, Set.of(), false, Set.of(),
                Set.of("testland"), b.published(), Set.of("article-c"));
        IncidentReport aWithParty = new IncidentReport("a", AIRSTRIKE, DAY, false, a.places(), true, Set.of(),
                Set.of("testland"), a.published(), a.articles());
        assertEquals(List.of(List.of("a", "c")), iris(List.of(aWithParty, undated, unplaced)));
        assertEquals(List.of(List.of("a", "d")), iris(List.of(aWithParty, unplaced)), "alone, the unplaced one joins");
    }

    @Test
    void anUndatedReportJoinsOnlyWhenItsArticleCameOutThatDayOrTheNext() {
        assertEquals(List.of(List.of("a", "b")), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", "air-force"),
                report("b", AIRSTRIKE, null, false, "town", "air-force"))));
        assertEquals(List.of(), iris(List.of(report("a", AIRSTRIKE, DAY.minusDays(2), false, "town", "air-force"),
                report("b", AIRSTRIKE, null, false, "town", "air-force"))), "out three days after the event");
        // out on the day of the first raid, its article cannot tell the raid of the next day that the event holds
        IncidentReport firstDay = new IncidentReport("c", AIRSTRIKE, null, false, Set.of("town"), true, Set.of(),
                Set.of("air-force"), Set.of(DAY), Set.of("article-c"));
        assertEquals(List.of(List.of("a", "b")), iris(List.of(out(report("a", AIRSTRIKE, DAY, false, "town",
                "air-force"), DAY), report("b", AIRSTRIKE, DAY.plusDays(1), true, "town", "air-force"), firstDay)));
        IncidentReport nextDay = new IncidentReport("c", AIRSTRIKE, null, false, Set.of("town"), true, Set.of(),
                Set.of("air-force"), Set.of(DAY.plusDays(1)), Set.of("article-c"));
        assertEquals(List.of(List.of("a", "b", "c")), iris(List.of(out(report("a", AIRSTRIKE, DAY, false, "town",
                "air-force"), DAY), report("b", AIRSTRIKE, DAY.plusDays(1), true, "town", "air-force"), nextDay)));
        // "airstrikes on the town killed 13", with no day, out the day after: that day's news
        assertEquals(List.of(List.of("a", "b")), iris(List.of(report("a", AIRSTRIKE, DAY, false, "town", null),
                report("b", AIRSTRIKE, null, false, "town", null))));
    }
}
