package org.ceasefirekg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.Test;

/** Which incident mentions of one article become one event. */
class IncidentClustersTest {

    static final String AIRSTRIKE = Vocab.cf("Airstrike");
    static final String SHELLING = Vocab.cf("Shelling");

    static IncidentClusters.Mention mention(int sentence, String type, String date, String place,
                                            Set<String> perpetrators) {
        Frame frame = new Frame("195", sentence, new Span(sentence * 100, sentence * 100 + 9, "airstrike"), List.of());
        return new IncidentClusters.Mention(frame, type, date, place, null, perpetrators, Set.of(), false);
    }

    static List<IncidentClusters.Cluster> cluster(IncidentClusters.Mention... mentions) {
        return IncidentClusters.cluster(List.of(mentions), "a1", type -> type.substring(type.lastIndexOf('#') + 1));
    }

    @Test
    void aBareMentionJoinsTheEventOfItsKindToldWithDetails() {
        var clusters = cluster(mention(1, AIRSTRIKE, null, null, Set.of("coalition")),
                mention(9, AIRSTRIKE, "2016-09-17", "deir-ez-zor", Set.of()));
        assertEquals(1, clusters.size());
        assertEquals(Set.of("coalition"), clusters.get(0).perpetrators);
        assertEquals("2016-09-17", clusters.get(0).date);
    }

    @Test
    void aBareMentionByAnotherActorStaysApart() {
        var clusters = cluster(mention(2, AIRSTRIKE, "2016-08-10", "aleppo", Set.of("regime")),
                mention(3, AIRSTRIKE, null, null, Set.of("coalition")));
        assertEquals(2, clusters.size());
    }

    @Test
    void aBareMentionOfAnotherKindStaysApart() {
        var clusters = cluster(mention(2, AIRSTRIKE, "2016-09-17", "deir-ez-zor", Set.of()),
                mention(3, SHELLING, null, null, Set.of()));
        assertEquals(2, clusters.size());
    }

    @Test
    void mentionsOnDifferentDatesStayApart() {
        var clusters = cluster(mention(2, AIRSTRIKE, "2016-09-17", null, Set.of()),
                mention(3, AIRSTRIKE, "2016-09-16", null, Set.of()));
        assertEquals(2, clusters.size());
    }

    @Test
    void anEventToldInAnotherMonthStaysApartEvenWhenDefinite() {
        Frame august = new Frame("195", 2, new Span(200, 209, "airstrike"),
                List.of(new org.ceasefirekg.extract.Argument(Frame.TIME, new Span(230, 236, "August"), "DATE",
                        "2016-08")));
        var inAugust = new IncidentClusters.Mention(august, AIRSTRIKE, null, "aleppo", null, Set.of("regime"),
                Set.of(), false);
        Frame saturday = new Frame("195", 30, new Span(3000, 3009, "airstrike"), List.of());
        var onSaturday = new IncidentClusters.Mention(saturday, AIRSTRIKE, "2016-09-17", null, null, Set.of(),
                Set.of(), true);
        assertEquals(2, cluster(inAugust, onSaturday).size());
    }

    @Test
    void aMentionJoinsTheEventThatHitTheSameTarget() {
        Frame attack = new Frame("190", 24, new Span(2400, 2403, "hit"), List.of());
        var convoyHit = new IncidentClusters.Mention(attack, Vocab.cf("Attack"), "2016-09-19", "urum", null, Set.of(),
                Set.of("convoy"), false);
        var otherStrike = mention(3, AIRSTRIKE, "2016-09-17", "deir-ez-zor", Set.of("coalition"));
        Frame strikes = new Frame("195", 27, new Span(2700, 2710, "Airstrikes"), List.of());
        var strikesOnConvoy = new IncidentClusters.Mention(strikes, AIRSTRIKE, null, null, null, Set.of(),
                Set.of("convoy"), false);
        var clusters = cluster(convoyHit, otherStrike, strikesOnConvoy);
        assertEquals(2, clusters.size());
        var convoy = clusters.stream().filter(c -> c.targets.contains("convoy")).findFirst().orElseThrow();
        assertEquals(AIRSTRIKE, convoy.type, "the attack on the convoy was an airstrike");
        assertEquals(2, convoy.members.size());
    }

    @Test
    void twoSidesThatHitOneTargetWithNothingElseInCommonAreTwoAttacks() {
        Frame raid = new Frame("195", 4, new Span(400, 407, "strikes"), List.of());
        var airRaid = new IncidentClusters.Mention(raid, AIRSTRIKE, null, null, null, Set.of("air-force"),
                Set.of("army"), false);
        Frame assault = new Frame("190", 9, new Span(900, 908, "attacked"), List.of());
        var rebelAssault = new IncidentClusters.Mention(assault, Vocab.cf("Attack"), null, null, null,
                Set.of("rebels"), Set.of("army"), false);
        assertEquals(2, cluster(airRaid, rebelAssault).size());
        var sameSide = new IncidentClusters.Mention(assault, Vocab.cf("Attack"), null, null, null, Set.of(),
                Set.of("army"), false);
        assertEquals(1, cluster(airRaid, sameSide).size(), "with no side named, the target ties them");
    }

    static IncidentClusters.Mention told(int sentence, String date, String place, String time, String cue,
                                         boolean definite) {
        List<org.ceasefirekg.extract.Argument> args = new java.util.ArrayList<>();
        if (time != null) {
            args.add(new org.ceasefirekg.extract.Argument(Frame.TIME, new Span(sentence * 100 + 20,
                    sentence * 100 + 26, "Sunday"), "DATE", time));
        }
        if (cue != null) {
            args.add(new org.ceasefirekg.extract.Argument(Frame.ADDITIVE, new Span(sentence * 100 + 30,
                    sentence * 100 + 30 + cue.length(), cue), null, null));
        }
        Frame frame = new Frame("195", sentence, new Span(sentence * 100, sentence * 100 + 9, "airstrike"), args);
        return new IncidentClusters.Mention(frame, AIRSTRIKE, date, place, null, Set.of(), Set.of(), definite);
    }

    @Test
    void aDefiniteMentionWithItsOwnDayFarFromASideEventStaysApart() {
        var side = told(7, null, "aleppo", null, null, false);
        var far = told(26, "2016-09-17", null, null, null, true);
        assertEquals(2, cluster(side, far).size(), "many sentences on, the raids of a given day are another raid");
        var near = told(10, "2016-09-17", null, null, null, true);
        assertEquals(1, cluster(side, near).size(), "a few sentences on, they are the raid just told");
    }

    @Test
    void aDefiniteMentionFarOnRefersToTheEventTheArticleLeadsWith() {
        var lead = told(1, "2016-09-19", null, null, null, true);
        var far = told(12, null, "urum", null, null, true);
        assertEquals(1, cluster(lead, far).size());
    }

    @Test
    void anotherEventIsNotTheOneToldBeforeIt() {
        var lead = told(2, null, "testtown", null, null, false);
        assertEquals(2, cluster(lead, told(9, "2016-09-17", null, null, "also", true)).size(),
                "the bombers also targeted the troops on Saturday: one more raid");
        assertEquals(1, cluster(lead, told(9, "2016-09-17", null, null, null, true)).size());
        var dated = told(2, "2016-09-17", "testtown", null, null, false);
        assertEquals(1, cluster(dated, told(9, "2016-09-17", "testtown", null, "again", true)).size(),
                "the same day and place are the same raid, told again");
    }

    @Test
    void mentionsOnDifferentUnresolvedWeekdaysStayApart() {
        var sunday = told(2, null, "aleppo", "XXXX-WXX-7", null, false);
        var monday = told(3, null, null, "XXXX-WXX-1", null, true);
        assertEquals(2, cluster(sunday, monday).size());
        assertEquals(1, cluster(sunday, told(3, null, null, "XXXX-WXX-7", null, true)).size());
    }

    @Test
    void onlyAWholeDayDatesAnEvent() {
        assertEquals("2016-09-17", Normalized.day("2016-09-17T19:00"));
        assertEquals(null, Normalized.day("XXXX-WXX-7"));
        assertEquals(null, Normalized.day("2014"));
        assertEquals(null, Normalized.day("2016-09"));
    }

    @Test
    void twoTollsThatShareOnlyTheDayAreTwoIncidents() {
        Frame first = new Frame("195", 1, new Span(100, 109, "airstrike"), List.of());
        Frame second = new Frame("195", 4, new Span(400, 409, "airstrike"), List.of());
        // "An airstrike on the north killed 9 on Friday. ... 4 were killed in an airstrike on Friday"
        var told = new IncidentClusters.Mention(first, AIRSTRIKE, "2019-05-17", "north", null, Set.of(), Set.of(),
                false, true);
        var tolled = new IncidentClusters.Mention(second, AIRSTRIKE, "2019-05-17", null, null, Set.of(), Set.of(),
                false, true);
        assertEquals(2, cluster(told, tolled).size());
        var untolled = new IncidentClusters.Mention(second, AIRSTRIKE, "2019-05-17", null, null, Set.of(), Set.of(),
                false, false);
        assertEquals(1, cluster(told, untolled).size(), "without a toll of its own it is the same airstrike");
        var definite = new IncidentClusters.Mention(second, AIRSTRIKE, "2019-05-17", null, null, Set.of(), Set.of(),
                true, true);
        assertEquals(1, cluster(told, definite).size(), "'the airstrike' refers back");
        Frame lead = new Frame("195", 2, new Span(200, 209, "airstrike"), List.of());
        var leadToll = new IncidentClusters.Mention(lead, AIRSTRIKE, "2019-05-17", null, null, Set.of(), Set.of(),
                false, true);
        assertEquals(1, cluster(told, leadToll).size(), "the title and lead tell one event and its toll twice");
    }

    @Test
    void victimsBeyondThoseCountedBeforeAreAnotherEventsToll() {
        Frame first = new Frame("195", 1, new Span(100, 109, "airstrike"), List.of());
        Frame further = new Frame("195", 4, new Span(400, 409, "airstrike"),
                List.of(new org.ceasefirekg.extract.Argument(Frame.ADDITIVE, new Span(400, 409, "airstrike"), null,
                        null)));
        // "Shells on the depot in the north killed 3 on Monday. ... A further 12 died in shelling of the northern
        // farms on Monday"
        var clinic = new IncidentClusters.Mention(first, AIRSTRIKE, "2019-05-17", "north", null, Set.of(), Set.of(),
                false, true);
        var beyond = new IncidentClusters.Mention(further, AIRSTRIKE, "2019-05-17", "north", null, Set.of(), Set.of(),
                false, true);
        var two = cluster(clinic, beyond);
        assertEquals(2, two.size());
        assertNotEquals(two.get(0).iri, two.get(1).iri, "two events of one kind, day and place have two IRIs");
        var untolled = new IncidentClusters.Mention(first, AIRSTRIKE, "2019-05-17", "north", null, Set.of(), Set.of(),
                false, false);
        assertEquals(1, cluster(untolled, beyond).size(), "nothing counted before: its victims are its own");
    }

    @Test
    void theLeadsUndatedTollIsNotTheTollOfAnAttackDaysBeforeTheArticle() {
        // "Shelling killed four in the old city" leads an article of the 15th that recalls, far down, "on Wednesday
        // (the 11th) bombers killed two in the city": two events; a strike of the 13th is still the lead's news
        Frame lead = new Frame("194", 1, new Span(100, 108, "shelling"), List.of());
        var shelling = new IncidentClusters.Mention(lead, SHELLING, null, "city", null, Set.of(), Set.of(), false,
                true);
        Frame late = new Frame("190", 9, new Span(900, 906, "attack"), List.of());
        var older = new IncidentClusters.Mention(late, Vocab.cf("Attack"), "2017-10-11", "city", null, Set.of(),
                Set.of(), false, true);
        var recent = new IncidentClusters.Mention(late, Vocab.cf("Attack"), "2017-10-13", "city", null, Set.of(),
                Set.of(), false, true);
        java.util.function.Function<String, String> key = type -> type.substring(type.lastIndexOf('#') + 1);
        assertEquals(2, IncidentClusters.cluster(List.of(shelling, older), "a1", key, "2017-10-15").size());
        assertEquals(1, IncidentClusters.cluster(List.of(shelling, recent), "a1", key, "2017-10-15").size());
        assertEquals(1, IncidentClusters.cluster(List.of(shelling, older), "a1", key, null).size(), "no day known");
    }
    @Test
    void aKidnappingToldBesideAnAttackIsAnotherActUnlessTheAttackRefersBack() {
        // "Gunmen stormed an army post in the north on Monday. ... They abducted six travellers": a raid (Fight) and
        // a kidnapping (Assault), both cf:Attack, share only the actor
        String attack = Vocab.cf("Attack");
        Frame raid = new Frame("190", 1, new Span(100, 107, "stormed"), List.of());
        Frame taking = new Frame("181", 3, new Span(300, 308, "abducted"), List.of());
        var stormed = new IncidentClusters.Mention(raid, attack, "2024-03-04", "north", null, Set.of("gunmen"),
                Set.of(), false);
        var abducted = new IncidentClusters.Mention(taking, attack, null, null, null, Set.of("gunmen"), Set.of(),
                false);
        assertEquals(2, cluster(stormed, abducted).size());
        Frame later = new Frame("190", 4, new Span(400, 406, "attack"), List.of());
        var theAttack = new IncidentClusters.Mention(later, attack, null, null, null, Set.of(), Set.of(), true);
        Frame bombing = new Frame("183", 1, new Span(100, 107, "bombing"), List.of());
        var blast = new IncidentClusters.Mention(bombing, attack, "2024-03-04", "north", null, Set.of(), Set.of(),
                false);
        assertEquals(1, cluster(blast, theAttack).size(), "'the attack' refers back to the bombing");
    }

    @Test
    void oneSentencesActsOfOneDayAndPlaceAreOneActAndKeepAnotherFamilyApart() {
        // "Two suicide bombers killed four in an attack near the depot on Monday. ... Shelling hit the depot too."
        String attack = Vocab.cf("Attack");
        Frame bombers = new Frame("183", 5, new Span(500, 507, "bombers"), List.of());
        Frame inAttack = new Frame("190", 5, new Span(540, 546, "attack"), List.of());
        Frame shells = new Frame("194", 1, new Span(100, 108, "shelling"), List.of());
        var suicide = new IncidentClusters.Mention(bombers, attack, "2024-03-04", "depot", null, Set.of(), Set.of(),
                false);
        var anAttack = new IncidentClusters.Mention(inAttack, attack, "2024-03-04", "depot", null, Set.of(), Set.of(),
                false);
        var shelling = new IncidentClusters.Mention(shells, Vocab.cf("Shelling"), null, "depot", null, Set.of(),
                Set.of(), false);
        var events = cluster(suicide, anAttack, shelling);
        assertEquals(2, events.size(), "the bombing and 'an attack' are one act; the shelling is another");
        assertEquals(2, events.get(0).members.size());
    }
}
