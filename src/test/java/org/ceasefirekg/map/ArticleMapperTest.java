package org.ceasefirekg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mapper on recorded extraction fixtures: no CoreNLP models needed. */
class ArticleMapperTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static Lexicon lexicon;

    @BeforeAll
    static void loadLexicon() throws IOException {
        lexicon = Lexicon.load(Path.of("ontology"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"shelling", "truce"})
    void mapsRecordedArticleToTheGoldenGraph(String name) throws IOException {
        Model actual = GoldenGraphs.map(Fixtures.read(FIXTURES.resolve(name + ".json")), lexicon);
        GoldenGraphs.assertMatches(actual, FIXTURES.resolve(name + ".expected.ttl"));
    }

    @Test
    void mappingIsDeterministic() throws IOException {
        // Two copies read separately, so that nothing cached on one object (an identity hash, a memo) can make the
        // second mapping agree with the first.
        var first = Fixtures.read(FIXTURES.resolve("shelling.json"));
        var second = Fixtures.read(FIXTURES.resolve("shelling.json"));
        assertNotSame(first, second);
        assertNotSame(first.frames().get(0), second.frames().get(0));
        assertTrue(GoldenGraphs.map(first, lexicon).isIsomorphicWith(GoldenGraphs.map(second, lexicon)));
    }

    @Test
    void aCuratorsGazetteerEditChangesTheOutputWithoutJava(@TempDir Path dir) throws IOException {
        Path ontology = dir.resolve("ontology");
        Files.createDirectories(ontology);
        try (Stream<Path> files = Files.list(Path.of("ontology"))) {
            for (Path f : files.toList()) {
                Files.copy(f, ontology.resolve(f.getFileName()));
            }
        }
        var article = Fixtures.read(FIXTURES.resolve("shelling.json"));
        var speaker = ResourceFactory.createResource("https://w3id.org/ceasefire-kg/id/actor/local-council-speaker");
        assertFalse(GoldenGraphs.map(article, Lexicon.load(ontology)).containsResource(speaker));

        // What a curator would add: a new actor with an alias, in Turtle.
        Files.writeString(ontology.resolve("gazetteer.ttl"), """

                act:local-council-speaker a skos:Concept, cf:Person ;
                    skos:inScheme cf:ActorGazetteer ;
                    rdfs:label "Ahmed Hassan"@en ;
                    skos:prefLabel "Ahmed Hassan"@en ;
                    skos:altLabel "A. Hassan"@en .
                """, java.nio.file.StandardOpenOption.APPEND);
        Model edited = GoldenGraphs.map(article, Lexicon.load(ontology));
        assertTrue(edited.contains(null, ResourceFactory.createProperty(
                "https://w3id.org/ceasefire-kg/ontology#claimant"), speaker), "the quote is now attributed to the new actor");
    }

    @Test
    void theDateOfASentencesCasualtiesDatesItsUndatedIncident() throws IOException {
        AnnotatedArticle recorded = Fixtures.read(FIXTURES.resolve("shelling.json"));
        Argument time = recorded.frames().get(0).first(Frame.TIME).orElseThrow();
        List<Frame> frames = new ArrayList<>();
        for (Frame f : recorded.frames()) {
            List<Argument> args = new ArrayList<>(f.args().stream().filter(a -> !a.role().equals(Frame.TIME)).toList());
            if (f.concept().endsWith("#Killed")) {
                args.add(new Argument(Frame.TIME, time.span(), time.type(), "2017-01-02"));
            }
            frames.add(new Frame(f.concept(), f.sentence(), f.trigger(), args));
        }
        AnnotatedArticle moved = new AnnotatedArticle(recorded.article(), recorded.referenceDate(),
                recorded.dateInferred(), recorded.tokenCount(), recorded.sentences(), recorded.entities(),
                recorded.quotes(), frames, recorded.wording());
        Model model = GoldenGraphs.map(moved, lexicon);
        var date = ResourceFactory.createProperty("https://w3id.org/ceasefire-kg/ontology#date");
        var shelling = ResourceFactory.createResource("https://w3id.org/ceasefire-kg/ontology#Shelling");
        List<String> dates = model.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, shelling).toList()
                .stream().map(r -> r.hasProperty(date) ? r.getProperty(date).getLiteral().getLexicalForm() + " "
                        + r.getProperty(date).getLiteral().getDatatypeURI() : "(no date)").toList();
        assertEquals(List.of("2017-01-02 " + XSDDatatype.XSDdate.getURI()), dates);
    }

    @Test
    void aCeasefireStartWhoseTimeHasNoNormalizedValueStillMaps() throws IOException {
        AnnotatedArticle recorded = Fixtures.read(FIXTURES.resolve("shelling.json"));
        Argument time = recorded.frames().get(0).first(Frame.TIME).orElseThrow();
        List<Frame> frames = new ArrayList<>(recorded.frames());
        frames.add(new Frame(org.ceasefirekg.lexicon.Vocab.CEASEFIRE_START, 0, time.span(),
                List.of(new Argument(Frame.TIME, time.span(), "TIME", null))));
        AnnotatedArticle withStart = new AnnotatedArticle(recorded.article(), recorded.referenceDate(),
                recorded.dateInferred(), recorded.tokenCount(), recorded.sentences(), recorded.entities(),
                recorded.quotes(), frames, recorded.wording());
        Model model = GoldenGraphs.map(withStart, lexicon);
        var ceasefire = ResourceFactory.createResource("https://w3id.org/ceasefire-kg/ontology#Ceasefire");
        assertEquals(1, model.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, ceasefire).toList().size());
    }

    @Test
    void aListOfNamesThatSignsSignsAsEachAndOneNameAsOne() {
        String text = "The envoys of Russia, Turkey and Iran signed a truce. The Egyptian and Qatari envoys signed it.";
        int second = text.indexOf("The Egyptian");
        var article = new org.ceasefirekg.ingest.Article("a1", "a1.txt", text, null, null, "2020-01-01", null);
        Span list = new Span(0, text.indexOf(" signed"), text.substring(0, text.indexOf(" signed")));
        Span adjectives = new Span(second, text.lastIndexOf(" signed"), text.substring(second,
                text.lastIndexOf(" signed")));
        List<Frame> frames = List.of(
                new Frame(org.ceasefirekg.lexicon.Vocab.SIGN, 0, new Span(list.end() + 1, list.end() + 7, "signed"),
                        List.of(new Argument(Frame.AGENT, list, null, null))),
                new Frame(org.ceasefirekg.lexicon.Vocab.SIGN, 1, new Span(adjectives.end() + 1, adjectives.end() + 7,
                        "signed"), List.of(new Argument(Frame.AGENT, adjectives, null, null))));
        var sentences = List.of(new org.ceasefirekg.extract.Sentence(0, new Span(0, second - 1,
                text.substring(0, second - 1))), new org.ceasefirekg.extract.Sentence(1, new Span(second,
                text.length(), text.substring(second))));
        var wording = new org.ceasefirekg.extract.ArticleWording(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        Model model = GoldenGraphs.map(new AnnotatedArticle(article, "2020-01-01", false, 20, sentences, List.of(),
                List.of(), frames, wording), lexicon);
        var signatory = ResourceFactory.createProperty("https://w3id.org/ceasefire-kg/ontology#signatory");
        java.util.Set<String> signed = new java.util.TreeSet<>();
        model.listObjectsOfProperty(signatory).forEach(o -> signed.add(o.asResource().getLocalName()));
        assertTrue(signed.containsAll(List.of("iran", "russia", "turkey")), "each listed name signs: " + signed);
        assertFalse(signed.contains("qatar"), "two adjectives are no list of names: " + signed);
    }

    @Test
    void localTimeIsThePartiesClockNotTheBrokersThenTheDatelines() {
        assertEquals("2024-06-16T18:00:00+04:00", startTime("Russia said Armenia and Azerbaijan signed a truce."
                + " It begins at 6 p.m. local time on Sunday.", "Russia", "Armenia and Azerbaijan", "6 p.m. local time",
                "2024-06-16T18:00"));
        assertEquals("2024-05-05T00:00:00+02:00", startTime("KHARTOUM, May 2 (Wire) - Qatar said the truce begins at"
                + " midnight local time on Saturday.", "Qatar", null, "midnight local time", "2024-05-05T00:00"));
        // no sides, no country beside the truce, no dateline: the state whose towns the text names keeps the clock
        assertEquals("2024-05-05T00:00:00+02:00", startTime("Qatar said the truce begins at midnight on Saturday."
                + " Shells fell on Omdurman and Khartoum before it.", "Qatar", null, "midnight", "2024-05-05T00:00"));
        assertEquals("2024-05-05", startTime("Qatar said the truce begins at midnight on Saturday.", "Qatar", null,
                "midnight", "2024-05-05T00:00"), "no state named but the broker: the day, no clock");
    }

    /** The start a broker, signatories (or none) and a start time map to, as its lexical form. */
    private static String startTime(String text, String broker, String signers, String time, String value) {
        var article = new org.ceasefirekg.ingest.Article("a1", "a1.txt", text, null, null, "2024-05-02", null);
        List<Frame> frames = new ArrayList<>();
        Span b = span(text, broker, 0);
        frames.add(new Frame(org.ceasefirekg.lexicon.Vocab.MEDIATE, 0, b, List.of(new Argument(Frame.AGENT, b, null,
                null))));
        if (signers != null) {
            Span s = span(text, signers, 0);
            frames.add(new Frame(org.ceasefirekg.lexicon.Vocab.SIGN, 0, s, List.of(new Argument(Frame.AGENT, s, null,
                    null))));
        }
        Span t = span(text, time, 0);
        frames.add(new Frame(org.ceasefirekg.lexicon.Vocab.CEASEFIRE_START, 0, t, List.of(new Argument(Frame.TIME, t,
                "TIME", value))));
        var sentences = List.of(new org.ceasefirekg.extract.Sentence(0, new Span(0, text.length(), text)));
        var wording = new org.ceasefirekg.extract.ArticleWording(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        Model model = GoldenGraphs.map(new AnnotatedArticle(article, "2024-05-02", false, 20, sentences, List.of(),
                List.of(), frames, wording), lexicon);
        var start = ResourceFactory.createProperty("https://w3id.org/ceasefire-kg/ontology#startTime");
        return model.listObjectsOfProperty(start).toList().stream().map(o -> o.asLiteral().getLexicalForm())
                .findFirst().orElse("(none)");
    }

    @Test
    void casualtiesGoToTheSameIncidentWhateverTheOrderOfMentionsInMemory() throws IOException {
        var about = ResourceFactory.createProperty("https://w3id.org/ceasefire-kg/ontology#about");
        var claimType = ResourceFactory.createResource("https://w3id.org/ceasefire-kg/ontology#CasualtyClaim");
        java.util.Set<String> incidents = new java.util.TreeSet<>();
        for (int run = 0; run < 30; run++) {
            // a second incident told later in the sentence, with its own place, so the two stay apart
            AnnotatedArticle recorded = Fixtures.read(FIXTURES.resolve("shelling.json"));
            Frame shelling = recorded.frames().get(0);
            List<Frame> frames = new ArrayList<>(recorded.frames());
            frames.add(1, new Frame("https://w3id.org/ceasefire-kg/cameo/195", 0, new org.ceasefirekg.extract.Span(
                    76, 83, "killing"), List.of(shelling.first(Frame.TIME).orElseThrow())));
            AnnotatedArticle two = new AnnotatedArticle(recorded.article(), recorded.referenceDate(),
                    recorded.dateInferred(), recorded.tokenCount(), recorded.sentences(), recorded.entities(),
                    recorded.quotes(), frames, recorded.wording());
            Model model = GoldenGraphs.map(two, lexicon);
            model.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, claimType)
                    .forEach(c -> incidents.add(c.getPropertyResourceValue(about).getURI()));
        }
        assertEquals(1, incidents.size(), "the casualties' incident: " + incidents);
        assertTrue(incidents.iterator().next().contains("airstrike"), "the one told last: " + incidents);
    }

    @Test
    void violenceToldWithNothingToTellItApartIsNoIncident() throws IOException {
        AnnotatedArticle recorded = Fixtures.read(FIXTURES.resolve("shelling.json"));
        var incident = ResourceFactory.createResource("https://w3id.org/ceasefire-kg/ontology#Attack");
        for (boolean anchored : new boolean[] {false, true}) {
            // "attacks" in a sentence of its own: no day, place, casualties, or actor and target
            int last = recorded.sentences().size() - 1;
            var s = recorded.sentences().get(last).span();
            List<Argument> args = anchored ? List.of(new Argument(Frame.TIME, s, "DATE", "2015-05-05")) : List.of();
            List<Frame> frames = new ArrayList<>(recorded.frames());
            frames.add(new Frame("https://w3id.org/ceasefire-kg/cameo/190", last,
                    new org.ceasefirekg.extract.Span(s.begin(), s.begin() + 3, s.text().substring(0, 3)), args));
            AnnotatedArticle withAttack = new AnnotatedArticle(recorded.article(), recorded.referenceDate(),
                    recorded.dateInferred(), recorded.tokenCount(), recorded.sentences(), recorded.entities(),
                    recorded.quotes(), frames, recorded.wording());
            Model model = GoldenGraphs.map(withAttack, lexicon);
            int attacks = model.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, incident).toList().size();
            assertEquals(anchored ? 1 : 0, attacks, anchored ? "a dated attack is an incident" : "a bare one is not");
        }
    }

    @Test
    void onlyACountOfTheIncidentItselfIsItsToll() {
        // made-up sentences: an incident, then its toll, victims beyond it, a toll over a period, one of another day
        String incident = "Government forces shelled the market in Homs on Friday.";
        String[][] cases = {{"The shells killed 12 people, medics said.", "12", null, "true"},
            {"Another 5 were killed in the villages, rescuers said.", "5", null, "false"},
            {"The bombardment has killed 300 people since March.", "300", null, "false"},
            {"On Wednesday 7 people were killed in the city.", "7", "2019-05-15", "false"},
            {"Later 9 people were killed in the old quarter.", "9", null, "false"}};
        for (String[] c : cases) {
            String text = incident + " " + c[0];
            int second = incident.length() + 1;
            var sentences = List.of(new org.ceasefirekg.extract.Sentence(0, new Span(0, incident.length(), incident)),
                    new org.ceasefirekg.extract.Sentence(1, new Span(second, text.length(), c[0])));
            List<Frame> frames = new ArrayList<>();
            frames.add(new Frame("https://w3id.org/ceasefire-kg/cameo/194", 0, span(text, "shelled", 0), List.of(
                    new Argument(Frame.AGENT, span(text, "Government forces", 0), null, null),
                    new Argument(Frame.PLACE, span(text, "Homs", 0), "LOCATION", null),
                    new Argument(Frame.TIME, span(text, "Friday", 0), "DATE", "2019-05-17"))));
            List<Argument> args = new ArrayList<>(List.of(new Argument(Frame.COUNT, span(text, c[1], second),
                    "NUMBER", c[1])));
            if (c[2] != null) {
                args.add(new Argument(Frame.TIME, span(text, "Wednesday", second), "DATE", c[2]));
            }
            frames.add(new Frame(org.ceasefirekg.lexicon.Vocab.KILLED, 1, span(text, "killed", second), args));
            var article = new org.ceasefirekg.ingest.Article("t1", "t1.txt", text, null, null, "2019-05-18", null);
            var wording = new org.ceasefirekg.extract.ArticleWording(List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
            Model model = GoldenGraphs.map(new AnnotatedArticle(article, "2019-05-18", false, 30, sentences,
                    List.of(), List.of(), frames, wording), lexicon);
            var claim = ResourceFactory.createResource("https://w3id.org/ceasefire-kg/ontology#CasualtyClaim");
            var about = ResourceFactory.createProperty("https://w3id.org/ceasefire-kg/ontology#about");
            var claims = model.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, claim).toList();
            assertEquals(1, claims.size(), "the count is still a claim: " + c[0]);
            assertEquals(Boolean.parseBoolean(c[3]), claims.get(0).hasProperty(about), c[0]);
        }
    }

    static Span span(String text, String words, int from) {
        int b = text.indexOf(words, from);
        return new Span(b, b + words.length(), words);
    }
}
