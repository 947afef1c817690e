package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.ceasefirekg.store.KgStore;
import org.ceasefirekg.store.QueryRunner;
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
    static Path queries;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        store = KgStore.open(tmp.resolve("store"));
        // Two named graphs: the endpoint's default graph must be their union.
        store.replaceGraph(NodeFactory.createURI(EX + "g1"), out -> out.triple(Triple.create(
                NodeFactory.createURI(EX + "a"), NodeFactory.createURI(EX + "p"), NodeFactory.createLiteralString("1"))));
        store.replaceGraph(NodeFactory.createURI(EX + "g2"), out -> out.triple(Triple.create(
                NodeFactory.createURI(EX + "b"), NodeFactory.createURI(EX + "p"), NodeFactory.createLiteralString("2"))));
        queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("all.rq"), "# title: Everything with p\n# description: Both values of p, "
                + "from both graphs,\n#   in order.\n" + QUERY);
        Files.writeString(queries.resolve("slow.rq"), slowQuery());
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
        for (String method : List.of("PUT", "POST", "DELETE")) {
            for (String target : List.of("default", "graph=" + encode(EX + "g1"))) {
                HttpResponse<String> write = send(HttpRequest.newBuilder(
                                URI.create(server.baseUrl() + "/ceasefire/data?" + target))
                        .header("Content-Type", "text/turtle")
                        .method(method, HttpRequest.BodyPublishers.ofString("<" + EX + "x> <" + EX + "p> 3 .")));
                assertClientError(method + " /data?" + target, write);
            }
        }
        assertEquals(2, store.quadCount());
    }

    @Test
    void aPooledConnectionSurvivesRefusedWrites() throws Exception {
        // Fuseki refuses without reading the body; unless the server reads it, Jetty drops the connection and a
        // pooling client sends its next request down a dead one.
        String update = "INSERT DATA { <" + EX + "x> <" + EX + "p> \"3\" }";
        for (int i = 0; i < 20; i++) {
            for (String endpoint : List.of(server.url(), server.baseUrl() + "/ceasefire",
                    server.baseUrl() + "/ceasefire/update", server.baseUrl() + "/ceasefire/data")) {
                assertClientError(endpoint, send(HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update))));
                assertClientError(endpoint, send(HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(update)))));
                HttpResponse<String> read = send(HttpRequest.newBuilder(
                                URI.create(server.url() + "?query=" + encode(QUERY)))
                        .header("Accept", "application/sparql-results+json"));
                assertEquals(200, read.statusCode(), read.body());
            }
        }
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
    void theQueriesFolderIsNotServedAsFiles() throws Exception {
        for (String path : List.of("/all.rq", "/queries/all.rq", "/ceasefire/queries/all.rq",
                "/ceasefire/queries/..%2Fall", "/ceasefire/queries/%2E%2E/store")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)));
            assertClientError(path, response);
            assertFalse(response.body().contains("SELECT ?s ?o"), path + " showed the query file");
        }
    }

    @Test
    void namedQueriesAreListedWithTheirHeaderComments() throws Exception {
        HttpResponse<String> json = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/ceasefire/queries/")));
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode first = new ObjectMapper().readTree(json.body()).get("queries").get(0);
        assertEquals("all", first.get("name").asText());
        assertEquals("Everything with p", first.get("title").asText());
        assertEquals("Both values of p, from both graphs, in order.", first.get("description").asText());
        assertEquals(server.baseUrl() + "/ceasefire/queries/all", first.get("url").asText());
        HttpResponse<String> html = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/ceasefire/queries/"))
                .header("Accept", "text/html"));
        assertTrue(html.body().contains(">Everything with p</a>"), html.body());
    }

    @Test
    void aNamedQueryRunsInEachFormat() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        QueryRunner.select(store.dataset(), QUERY, QueryRunner.Format.CSV, csv);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/ceasefire/queries/all?format=csv")));
        assertEquals(200, response.statusCode());
        assertEquals(csv.toString(StandardCharsets.UTF_8), response.body());
        HttpResponse<String> json = send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/ceasefire/queries/all?format=json")));
        assertEquals(List.of("1", "2"), objects(json.body()));
        HttpResponse<String> tsv = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/ceasefire/queries/all"))
                .header("Accept", "text/tab-separated-values"));
        assertTrue(tsv.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
        assertEquals("?s\t?o", tsv.body().lines().findFirst().orElse(""));
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/ceasefire/queries/nothing?format=csv")));
        assertEquals(404, unknown.statusCode());
    }

    @Test
    void aGetWithoutQueryAnswersTheServiceDescription() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.url())));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model sd = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(sd);
        String prefix = "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> ";
        assertTrue(QueryExecution.create(prefix + "ASK { ?s sd:endpoint <" + server.url() + "> ; "
                + "sd:feature sd:UnionDefaultGraph ; sd:supportedLanguage sd:SPARQL11Query ; "
                + "sd:defaultDataset [ sd:namedGraph [ sd:name <" + EX + "g1> ], [ sd:name <" + EX + "g2> ] ] }",
                sd).execAsk(), response.body());
    }

    /** Counts 2^32 rows over the two triples: far more than a second's work. */
    static String slowQuery() {
        StringBuilder patterns = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            patterns.append("?s").append(i).append(" ?p").append(i).append(" ?o").append(i).append(" . ");
        }
        return "SELECT (COUNT(*) AS ?n) { " + patterns + "}";
    }

    @Test
    void aQueryOverTheTimeLimitIsCancelled() throws Exception {
        KgServer limited = KgServer.create(store.dataset()).port(0).queries(queries)
                .limits(new QueryLimits(1, 0)).start();
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(limited.url()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(slowQuery()))
                    .timeout(Duration.ofSeconds(60)));
            assertEquals(503, response.statusCode(), response.body());
            HttpResponse<String> named = send(HttpRequest.newBuilder(URI.create(limited.baseUrl()
                    + "/ceasefire/queries/slow?format=csv")).timeout(Duration.ofSeconds(60)));
            assertEquals(503, named.statusCode(), named.body());
        } finally {
            limited.stop();
        }
    }

    @Test
    void resultsAreCutAtTheRowCap() throws Exception {
        KgServer capped = KgServer.create(store.dataset()).port(0).limits(new QueryLimits(0, 1)).start();
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(capped.url() + "?query="
                    + encode(QUERY))).header("Accept", "application/sparql-results+json"));
            assertEquals(List.of("1"), objects(response.body()));
            assertEquals("1", response.headers().firstValue("X-Result-Limit").orElse(""));
            HttpResponse<String> small = send(HttpRequest.newBuilder(URI.create(capped.url() + "?query="
                    + encode(QUERY + " LIMIT 1"))).header("Accept", "application/sparql-results+json"));
            assertTrue(small.headers().firstValue("X-Result-Limit").isEmpty(), "a query within the cap is untouched");
        } finally {
            capped.stop();
        }
    }
}
