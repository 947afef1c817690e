package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertFalse(found.isEmpty(), "the rule found nothing; frames: " + a.frames());
        for (var expected : example.expected()) {
            assertTrue(found.stream().anyMatch(f -> f.all(expected.getKey()).stream()
                            .anyMatch(x -> x.span().text().equals(expected.getValue()))),
                    "no " + expected.getKey() + " \"" + expected.getValue() + "\" in " + found);
        }
    }
}
