package org.ceasefirekg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.sse.SSE;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.store.GraphStore;
import org.ceasefirekg.store.GspRecorder;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store on disk pushed over real HTTP: the order of its graphs, a graph refused, an endpoint refusing all. */
class StorePushTest {
    private static final String ARTICLE_A = Iris.articleGraph("a");
    private static final String ARTICLE_B = Iris.articleGraph("b");

    @TempDir
    Path tmp;

    private KgStore storeOfFourGraphs() {
        KgStore store = KgStore.open(tmp.resolve("store"));
        for (String graph : List.of(Iris.BUILDS_GRAPH, ARTICLE_B, Iris.ONTOLOGY_GRAPH, ARTICLE_A)) {
            store.replaceGraph(NodeFactory.createURI(graph), sink -> {
                sink.triple(SSE.parseTriple("(<https://example.org/s> <https://example.org/p> \"" + graph + "\")"));
                sink.triple(SSE.parseTriple("(_:b <https://example.org/p> \"blank\")"));
            });
        }
        return store;
    }

    @Test
    void theOntologyGoesFirstAndTheBuildRecordsLast() {
        try (KgStore store = storeOfFourGraphs(); GspRecorder server = new GspRecorder(request -> 201)) {
            StorePush.Summary summary = StorePush.run(store, GraphStore.at(server.url(), null, null, 0, "--to"));
            assertEquals(List.of(Iris.ONTOLOGY_GRAPH, ARTICLE_A, ARTICLE_B, Iris.BUILDS_GRAPH),
                    server.requests().stream().map(GspRecorder.Request::graph).toList());
            assertTrue(summary.complete());
            assertEquals(4, summary.pushed());
            assertEquals(8, summary.triples());
        }
    }

    @Test
    void aGraphRefusedIsReportedAndTheRestStillLands() {
        try (KgStore store = storeOfFourGraphs();
                GspRecorder server = new GspRecorder(request -> request.graph().equals(ARTICLE_A) ? 413 : 201)) {
            StorePush.Summary summary = StorePush.run(store, GraphStore.at(server.url(), null, null, 0, "--to"));
            assertEquals(4, server.requests().size());
            assertEquals(3, summary.pushed());
            assertFalse(summary.stopped());
            assertEquals(List.of(NodeFactory.createURI(ARTICLE_A)),
                    summary.refused().stream().map(GraphStore.Failure::graphName).toList());
        }
    }

    @Test
    void refusedCredentialsStopThePushAtTheFirstGraph() {
        try (KgStore store = storeOfFourGraphs(); GspRecorder server = new GspRecorder(request -> 401)) {
            StorePush.Summary summary = StorePush.run(store, GraphStore.at(server.url(), "u", "p", 3, "--to"));
            assertEquals(1, server.requests().size(), "401 is not tried again, and stops the push");
            assertTrue(summary.stopped());
            assertEquals(0, summary.pushed());
            Node first = summary.refused().get(0).graphName();
            assertEquals(Iris.ONTOLOGY_GRAPH, first.getURI());
        }
    }
}
