package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological queries on a store of some 15,000 triples: the timeout stops them on every path that runs a query
 * (SPARQL endpoints, named queries, linked-data pages, the landing page) without holding up other clients, the row
 * cap cuts what would be billions of rows, and SERVICE cannot make the server fetch a URL.
 */
class QuerySafetyIT {

    static final String EX = "http://example.org/";
    static final int TIMEOUT = 2;
    /** Slack over the timeout for a loaded machine; a query that escaped the timeout would run for hours. */
    static final Duration STOPPED_WITHIN = Duration.ofSeconds(TIMEOUT + 8);
    static final String CARTESIAN = "?a ?b ?c . ?d ?e ?f . ?g ?h ?i";
    static final String ALL_ROWS = "SELECT * { " + CARTESIAN + " }";
    /** The filter needs all three patterns, so no optimizer can cut the product short. */
    static final String NO_MATCH = "FILTER(CONCAT(STR(?c), STR(?f), STR(?i)) = \"none\")";

    @TempDir
    static Path tmp;

    static KgStore store;
    /** Times queries out at TIMEOUT; no row cap, so a SELECT * streams until the timeout stops it. */
    static KgServer uncapped;
    /** The same timeout and the default row cap. */
    static KgServer capped;

    @BeforeAll
    static void start() throws IOException {
        store = KgStore.open(tmp.resolve("store"));
        for (int g = 0; g < 3; g++) {
            int graph = g;
            store.replaceGraph(iri(EX + "g" + g), out -> {
                for (int i = 0; i < 1000; i++) {
                    out.triple(Triple.create(iri(EX + "s" + graph + "-" + i), iri(EX + "p"),
                            NodeFactory.createLiteralString(Integer.toString(i))));
                }
            });
        }
        store.replaceGraph(iri(Vocab.ID + "graph/crowded"), QuerySafetyIT::crowded);
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("product.rq"), "SELECT (COUNT(*) AS ?n) { " + CARTESIAN + " }");
        Files.writeString(queries.resolve("everything.rq"), ALL_ROWS);
        uncapped = KgServer.create(store.dataset()).port(0).queries(queries)
                .limits(new QueryLimits(TIMEOUT, 0)).start();
        capped = KgServer.create(store.dataset()).port(0).queries(queries)
                .limits(new QueryLimits(TIMEOUT, 10_000)).start();
    }

    /**
     * A ceasefire with 2,000 labels and 2,000 claims about it, one of them with 2,000 counts of a quantity with
     * 2,000 labels: the landing page's and the resource page's own queries each take 10 s or more on it.
     */
    static void crowded(StreamRDF out) {
        Node ceasefire = iri(Vocab.ID + "ceasefire/crowded");
        Node quantity = iri(Vocab.ID + "quantity/crowded");
        Node firstClaim = iri(Vocab.ID + "claim/crowded-0");
        out.triple(Triple.create(ceasefire, RDF.type.asNode(), iri(Vocab.cf("Ceasefire"))));
        for (int i = 0; i < 2000; i++) {
            Node count = iri(Vocab.ID + "count/crowded-" + i);
            out.triple(Triple.create(ceasefire, RDFS.label.asNode(), NodeFactory.createLiteralString("truce " + i)));
            out.triple(Triple.create(quantity, RDFS.label.asNode(), NodeFactory.createLiteralString("dead " + i)));
            out.triple(Triple.create(iri(Vocab.ID + "claim/crowded-" + i), iri(Vocab.cf("about")), ceasefire));
            out.triple(Triple.create(firstClaim, iri(Vocab.cf("count")), count));
            out.triple(Triple.create(count, iri(Vocab.cf("quantity")), quantity));
            out.triple(Triple.create(count, iri(Vocab.cf("value")), NodeFactory.createLiteralString("" + i)));
        }
    }

    @AfterAll
    static void stop() {
        for (KgServer server : new KgServer[] {uncapped, capped}) {
            if (server != null) {
                server.stop();
            }
        }
        if (store != null) {
            store.close();
        }
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static HttpRequest.Builder post(KgServer server, String query) {
        return HttpRequest.newBuilder(URI.create(server.url()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query))
                .timeout(Duration.ofSeconds(120));
    }

    static HttpRequest.Builder get(KgServer server, String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(120));
    }

    /** Sends a request on a connection of its own, so a connection the server cut does not spill over. */
    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asserts that a request ends with 503 within the allowed time. */
    static void assertTimedOut(String what, HttpRequest.Builder request) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = send(request);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertEquals(503, response.statusCode(), what + ": " + response.body());
        assertTrue(took.compareTo(STOPPED_WITHIN) < 0, what + " took " + took);
        assertTrue(took.toMillis() >= TIMEOUT * 1000L - 100, what + " ended before the timeout: " + took);
    }

    @Test
    void aCartesianProductIsStoppedWhileAnotherClientIsAnswered() throws Exception {
        long t0 = System.nanoTime();
        CompletableFuture<Void> pathological = CompletableFuture.runAsync(() -> assertThrows(IOException.class,
                () -> send(post(uncapped, ALL_ROWS)), "rows streamed before the timeout: the response is cut off"));
        List<Long> millis = new ArrayList<>();
        while (!pathological.isDone()) {
            long q0 = System.nanoTime();
            HttpResponse<String> simple = send(post(uncapped, "SELECT ?o { <" + EX + "s1-7> <" + EX + "p> ?o }"));
            millis.add((System.nanoTime() - q0) / 1_000_000);
            assertEquals(200, simple.statusCode(), simple.body());
            assertTrue(simple.body().contains("\"7\""), simple.body());
        }
        pathological.join();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertTrue(took.compareTo(STOPPED_WITHIN) < 0, "the product ran for " + took);
        assertTrue(millis.size() >= 2, "answered while the product ran: " + millis);
        assertTrue(millis.stream().allMatch(ms -> ms < TIMEOUT * 1000L), "latencies (ms) " + millis);
    }

    @Test
    void queriesThatDoNotStreamAnswer503AtTheTimeout() throws Exception {
        assertTimedOut("COUNT", post(uncapped, "SELECT (COUNT(*) AS ?n) { " + CARTESIAN + " }"));
        assertTimedOut("ORDER BY", post(uncapped, ALL_ROWS + " ORDER BY ?c"));
        assertTimedOut("ASK", post(uncapped, "ASK { " + CARTESIAN + " " + NO_MATCH + " }"));
        assertTimedOut("CONSTRUCT", post(uncapped, "CONSTRUCT { ?a ?b ?i } { " + CARTESIAN + " " + NO_MATCH + " }"));
        // Jena's own timeout lets a sub-SELECT joined to a pattern run to its end; a client cannot raise the timeout.
        String joinedSubquery = "SELECT * { VALUES ?k { 1 2 } { SELECT (COUNT(*) AS ?n) { " + CARTESIAN + " } } }";
        assertTimedOut("joined sub-SELECT, GET with ?timeout=60", get(uncapped, KgServer.DATASET + "/query?timeout=60"
                + "&query=" + encode(joinedSubquery)).header("Accept", "text/csv"));
        assertTimedOut("OPTIONAL sub-SELECT", post(uncapped, "SELECT * { ?x ?y ?z OPTIONAL { SELECT (COUNT(*) AS ?n) "
                + "{ " + CARTESIAN + " } } } LIMIT 1"));
    }

    @Test
    void namedQueriesAndPagesStopAtTheTimeout() throws Exception {
        assertTimedOut("named query", get(uncapped, KgServer.DATASET + "/queries/product?format=csv"));
        assertTimedOut("named query as HTML", get(uncapped, KgServer.DATASET + "/queries/product?format=html"));
        assertTimedOut("landing page", get(uncapped, "/"));
        assertTimedOut("resource page", get(uncapped, "/doc/ceasefire/crowded.html"));
        assertTimedOut("resource description", get(uncapped, "/doc/ceasefire/crowded.ttl"));
        HttpResponse<String> small = send(get(uncapped, "/doc/claim/crowded-1.ttl"));
        assertEquals(200, small.statusCode(), "a cheap page of the same store is served");
    }

    @Test
    void theRowCapCutsAProductOfBillionsOfRows() throws Exception {
        HttpResponse<String> select = send(post(capped, ALL_ROWS));
        assertEquals(200, select.statusCode(), select.body());
        assertEquals("10000", select.headers().firstValue(QueryLimits.CAPPED_HEADER).orElse(""));
        assertEquals(10_000, ResultSetMgr.read(new ByteArrayInputStream(select.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON).rewindable().size());
        HttpResponse<String> named = send(get(capped, KgServer.DATASET + "/queries/everything?format=csv"));
        assertEquals(200, named.statusCode(), named.body());
        assertEquals(1 + 10_000, named.body().lines().count(), "header and 10,000 rows");
        HttpResponse<String> construct = send(post(capped, "CONSTRUCT { ?a ?b ?i } { " + CARTESIAN + " }")
                .header("Accept", "application/n-triples"));
        assertEquals(200, construct.statusCode());
        assertTrue(construct.body().lines().count() <= 10_000, "at most one triple per capped solution");
    }

    @Test
    void serviceCannotMakeTheServerFetchAUrl() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        HttpServer target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        target.createContext("/", exchange -> {
            fetches.incrementAndGet();
            byte[] empty = "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[]}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, empty.length);
            exchange.getResponseBody().write(empty);
            exchange.close();
        });
        target.start();
        try {
            String url = "http://127.0.0.1:" + target.getAddress().getPort() + "/sparql";
            HttpResponse<String> service = send(post(uncapped, "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }"));
            assertEquals(422, service.statusCode(), service.body());
            assertTrue(service.body().contains("SERVICE"), service.body());
            send(post(uncapped, "SELECT * { SERVICE SILENT <" + url + "> { ?s ?p ?o } }"));
            send(post(uncapped, "SELECT * { ?x ?y ?z SERVICE <" + url + "> { ?s ?p ?o } } LIMIT 1"));
            send(post(uncapped, "SELECT * FROM <" + url + "> { ?s ?p ?o } LIMIT 1"));
            send(post(uncapped, "SELECT * FROM NAMED <" + url + "> { GRAPH ?g { ?s ?p ?o } } LIMIT 1"));
            HttpResponse<String> own = send(post(uncapped, "SELECT * { SERVICE <" + capped.url() + "> { ?s ?p ?o } }"));
            assertEquals(422, own.statusCode(), "the server's own endpoint is no exception: " + own.body());
            assertEquals(0, fetches.get(), "requests that reached the target");
        } finally {
            target.stop(0);
        }
    }
}
