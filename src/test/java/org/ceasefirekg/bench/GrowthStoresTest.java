package org.ceasefirekg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.resolve.Precomputed;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Growth stores on real TDB2 stores on disk: copies get their own IRIs, shared things stay one. */
class GrowthStoresTest {
    private static final Node ARTICLE_GRAPH = iri("id/graph/a1");
    private static final Node ONTOLOGY = iri("id/graph/ontology");
    private static final Node CLAIM = iri("id/claim/a1-1");
    private static final Node ACTOR = iri("id/actor/hamas");

    @TempDir
    Path dir;

    @Test
    void copiesArticleGraphsUnderNewIrisAndKeepsSharedNodes() {
        Path source = dir.resolve("source");
        try (KgStore kg = KgStore.open(source)) {
            Txn.executeWrite(kg.dataset(), () -> {
                kg.dataset().add(Quad.create(ARTICLE_GRAPH, CLAIM, iri("ontology#claimant"), ACTOR));
                kg.dataset().add(Quad.create(ARTICLE_GRAPH, CLAIM, iri("ontology#value"),
                        NodeFactory.createLiteralString("62")));
                kg.dataset().add(Quad.create(ONTOLOGY, ACTOR, iri("ontology#label"),
                        NodeFactory.createLiteralString("Hamas")));
                // a row derived from an older state of the store: written again from the copies, not copied
                kg.dataset().add(Quad.create(NodeFactory.createURI(Precomputed.GRAPH), CLAIM,
                        iri("ontology#sourceFile"), NodeFactory.createLiteralString("stale.txt")));
            });
        }
        long written = GrowthStores.grow(source, dir.resolve("x3"), 3);
        assertEquals(2 * 3 + 1, written);
        try (KgStore grown = KgStore.open(dir.resolve("x3"))) {
            Set<Node> claims = Txn.calculateRead(grown.dataset(), () -> grown.dataset()
                    .stream(Node.ANY, Node.ANY, iri("ontology#claimant"), ACTOR).map(Quad::getSubject)
                    .collect(Collectors.toSet()));
            assertEquals(Set.of(CLAIM, iri("id/claim/a1-1-x1"), iri("id/claim/a1-1-x2")), claims,
                    "each copy's claim has its own IRI and still names the one shared actor");
            assertTrue(Txn.calculateRead(grown.dataset(), () -> grown.dataset()
                    .contains(iri("id/graph/a1-x2"), iri("id/claim/a1-1-x2"), Node.ANY, Node.ANY)));
            assertEquals(1, Txn.calculateRead(grown.dataset(), () -> grown.dataset()
                    .stream(Node.ANY, ACTOR, Node.ANY, Node.ANY).count()), "the ontology graph is copied once");
            assertEquals(0, Txn.calculateRead(grown.dataset(), () -> grown.dataset().stream(Node.ANY, Node.ANY,
                    Node.ANY, NodeFactory.createLiteralString("stale.txt")).count()), "the derived rows are not copied");
        }
    }

    @Test
    void refusesToWriteIntoAnExistingFolder() {
        Path source = dir.resolve("source");
        KgStore.open(source).close();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GrowthStores.grow(source, source, 2));
        assertTrue(e.getMessage().contains("exists"), e.getMessage());
    }

    @Test
    void percentilesAreNearestRank() {
        double[] ms = {5, 1, 4, 2, 3};
        assertEquals(3, QueryGrowth.percentile(ms, 50));
        assertEquals(5, QueryGrowth.percentile(ms, 99));
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(Vocab.BASE + local);
    }
}
