package org.ceasefirekg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.ArticleWording;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Sentence;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "The two sides", "both parties" and kind nouns beside a named side, read as the pair of sides named before. */
class TwoSidesTest {
    private static final String CF = "https://w3id.org/ceasefire-kg/ontology#";
    static Lexicon lexicon;

    @BeforeAll
    static void loadLexicon() throws IOException {
        lexicon = Lexicon.load(Path.of("ontology"));
    }

    @Test
    void theTwoSidesAfterALeadThatNamesTwoSidesSignAsThoseTwo() {
        Model m = map("Talks between Armenia and Azerbaijan ended late on Monday.\nThe two sides signed a truce.",
                "The two sides", Vocab.SIGN, "signed");
        assertEquals(Set.of("armenia", "azerbaijan"), objects(m, "signatory"));
    }

    @Test
    void namesAfterByAreTheBrokersNotTheSides() {
        Model m = map("Talks brokered by Russia and Turkey ended late on Monday.\nBoth sides signed a truce.",
                "Both sides", Vocab.SIGN, "signed");
        assertEquals(Set.of(), objects(m, "signatory"));
    }

    @Test
    void twoPairsNamedBeforeLeaveTheSidesUnknown() {
        Model m = map("Talks between Armenia and Azerbaijan and between Russia and Turkey ended.\n"
                + "The warring parties signed a truce.", "The warring parties", Vocab.SIGN, "signed");
        assertEquals(Set.of(), objects(m, "signatory"));
    }

    @Test
    void governmentForcesBesideANamedSideAccuseAsTheOtherSide() {
        String text = "Fighting between Armenia and Azerbaijan flared on Monday.\n"
                + "Government forces and Azerbaijan accused each other of shelling villages.";
        int second = text.indexOf("Government");
        Span kind = new Span(second, second + 17, "Government forces");
        int az = text.indexOf("Azerbaijan", second);
        Span named = new Span(az, az + 10, "Azerbaijan");
        int other = text.indexOf("each other");
        int verb = text.indexOf("accused");
        Frame f = new Frame(Vocab.ACCUSE, 1, new Span(verb, verb + 7, "accused"), List.of(
                new Argument(Frame.AGENT, kind, null, null), new Argument(Frame.AGENT, named, null, null),
                new Argument(Frame.PATIENT, new Span(other, other + 10, "each other"), null, null)));
        Model m = GoldenGraphs.map(article(text, List.of(f)), lexicon);
        assertEquals(Set.of("armenia", "azerbaijan"), objects(m, "claimant"));
        assertEquals(Set.of("armenia", "azerbaijan"), objects(m, "accused"));
    }

    private static Model map(String text, String agent, String concept, String verb) {
        int at = text.indexOf(agent);
        int v = text.indexOf(" " + verb, at) + 1;
        Frame f = new Frame(concept, 1, new Span(v, v + verb.length(), verb),
                List.of(new Argument(Frame.AGENT, new Span(at, at + agent.length(), agent), null, null)));
        return GoldenGraphs.map(article(text, List.of(f)), lexicon);
    }

    private static AnnotatedArticle article(String text, List<Frame> frames) {
        var article = new org.ceasefirekg.ingest.Article("a1", "a1.txt", text, null, null, "2020-01-01", null);
        int second = text.indexOf('\n') + 1;
        List<Sentence> sentences = new ArrayList<>(List.of(new Sentence(0, new Span(0, second - 1,
                text.substring(0, second - 1))), new Sentence(1, new Span(second, text.length(),
                text.substring(second)))));
        var wording = new ArticleWording(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new AnnotatedArticle(article, "2020-01-01", false, 20, sentences, List.of(), List.of(), frames,
                wording);
    }

    private static Set<String> objects(Model m, String property) {
        Set<String> out = new TreeSet<>();
        m.listObjectsOfProperty(ResourceFactory.createProperty(CF + property))
                .forEach(o -> out.add(o.asResource().getLocalName()));
        return out;
    }
}
