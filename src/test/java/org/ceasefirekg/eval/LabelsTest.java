package org.ceasefirekg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ceasefirekg.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Label matching against the real gazetteer of ontology/. */
class LabelsTest {
    static Labels labels;

    @BeforeAll
    static void load() throws IOException {
        labels = new Labels(Lexicon.load(Path.of("ontology")), Map.of("Union of Medical Care Organizations", List.of("UMCO")));
    }

    @Test
    void normalisesCaseArticlesPossessivesAndPunctuation() {
        assertEquals("syrian observatory", Labels.normalize("the Syrian Observatory's"));
        assertEquals("us led coalition", Labels.normalize("US-led coalition"));
    }

    @Test
    void gazetteerEntriesMakeDifferentSpellingsTheSameActor() {
        assertTrue(labels.sameActor("Syrian Arab Red Crescent", "SARC"));
        assertTrue(labels.sameActor("Deir ez-Zor", "Deir Ezzor"));
        assertTrue(labels.sameActor("Syrian Arab Army", "government forces"));
        assertTrue(labels.sameActor("Russia", "Russian officials"), "a demonym with a common noun names the state");
        assertTrue(labels.sameActor("United States", "US officials"));
        assertFalse(labels.sameActor("Syrian Arab Army", "Syrian government"), "army and government are two entries");
        assertFalse(labels.sameActor("Russia", "Russian Armed Forces"));
    }

    @Test
    void capitalisedWordsOutsideTheNameBlockAGazetteerMatch() {
        assertEquals(Optional.empty(), labels.entry("Russia Direct"));
        assertEquals(Optional.empty(), labels.entry("Abdulrahman Attar"), "not the monitor's head, whose surname is an alias");
        assertFalse(labels.sameActor("Rami Abdel Rahman", "Abdulrahman Attar"));
        assertTrue(labels.entry("Red Crescent volunteers").isPresent());
    }

    @Test
    void unknownNamesMatchWhenOneEndsTheOther() {
        assertTrue(labels.sameActor("Mohammad al-Halabi", "Halabi"));
        assertTrue(labels.sameActor("local activists", "activists"));
        assertFalse(labels.sameActor("Zouhir al-Shimale", "Zouhir"), "a first name alone is not the person");
        assertFalse(labels.sameActor("Syrian Arab Army", "army"), "a known actor needs its own entry");
    }

    @Test
    void goldAliasesJoinSpellingsTheGazetteerDoesNotKnow() {
        assertTrue(labels.sameActor("Union of Medical Care Organizations", "UMCO"));
        assertTrue(labels.sameActor("UMCO", "Union of Medical Care Organizations"));
    }

    @Test
    void anAffiliationMatchesThroughTheGazetteersChain() {
        assertTrue(labels.affiliatedWith("Russia", "Russian Ministry of Foreign Affairs"), "the ministry belongs to Russia");
        assertTrue(labels.affiliatedWith("United States", "United States Department of State"));
        assertFalse(labels.affiliatedWith("Russian Ministry of Foreign Affairs", "Russia"), "not the other way round");
    }

    @Test
    void textMatchesByWordsIgnoringPluralAndCase() {
        assertTrue(Labels.sameText("soldiers", "Syrian soldier"));
        assertTrue(Labels.sameText("Red Crescent volunteers", "volunteers"));
        assertFalse(Labels.sameText("civilians", "soldiers"));
    }

    @Test
    void quotesMatchByTheirFirstWords() {
        assertTrue(Labels.quoteStarts("we will not", "\u201cWe will NOT give up, he said\u201d"));
        assertFalse(Labels.quoteStarts("we will not", "They said we will not"));
        assertFalse(Labels.quoteStarts("we will", "we willingly"));
    }

    @Test
    void daysAreReadAsWrittenOrInUtcAndTimesInUtc() {
        assertEquals("2016-09-12", Labels.day("2016-09-12T19:00:00+03:00"));
        assertEquals("2020-03-06", Labels.day("2020-03-06T00:00:00+03:00"));
        assertEquals("2020-03-05", Labels.utcDay("2020-03-06T00:00:00+03:00"));
        assertEquals(Optional.of("16:00"), Labels.time("2016-09-12T19:00:00+03:00"));
        assertEquals("2016-09-12", Labels.day("2016-09-12"));
        assertEquals(Optional.empty(), Labels.time("2016-09-12"));
        assertEquals(Optional.of("16:00"), Labels.time("2016-09-12T16:00Z"));
    }

    @Test
    void aStartDayComparesAsTheGoldWritesIt() {
        // a gold day alone is the day where the truce holds; a gold date-time in UTC gives its UTC day
        assertTrue(FieldKind.DAY.matches("2020-03-06", "2020-03-06T00:00:00+03:00", labels));
        assertTrue(FieldKind.DAY.matches("2020-03-05T21:00Z", "2020-03-06T00:00:00+03:00", labels));
        assertFalse(FieldKind.DAY.matches("2020-03-07", "2020-03-06T00:00:00+03:00", labels));
        assertFalse(FieldKind.DAY.matches("2020-03-03", "2020-03-05T01:00:00+03:00", labels));
    }

    @Test
    void cameoLabelsBecomeEventClasses() {
        assertEquals("Airstrike", labels.eventClass("Employ aerial weapons"));
        assertEquals("Shelling", labels.eventClass("Fight with artillery and tanks"));
        assertEquals("Violate ceasefire", labels.eventClass("Violate ceasefire"), "a concept without a class keeps its label");
    }
}
