package org.ceasefirekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;

/** One graph PUT over real HTTP: what is sent, what is tried again and what is final. */
class GraphStoreTest {
    private static final Node GRAPH = NodeFactory.createURI("https://example.org/graph/a b");

    private static Graph oneTriple() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(SSE.parseTriple("(<https://example.org/s> <https://example.org/p> \"o\")"));
        return graph;
    }

    @Test
    void aPutNamesTheGraphAndCarriesTheCredentialsAndTheTriples() {
        try (GspRecorder server = new GspRecorder(request -> 201)) {
            assertEquals(0, GraphStore.at(server.url(), "pusher", "pw", 3, "--to").put(GRAPH, oneTriple()));
            GspRecorder.Request put = server.requests().get(0);
            assertEquals("PUT", put.method());
            assertEquals(GRAPH.getURI(), put.graph());
            assertEquals("Basic " + Base64.getEncoder().encodeToString("pusher:pw".getBytes(StandardCharsets.UTF_8)),
                    put.authorization());
            assertTrue(put.contentType().startsWith("application/n-triples"), put.contentType());
            assertTrue(put.body().contains("<https://example.org/s> <https://example.org/p> \"o\""), put.body());
        }
    }

    @Test
    void withoutAUserNoCredentialsAreSent() {
        try (GspRecorder server = new GspRecorder(request -> 204)) {
            GraphStore.at(server.url() + "/", null, null, 0, "--to").put(GRAPH, oneTriple());
            assertEquals(null, server.requests().get(0).authorization());
        }
    }

    @Test
    void serverErrorsAreTriedAgainUntilTheyPass() {
        AtomicInteger calls = new AtomicInteger();
        try (GspRecorder server = new GspRecorder(request -> calls.incrementAndGet() <= 2 ? 503 : 201)) {
            assertEquals(2, GraphStore.at(server.url(), null, null, 3, "--to").put(GRAPH, oneTriple()));
            assertEquals(3, server.requests().size());
        }
    }

    @Test
    void retriesAreBoundedAndTheFailureSaysHowMany() {
        try (GspRecorder server = new GspRecorder(request -> 500)) {
            GraphStore.Failure failure = assertThrows(GraphStore.Failure.class,
                    () -> GraphStore.at(server.url(), null, null, 2, "--to").put(GRAPH, oneTriple()));
            assertEquals(3, server.requests().size());
            assertEquals(500, failure.status());
            assertEquals(3, failure.attempts());
            assertTrue(failure.refusesEveryGraph());
            assertTrue(failure.getMessage().contains("refused graph <" + GRAPH.getURI() + "> with HTTP 500")
                    && failure.getMessage().contains("(after 3 attempts)"), failure.getMessage());
        }
    }

    @Test
    void aRefusalOfOneGraphIsFinalAndQuotesTheServer() {
        try (GspRecorder server = new GspRecorder(request -> 400)) {
            GraphStore.Failure failure = assertThrows(GraphStore.Failure.class,
                    () -> GraphStore.at(server.url(), null, null, 3, "--to").put(GRAPH, oneTriple()));
            assertEquals(1, server.requests().size(), "a 4xx is not tried again");
            assertEquals(GRAPH, failure.graphName());
            assertFalse(failure.refusesEveryGraph());
            assertEquals(server.url() + " refused graph <" + GRAPH.getURI() + "> with HTTP 400 Bad Request:"
                    + " Error 400: refused by the test", failure.getMessage());
        }
    }

    @Test
    void anEndpointThatIsNoHttpUrlIsRefusedByOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GraphStore.at("ftp://host/ds", null, null, 3, "--to"));
        assertEquals("--to 'ftp://host/ds' is not an http(s) URL, such as http://127.0.0.1:3030/ds/data",
                e.getMessage());
    }
}
