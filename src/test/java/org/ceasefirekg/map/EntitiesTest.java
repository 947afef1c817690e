package org.ceasefirekg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.junit.jupiter.api.Test;

/** Resolving names keeps descriptions and writes no RDF; the description writer writes each one once. */
class EntitiesTest {
    /** Entities of the recorded shelling article, resolved with the whole gazetteer. */
    private static Entities entities() throws IOException {
        Lexicon lexicon = Lexicon.load(Path.of("ontology"));
        AnnotatedArticle article = Fixtures.read(ArticleMapperTest.FIXTURES.resolve("shelling.json"));
        return new Entities(lexicon, new NameIndex(lexicon), article);
    }

    @Test
    void resolvingAGazetteerActorTwiceKeepsOneDescriptionAndTheWriterWritesIt() throws IOException {
        Entities entities = entities();
        String first = entities.actor(new Span(0, 6, "Russia")).orElseThrow();
        String again = entities.actor(new Span(40, 58, "Russian Federation")).orElseThrow();
        assertEquals(first, again);
        List<Description> kept = List.copyOf(entities.descriptions());
        assertEquals(1, kept.size());
        assertEquals("Russia", kept.get(0).label());
        assertTrue(kept.get(0).english() && kept.get(0).types().contains(CF.State));

        Graph g = GraphFactory.createDefaultGraph();
        new DescriptionWriter(new TripleWriter(StreamRDFLib.graph(g))).write(entities.descriptions());
        var russia = NodeFactory.createURI(first);
        assertTrue(g.contains(russia, NodeFactory.createURI(TripleWriter.RDFS_LABEL),
                NodeFactory.createLiteralLang("Russia", "en")));
        assertTrue(g.contains(russia, NodeFactory.createURI(TripleWriter.RDF_TYPE), NodeFactory.createURI(CF.State)));
        assertTrue(g.contains(russia, NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q159")));
    }

    @Test
    void aNameTheGazetteerLacksIsDescribedUnderTheNameWritten() throws IOException {
        Entities entities = entities();
        String iri = entities.eventPlace(new Span(0, 11, "Vellmar Gap")).orElseThrow();
        Description d = entities.descriptions().iterator().next();
        assertEquals(iri, d.iri());
        assertEquals(List.of(CF.Place), d.types());
        assertEquals("Vellmar Gap", d.label());
        assertTrue(!d.english() && d.sameAs().isEmpty() && d.affiliation() == null);
    }

    @Test
    void aPluralOfPeopleIsAGroupAndAPluralOfSitesIsNone() throws IOException {
        Entities entities = entities();
        assertTrue(entities.actor(new Span(0, 21, "pro-government rebels")).isPresent(), "rebels are a group");
        assertTrue(entities.actor(new Span(0, 10, "army posts")).isEmpty(), "posts are held, not people");
        // "rebel positions" may stand for the rebels who hold them, never for a group called so
        assertTrue(entities.actor(new Span(0, 15, "rebel positions")).filter(x -> x.endsWith("positions")).isEmpty());
        assertTrue(entities.actor(new Span(0, 8, "villages")).isEmpty(), "villages are places");
        assertTrue(entities.actor(new Span(0, 19, "one of its outposts")).isEmpty(), "a part of the sites is no one");
    }
}
