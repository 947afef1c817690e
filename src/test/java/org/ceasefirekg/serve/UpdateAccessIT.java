package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With updates allowed: SPARQL Update and Graph Store writes need the user's HTTP Basic credentials; reads do not. */
class UpdateAccessIT {

    static final String EX = "http://example.org/";
    static final String USER = "editor";
    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path tmp;

    static KgStore store;
    static KgServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    /** A client with its own connection: Jetty drops a connection whose refused request body was not read. */
    static HttpClient fresh() {
        return HttpClient.newHttpClient();
    }

    @BeforeAll
    static void start() {
        store = KgStore.open(tmp.resolve("store"));
        store.replaceGraph(node(EX + "g1"), out -> out.triple(Triple.create(node(EX + "a"), node(EX + "p"),
                NodeFactory.createLiteralString("1"))));
        server = KgServer.create(store.dataset()).port(0).allowUpdate(USER, PASSWORD).start();
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

    static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> update(String sparql, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/ceasefire/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return fresh().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> put(String path, String turtle, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return fresh().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static boolean has(String graph, String subject) {
        return store.graphNames().contains(node(graph)) && store.graphSize(node(graph)) > 0
                && store.literalValue(node(graph), node(subject), node(EX + "p")).isPresent();
    }

    @Test
    void anUpdateWithTheCredentialsIsApplied() throws Exception {
        HttpResponse<String> response = update("INSERT DATA { GRAPH <" + EX + "u1> { <" + EX + "u> <" + EX
                + "p> \"u\" } }", basic(USER, PASSWORD));
        assertTrue(response.statusCode() == 200 || response.statusCode() == 204, response.statusCode() + " "
                + response.body());
        assertTrue(has(EX + "u1", EX + "u"));
    }

    @Test
    void updatesWithoutOrWithWrongCredentialsAre401() throws Exception {
        for (String authorization : new String[] {null, basic(USER, "wrong"), basic("intruder", PASSWORD)}) {
            HttpResponse<String> response = update("INSERT DATA { GRAPH <" + EX + "bad> { <" + EX + "x> <" + EX
                    + "p> \"x\" } }", authorization);
            assertEquals(401, response.statusCode(), authorization + ": " + response.body());
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                    response.headers().map().toString());
        }
        // Path variants must not slip past the constraint either.
        for (String path : List.of("/ceasefire/update;x", "/ceasefire/update/", "/ceasefire//update")) {
            HttpResponse<String> response = fresh().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + EX + "bad> { <" + EX
                            + "y> <" + EX + "p> \"y\" } }")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() >= 400, path + " gave " + response.statusCode());
        }
        assertTrue(!store.graphNames().contains(node(EX + "bad")), "nothing was written");
    }

    @Test
    void graphStoreWritesNeedTheCredentials() throws Exception {
        String path = "/ceasefire/data?graph=" + URLEncoder.encode(EX + "gsp", StandardCharsets.UTF_8);
        String turtle = "<" + EX + "w> <" + EX + "p> \"w\" .";
        assertEquals(401, put(path, turtle, null).statusCode());
        assertEquals(401, put(path, turtle, basic(USER, "wrong")).statusCode());
        assertTrue(!has(EX + "gsp", EX + "w"));
        HttpResponse<String> accepted = put(path, turtle, basic(USER, PASSWORD));
        assertTrue(accepted.statusCode() == 200 || accepted.statusCode() == 201, accepted.statusCode() + " "
                + accepted.body());
        assertTrue(has(EX + "gsp", EX + "w"));
    }

    @Test
    void readsStayOpenWithoutCredentials() throws Exception {
        HttpResponse<String> gsp = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/ceasefire/data?graph=" + URLEncoder.encode(EX + "g1", StandardCharsets.UTF_8)))
                .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, gsp.statusCode(), gsp.body());
        assertTrue(gsp.body().contains("<" + EX + "a>"));
        HttpResponse<String> query = http.send(HttpRequest.newBuilder(URI.create(server.url() + "?query="
                        + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, query.statusCode(), query.body());
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/ceasefire/update"))
                .header("Origin", "http://notebook.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.statusCode() < 300, "CORS preflight gave " + preflight.statusCode());
    }
}
