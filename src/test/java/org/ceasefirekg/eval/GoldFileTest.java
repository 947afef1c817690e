package org.ceasefirekg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading gold files: the facts they yield and the mistakes they are refused for. */
class GoldFileTest {

    static GoldFile parse(String json) throws Exception {
        return GoldFile.parse(new ObjectMapper().readTree(json.replace('\'', '"')), "test.json");
    }

    static final String ONE_ARTICLE = """
            {'articles': {'kind': 'seeds', 'dir': 'seeds'},
             'documents': [{'document': 'a.txt',
               'ceasefire': {'start': '2016-09-12T16:00Z', 'brokers': ['Russia', 'United States'], 'declaredOverOn': '2016-09-19'},
               'incidents': [{'id': 'raid', 'type': 'Airstrike', 'date': '2016-09-17', 'place': ['Deir ez-Zor']}],
               'casualtyClaims': [{'claimant': null, 'killed': 62, 'wounded': 100, 'incident': 'raid'},
                                  {'claimant': 'Syrian Observatory for Human Rights', 'killed': 90, 'incident': 'raid', 'date': '2016-09-18'}],
               'quotes': [{'speaker': 'John Kerry', 'quote': 'We have not had'}],
               'actors': [{'label': 'John Kerry', 'role': 'Secretary of State'}]}]}""";

    @Test
    void ceasefireValuesBecomeOneFactEachAndFeedTheTimeline() throws Exception {
        GoldFile gold = parse(ONE_ARTICLE);
        assertEquals(List.of("start=2016-09-12", "startTime=16:00", "broker=Russia", "broker=United States",
                "declaredOverOn=2016-09-19"), gold.facts().get(Question.CEASEFIRES).stream().map(Fact::toString).toList());
        assertEquals(List.of("date=2016-09-12; kind=ceasefire start", "date=2016-09-19; kind=ceasefire declared over",
                "date=2016-09-17; kind=Airstrike"), gold.facts().get(Question.TIMELINE).stream().map(Fact::toString).toList());
    }

    @Test
    void casualtyClaimsGiveOneFactPerNumberWithTheirIncident() throws Exception {
        List<Fact> facts = parse(ONE_ARTICLE).facts().get(Question.CASUALTY_CLAIMS);
        assertEquals(List.of(
                "[a.txt] quantity=killed; value=62; claimant=(none); type=Airstrike; date=2016-09-17; place=Deir ez-Zor",
                "[a.txt] quantity=wounded; value=100; claimant=(none); type=Airstrike; date=2016-09-17; place=Deir ez-Zor",
                "[a.txt] quantity=killed; value=90; claimant=Syrian Observatory for Human Rights; type=Airstrike;"
                        + " date=2016-09-18; place=Deir ez-Zor"), facts.stream().map(Fact::toString).toList());
        assertTrue(facts.get(0).fields().containsKey("claimant") && facts.get(0).values("claimant").isEmpty(),
                "null means: must have no claimant");
        assertFalse(facts.get(0).fields().containsKey("victims"), "absent means: not compared");
    }

    @Test
    void actorsAreCorpusWideAndDisagreementsOnlyWhenListed() throws Exception {
        GoldFile gold = parse(ONE_ARTICLE);
        assertEquals(null, gold.facts().get(Question.ACTORS).get(0).document());
        assertFalse(gold.scores(Question.DISAGREEMENTS));
        assertEquals(java.util.Set.of("a.txt"), gold.fileNames());
    }

    @Test
    void faKesArticlesAreNamedByUnitId() throws Exception {
        GoldFile gold = parse("{'articles': {'kind': 'fa-kes', 'csv': 'x.csv'}, 'documents': [{'unitId': '42'}],"
                + " 'disagreements': [{'quantity': 'killed', 'values': [90, 62]}]}");
        assertEquals(List.of(new GoldFile.Document("42.txt", "42", null, null)), gold.documents());
        assertEquals("quantity=killed; value1=62; value2=90", gold.facts().get(Question.DISAGREEMENTS).get(0).toString());
    }

    @Test
    void mistakesAreRefusedWithTheirPlace() {
        String base = "{'articles': {'kind': 'seeds', 'dir': 'seeds'}, 'documents': [{'document': 'a.txt', %s}]}";
        assertEquals("test.json/documents[0]/quotes[0]: \"quote\" must be the quote's first words, at most 5",
                assertThrows(InvalidGoldException.class, () -> parse(base.formatted(
                        "'quotes': [{'quote': 'one two three four five six'}]"))).getMessage());
        assertTrue(assertThrows(InvalidGoldException.class, () -> parse(base.formatted(
                "'incidents': [{'type': 'Clash', 'perpetrators': ['Russia']}]"))).getMessage()
                .startsWith("test.json/documents[0]/incidents[0]: unknown key \"perpetrators\""));
        assertTrue(assertThrows(InvalidGoldException.class, () -> parse(base.formatted(
                "'casualtyClaims': [{'killed': 3, 'incident': 'nowhere'}]"))).getMessage().contains("no incident with id"));
        assertTrue(assertThrows(InvalidGoldException.class, () -> parse(base.formatted(
                "'violationClaims': [{'count': 'three hundred'}]"))).getMessage().contains("must be an integer"));
        assertTrue(assertThrows(InvalidGoldException.class, () -> parse(
                "{'articles': {'kind': 'rss', 'dir': 'x'}, 'documents': []}")).getMessage().contains("kind must be"));
        assertTrue(assertThrows(InvalidGoldException.class, () -> parse(
                "{'articles': {'kind': 'seeds', 'dir': 'x'}, 'documents': []}")).getMessage().contains("lists no article"));
    }

    @Test
    void theProjectsGoldFilesAreValid() throws Exception {
        GoldFile seeds = GoldFile.read(Path.of("src/test/resources/gold/seeds.json"));
        assertEquals(3, seeds.documents().size());
        GoldFile faKes = GoldFile.read(Path.of("src/test/resources/gold/fa-kes-2016-09.json"));
        assertTrue(faKes.documents().size() >= 10, "at least ten FA-KES articles");
        for (GoldFile gold : List.of(seeds, faKes)) {
            for (Question q : List.of(Question.CEASEFIRES, Question.CASUALTY_CLAIMS, Question.ACCUSATIONS,
                    Question.INCIDENTS, Question.QUOTES, Question.ACTORS)) {
                assertFalse(gold.facts().get(q).isEmpty(), gold.name() + " has gold for " + q);
            }
        }
    }
}
