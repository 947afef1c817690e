package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.ArticleExtractor;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A body named in one sentence and described in the next ("the government", "the support group", "that
 * capital-based government"): the description, as a speaker or accuser, is the named body. Sentences written for
 * this test (invented names; wire, statement and briefing styles), annotated by the real CoreNLP models.
 */
class DescribedBodiesIT {
    private static ArticleExtractor extractor;

    /** Text, then the name a speaker, accuser or agent must be given. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"Delegates of Orvania's government met the rebels in Palmora on Monday. The government says"
                    + " it will free the prisoners only after \"a proper review\" of each case.", "Orvania's government"},
            new String[] {"The Dalmir Liberation Movement seized two villages near the border. The movement accused"
                    + " the army of shelling homes in the valley.", "Dalmir Liberation Movement"},
            new String[] {"The Lusk Relief Agency suspended its convoys after the shelling. The agency said \"no truck"
                    + " can move safely\" on the northern road.", "Lusk Relief Agency"},
            new String[] {"A statement from the Northern Alliance of Tribes reached reporters late on Friday. The"
                    + " alliance accused government troops of breaking the truce twice.", "Northern Alliance of Tribes"},
            new String[] {"The Palmoran army fired on the village overnight, residents said. The army said it had"
                    + " returned fire at \"hostile gunmen\" only.", "Palmoran army"},
            new String[] {"In a briefing, the spokesman of the Dravian Coalition Council spoke about the talks. The"
                    + " council said it wanted \"a lasting peace\" for the region.", "Dravian Coalition Council"});

    @BeforeAll
    static void load() throws Exception {
        extractor = new ArticleExtractor(Lexicon.load(Main.projectPaths().ontology()));
    }

    @TestFactory
    Stream<DynamicTest> aDescribedBodyIsTheBodyNamedBefore() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] pair : PAIRS) {
            tests.add(DynamicTest.dynamicTest(pair[0], () -> {
                Article article = new Article("bodies", "bodies.txt", pair[0], null, null, "2021-03-02", null);
                AnnotatedArticle a = extractor.extract(article,
                        CoreNlpAnnotator.shared().annotate(pair[0], "2021-03-02"), "2021-03-02", false);
                List<String> named = new ArrayList<>();
                a.quotes().stream().filter(q -> q.speaker() != null).forEach(q -> named.add(q.speaker().text()));
                a.frames().forEach(f -> f.args().forEach(x -> named.add(x.span().text())));
                // a phrase's leading "the" is kept or dropped as the parse gives it
                assertTrue(named.stream().anyMatch(n -> n.replaceFirst("^(?i)the ", "").equals(pair[1])),
                        "no \"" + pair[1] + "\" among " + named);
            }));
        }
        return tests.stream();
    }
}
