package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.ArticleExtractor;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.GrammarRule;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.map.ArticleMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every grammar rule of ontology/rules/ on the example sentences written for it, annotated by the real models. */
class GrammarRulesIT {
    private static Lexicon lexicon;
    private static ArticleExtractor extractor;

    @BeforeAll
    static void load() throws Exception {
        lexicon = Lexicon.load(Main.projectPaths().ontology());
        extractor = new ArticleExtractor(lexicon);
    }

    @Test
    void everyRuleHasAnExample() {
        assertFalse(lexicon.rules().isEmpty(), "no grammar rules were read from ontology/rules/");
        lexicon.rules().forEach(r -> assertFalse(r.examples().isEmpty(), r.iri() + " has no example"));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGivesTheRolesItExpects() {
        List<DynamicTest> tests = new ArrayList<>();
        for (GrammarRule rule : lexicon.rules()) {
            for (GrammarRule.Example example : rule.examples()) {
                String name = rule.iri().substring(rule.iri().lastIndexOf('/') + 1) + ": " + example.sentence();
                tests.add(DynamicTest.dynamicTest(name, () -> check(rule, example)));
            }
        }
        return tests.stream();
    }

    private static void check(GrammarRule rule, GrammarRule.Example example) {
        String text = example.sentence();
        Article article = new Article("rule", "rule.txt", text, null, null, "2020-05-04", null);
        AnnotatedArticle a = extractor.extract(article, CoreNlpAnnotator.shared().annotate(text, "2020-05-04"),
                "2020-05-04", false);
        List<Frame> found = a.frames().stream().filter(f -> f.first(Frame.RULE)
                .map(x -> rule.iri().equals(x.normalized())).orElse(false)).toList();
        assertFalse(found.isEmpty(), rule.iri() + " found nothing in \"" + text + "\"; frames: " + a.frames());
        for (var expected : example.expected()) {
            assertTrue(found.stream().anyMatch(f -> f.all(expected.getKey()).stream()
                            .anyMatch(x -> x.span().text().equals(expected.getValue()))),
                    "no " + expected.getKey() + " \"" + expected.getValue() + "\" in " + found);
        }
    }

    /** A curator's new kind of word, its trigger and a rule, all in Turtle: the graph gains the broker. */
    static final String GUARANTEE = """
            @prefix cf:    <https://w3id.org/ceasefire-kg/ontology#> .
            @prefix cameo: <https://w3id.org/ceasefire-kg/cameo/> .
            @prefix rule:  <https://w3id.org/ceasefire-kg/rules/> .
            @prefix rdfs:  <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
            cf:Guarantee a skos:Concept ; skos:inScheme cf:PipelineConcepts ; skos:prefLabel "guarantee"@en ;
                rdfs:label "guarantee"@en ; rdfs:comment "Verbs of guaranteeing a truce."@en ;
                cf:trigger "guarantee" , "underwrite" .
            rule:ceasefire-guaranteed-by a cf:GrammarRule ;
                rdfs:comment "Who guarantees a truce brokers it."@en ;
                cf:evokes cameo:045 ;
                cf:semgrex "{}=trigger >nsubj {}=agent >obj {}=x_truce" ;
                cf:when "trigger cf:Guarantee" , "x_truce cameo:0871" ;
                cf:example [ cf:sentence "Norway underwrote the truce." ; cf:expect "agent=Norway" ] .
            """;

    @Test
    void aRuleFileAddedByACuratorChangesTheGraph(@TempDir Path home) throws IOException {
        Path ontology = Files.createDirectories(home.resolve("ontology"));
        Path from = Main.projectPaths().ontology();
        try (var files = Files.walk(from)) {
            for (Path f : files.filter(f -> !f.equals(from)).sorted().toList()) {
                Files.copy(f, ontology.resolve(from.relativize(f).toString()));
            }
        }
        String text = "Norway guaranteed the truce between the two militias on Monday.";
        Graph before = graphOf(text, Lexicon.load(ontology));
        Files.writeString(ontology.resolve("rules").resolve("guarantees.ttl"), GUARANTEE);
        Graph after = graphOf(text, Lexicon.load(ontology));
        var broker = NodeFactory.createURI("https://w3id.org/ceasefire-kg/ontology#brokeredBy");
        var norway = NodeFactory.createURI("https://w3id.org/ceasefire-kg/id/actor/norway");
        assertFalse(before.contains(null, broker, norway), "no broker before the rule");
        assertTrue(after.contains(null, broker, norway), "the new rule makes Norway the truce's broker");
    }

    private static Graph graphOf(String text, Lexicon lexicon) {
        Article article = new Article("rule", "rule.txt", text, null, null, "2020-05-04", null);
        AnnotatedArticle a = new ArticleExtractor(lexicon).extract(article,
                CoreNlpAnnotator.shared().annotate(text, "2020-05-04"), "2020-05-04", false);
        Graph g = GraphFactory.createDefaultGraph();
        new ArticleMapper(lexicon).map(a, StreamRDFLib.graph(g));
        return g;
    }
}
