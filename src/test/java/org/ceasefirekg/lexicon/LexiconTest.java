package org.ceasefirekg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curated lexicon as the pipeline reads it from ontology/. */
class LexiconTest {
    static Lexicon lexicon;
    static NameIndex names;

    @BeforeAll
    static void load() throws IOException {
        lexicon = Lexicon.load(Path.of("ontology"));
        names = new NameIndex(lexicon);
    }

    @Test
    void triggersAreLemmasMappedToConcepts() {
        assertTrue(lexicon.conceptsOf("ceasefire").contains(Vocab.CEASEFIRE_EVENT));
        assertTrue(lexicon.conceptsOf("cease - fire").contains(Vocab.CEASEFIRE_EVENT), "hyphens are tokens of their own");
        assertTrue(lexicon.conceptsOf("Kill").contains(Vocab.KILLED));
        assertTrue(lexicon.conceptsOf("say").contains(Vocab.SPEECH));
        assertTrue(lexicon.conceptsOf("table").isEmpty());
        assertEquals(Vocab.cf("Airstrike"), lexicon.eventClasses().get(Vocab.CAMEO + "195"));
    }

    @Test
    void aTriggerKeyIsLowerCaseWithSingleSpacesAndTightHyphens() {
        assertEquals("cease-fire", Lexicon.normalizeTrigger(" Cease - fire "));
        assertEquals("call for truce", Lexicon.normalizeTrigger("call\tfor  Truce"));
        assertEquals("air strike", Lexicon.normalizeTrigger("Air strike"));
        assertEquals("- fire", Lexicon.normalizeTrigger("- fire"), "only a hyphen between words closes up");
    }

    @Test
    void gazetteerHoldsActorsPlacesAndLinks() {
        GazetteerEntry russia = lexicon.entries().get(Vocab.ACTOR + "russia");
        assertTrue(russia.isActor() && russia.isPlace(), "a country acts and is a place");
        assertTrue(russia.sameAs().contains("http://www.wikidata.org/entity/Q159"));
        assertTrue(russia.demonyms().contains("Russian"));
    }

    @Test
    void statesKeepTheirTimeZoneAndAnUnknownZoneIsRefusedByName() {
        assertEquals("Europe/Kiev", lexicon.entries().get(Vocab.ACTOR + "ukraine").timeZone());
        for (GazetteerEntry e : lexicon.entries().values()) {
            if (e.timeZone() != null) {
                assertTrue(e.isPlace() && e.isActor(), e.iri() + " has a time zone but is no state");
            }
        }
        org.apache.jena.rdf.model.Model bad = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString("""
                @prefix cf: <https://w3id.org/ceasefire-kg/ontology#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://example.org/ruritania> a cf:State , cf:Place ; skos:inScheme cf:ActorGazetteer ;
                    skos:prefLabel "Ruritania"@en ; cf:timeZone "Europe/Strelsau" .
                """, org.apache.jena.riot.Lang.TURTLE).parse(bad);
        LexiconException e = org.junit.jupiter.api.Assertions.assertThrows(LexiconException.class,
                () -> Lexicon.fromModel(bad));
        assertTrue(e.getMessage().contains("https://example.org/ruritania") && e.getMessage().contains("Europe/Strelsau"),
                e.getMessage());
    }

    @Test
    void namesAreFoundLeftmostLongestWithCaseRules() {
        List<NameIndex.Match> found = names.find("The U.S.-led coalition and Syrian Arab Red Crescent trucks; rebels fled.");
        List<String> labels = found.stream().map(m -> m.entry().label()).toList();
        assertTrue(labels.contains("Syrian Arab Red Crescent"), labels.toString());
        assertTrue(found.stream().noneMatch(m -> m.entry().label().equals("Syria")), "no shorter name inside a longer one");
        assertTrue(names.find("ap news").isEmpty(), "capitalised names match case-sensitively: " + names.find("ap news"));
        assertTrue(!names.find("Rebels attacked").isEmpty(), "lower-case names match in any case");
        assertTrue(names.find("the Syrian Coalition said").stream().noneMatch(m -> m.entry().label().contains("coalition")),
                "a lower-case alias is no part of another proper name: " + names.find("the Syrian Coalition said"));
        assertTrue(names.find("Syrias fragile truce").stream().anyMatch(m -> m.entry().label().equals("Syria")),
                "a possessive whose apostrophe was dropped");
        assertTrue(names.find("The Britain-based monitor").isEmpty(), "X-based says where, not who");
        assertEquals(names.find("Assad's troops").stream().map(m -> m.entry().label()).toList(),
                names.find("Assad\u2019s troops").stream().map(m -> m.entry().label()).toList(),
                "a typographic apostrophe matches a name written with a typewriter one");
        assertEquals(List.of("Syrian Arab Army"), names.find("Assad\u2019s troops").stream()
                .map(m -> m.entry().label()).toList(), "the possessor's forces, not the possessor");
        assertEquals(List.of("Syrian Arab Army"), names.find("Assads forces").stream()
                .map(m -> m.entry().label()).toList(), "a possessive name whose apostrophe was dropped");
        assertEquals(List.of("Syrian Arab Army"), names.find("the Assad regime\u2019s forces").stream()
                .map(m -> m.entry().label()).toList(), "a group named by owner and plural head, as a possessive");
        assertEquals(List.of("Syrian Arab Army", "Syrian Arab Army"), names.find("Syria's armed forces and Syrias army")
                .stream().map(m -> m.entry().label()).toList(), "a demonym's name with the state's possessive");
    }

    @Test
    void resolvesAPhraseToItsHeadName() {
        assertEquals("Sergey Lavrov", names.resolve("Russian Foreign Minister Sergey Lavrov").get().entry().label());
        assertEquals("Russia", names.resolve("Russian").get().entry().label(), "a demonym alone names its state");
        assertTrue(names.resolve("the weather").isEmpty());
        assertEquals("Syrian opposition", names.resolve("The opposition").get().entry().label(),
                "a name that keeps its article");
        assertEquals("Islamic State", names.resolve("Islamic State militants").get().entry().label(),
                "a named group beats the generic head noun");
        assertEquals("Syrian rebels", names.resolve("Syria rebel").get().entry().label(), "a country does not");
        assertEquals("Syrian Arab Army", names.resolve("the Syrian miltiary").get().entry().label(),
                "two swapped letters in a name's word");
    }

    @Test
    void aSurfaceFormNamesOneEntryAcrossAllGazetteerFiles() {
        Map<String, Set<String>> owners = new TreeMap<>();
        Set<String> placeNames = new HashSet<>();
        for (GazetteerEntry e : lexicon.entries().values()) {
            Stream.of(e.names(), e.demonyms(), e.metonyms()).flatMap(List::stream).forEach(form -> owners
                    .computeIfAbsent(form.replace('\u2019', '\''), k -> new TreeSet<>()).add(e.iri()));
            if (e.isPlace()) {
                placeNames.addAll(e.names());
            }
        }
        // "Moscow" is the city's name and the metonym of Russia: a capital standing for its state is the one overlap
        List<String> shared = owners.entrySet().stream()
                .filter(o -> o.getValue().size() > 1 && !(o.getValue().size() == 2 && placeNames.contains(o.getKey())))
                .map(o -> o.getKey() + " " + o.getValue()).toList();
        assertTrue(shared.isEmpty(), "names claimed by two entries: " + shared);
    }

    @Test
    void peopleCarryTheirAffiliationAndOnlyDistinctiveSurnames() {
        List<String> unaffiliated = lexicon.entries().values().stream().filter(GazetteerEntry::isPerson)
                .filter(e -> e.affiliation() == null || !lexicon.entries().containsKey(e.affiliation()))
                .map(GazetteerEntry::label).toList();
        assertTrue(unaffiliated.isEmpty(), "people without a known affiliation: " + unaffiliated);
        GazetteerEntry envoy = names.resolve("Geir Pedersen").orElseThrow().entry();
        assertEquals(Vocab.ACTOR + "united-nations", envoy.affiliation());
        assertEquals(Vocab.ACTOR + "mohamed-morsi", names.resolve("President Morsi").orElseThrow().entry().iri());
        assertTrue(names.resolve("Saleh").filter(m -> m.entry().isPerson()).isEmpty(),
                "a surname many people share names no one");
    }
}
