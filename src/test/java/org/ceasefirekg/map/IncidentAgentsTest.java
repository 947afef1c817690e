package org.ceasefirekg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.ArticleWording;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Sentence;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who acted in an incident when the name of a country stands where an actor or a place could (issue 14). */
class IncidentAgentsTest {
    private static Lexicon lexicon;

    @BeforeAll
    static void loadLexicon() throws IOException {
        lexicon = Lexicon.load(Path.of("ontology"));
    }

    /** Maps one made-up sentence with one attack frame whose agent is the country's name, typed as given. */
    private static List<String> perpetrators(String text, String agentType) {
        return perpetrators(text, "campaign", "Turkey", agentType);
    }

    /** The same, with the trigger and agent words given. */
    private static List<String> perpetrators(String text, String triggerWord, String agentWord, String agentType) {
        Span trigger = ArticleMapperTest.span(text, triggerWord, 0);
        Frame f = new Frame("https://w3id.org/ceasefire-kg/cameo/190", 0, trigger, List.of(
                new Argument(Frame.AGENT, ArticleMapperTest.span(text, agentWord, 0), agentType, null),
                new Argument(Frame.PLACE, ArticleMapperTest.span(text, "Homs", 0), "CITY", null),
                new Argument(Frame.TIME, ArticleMapperTest.span(text, "Friday", 0), "DATE", "2019-05-17")));
        Article article = new Article("t1", "t1.txt", text, null, null, "2019-05-18", null);
        // the text is about the state a place it names is in: Homs is in Syria
        ArticleWording wording = new ArticleWording(List.of(), List.of(), List.of(), List.of(),
                List.of("https://w3id.org/ceasefire-kg/id/actor/syria"), List.of());
        Model model = GoldenGraphs.map(new AnnotatedArticle(article, "2019-05-18", false, 30,
                List.of(new Sentence(0, new Span(0, text.length(), text))), List.of(), List.of(), List.of(f), wording),
                lexicon);
        var perpetrator = ResourceFactory.createProperty("https://w3id.org/ceasefire-kg/ontology#perpetrator");
        return model.listObjectsOfProperty(perpetrator).toList().stream().map(Object::toString).toList();
    }

    @Test
    void aCountryTheParseMadeTheSubjectActed() {
        List<String> who = perpetrators("Turkey launched a military campaign near Homs on Friday.", "COUNTRY");
        assertEquals(1, who.size(), who.toString());
    }

    @Test
    void aCountryWrittenBeforeTheEventNounWithoutATypeSaysWhere() {
        assertEquals(List.of(), perpetrators("The Turkey campaign reached Homs on Friday.", null));
    }

    @Test
    void aBareRegimeBeforeTheAttackIsItsArmedForces() {
        assertEquals(List.of("https://w3id.org/ceasefire-kg/id/actor/syrian-arab-army"),
                perpetrators("The regime bombardment of Homs on Friday left the market in ruins.", "bombardment", "regime",
                        null));
    }

    @Test
    void aBareWordWithNoForcesOfThatNameNamesNoOne() {
        assertEquals(List.of(), perpetrators("The night bombardment of Homs on Friday left the market in ruins.",
                "bombardment", "night", null));
    }
}
