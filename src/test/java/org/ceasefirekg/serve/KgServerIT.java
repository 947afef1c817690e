package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KgServerIT {

    static final String EX = "http://example.org/";
    static final String QUERY = "SELECT ?s ?o WHERE { ?s <" + EX + "p> ?o } ORDER BY ?s";

    @TempDir
    static Path tmp;

    static KgStore store;
    static KgServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        store = KgStore.open(tmp.resolve("store"));
        // Two named graphs: the endpoint's default graph must be their union.
        store.replaceGraph(NodeFactory.createURI(EX + "g1"), out -> out.triple(Triple.create(
                NodeFactory.createURI(EX + "a"), NodeFactory.createURI(EX + "p"), NodeFactory.createLiteralString("1"))));
        store.replaceGraph(NodeFactory.createURI(EX + "g2"), out -> out.triple(Triple.create(
                NodeFactory.createURI(EX + "b"), NodeFactory.createURI(EX + "p"), NodeFactory.createLiteralString("2"))));
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("all.rq"), QUERY);
        server = KgServer.start(store.dataset(), "127.0.0.1", 0, queries);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static List<String> objects(String json) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> values = new java.util.ArrayList<>();
        results.forEachRemaining((QuerySolution row) -> values.add(row.getLiteral("o").getLexicalForm()));
        return values;
    }

    @Test
    void urlNamesTheBoundHostAndPort() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/ceasefire/sparql", server.url());
    }

    @Test
    void getQueryReturnsJsonOverTheUnionOfNamedGraphs() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.url() + "?query=" + encode(QUERY)))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of("1", "2"), objects(response.body()));
    }

    @Test
    void postFormQueryOnTheQueryEndpoint() throws Exception {
        String queryUrl = server.url().replace("/sparql", "/query");
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(queryUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(QUERY))));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of("1", "2"), objects(response.body()));
    }

    @Test
    void postDirectQueryReturnsCsvByAcceptHeader() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.url()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY)));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("s,o\r\n" + EX + "a,1\r\n" + EX + "b,2\r\n", response.body());
    }

    @Test
    void updatesAreRefused() throws Exception {
        String update = "INSERT DATA { GRAPH <" + EX + "g3> { <" + EX + "x> <" + EX + "p> \"3\" } }";
        for (String endpoint : List.of(server.url(), server.baseUrl() + "/ceasefire",
                server.baseUrl() + "/ceasefire/update")) {
            HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)));
            assertClientError(endpoint, direct);
            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(update))));
            assertClientError(endpoint, form);
        }
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/ceasefire/data?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<" + EX + "x> <" + EX + "p> 3 .")));
        assertClientError("PUT /data", put);
        assertEquals(2, store.quadCount());
    }

    static void assertClientError(String what, HttpResponse<String> response) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, what + " gave " + status + ": " + response.body());
    }

    @Test
    void graphStoreReadsANamedGraph() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/ceasefire/data?graph=" + encode(EX + "g2")))
                .header("Accept", "application/n-triples"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("<" + EX + "b> <" + EX + "p> \"2\" .", response.body().strip());
    }

    @Test
    void corsHeadersAnswerABrowserOrigin() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.url() + "?query=" + encode(QUERY)))
                .header("Origin", "http://example.com")
                .header("Accept", "application/sparql-results+json"));
        assertEquals(200, response.statusCode());
        assertFalse(response.headers().allValues("Access-Control-Allow-Origin").isEmpty(),
                response.headers().map().toString());
    }

    @Test
    void namedQueriesAreServedAsFiles() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/all.rq")));
        assertEquals(200, response.statusCode());
        assertEquals(QUERY, response.body());
    }
}
