package org.ceasefirekg.serve;

import static org.ceasefirekg.serve.AttackHarness.ORIGIN;
import static org.ceasefirekg.serve.AttackHarness.PASSWORD;
import static org.ceasefirekg.serve.AttackHarness.USER;
import static org.ceasefirekg.serve.AttackHarness.basic;
import static org.ceasefirekg.serve.AttackHarness.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on the update mode, as exposed behind TLS, against a real {@code kg serve --allow-update} with one
 * configured CORS origin and one extra Host name: other sites' pages, password guessing, DNS rebinding, LOAD from
 * files and the local network, SERVICE to local listeners. Each is refused with a clear status and message, the
 * victim is answered within a second, and the store does not change.
 */
class AccessAttackIT {

    static final String UPDATE = KgServer.DATASET + "/update";
    static final String EVIL = "https://evil.example";

    @TempDir
    static Path tmp;

    static AttackHarness kg;
    /** A listener on the local network (loopback here) that counts the requests reaching it. */
    static HttpServer listener;
    static final AtomicInteger fetches = new AtomicInteger();
    static String listenerUrl;

    @BeforeAll
    static void start() throws Exception {
        kg = AttackHarness.start(tmp, "--cors-origin", ORIGIN, "--allowed-host", "kg.example.org");
        listener = listener(fetches);
        listenerUrl = "http://127.0.0.1:" + listener.getAddress().getPort() + "/data.ttl";
    }

    /**
     * Starts a listener on loopback that counts the requests reaching it and answers each with "root:x:0:0": as
     * one SPARQL result to a query (SERVICE), as one triple otherwise (LOAD).
     */
    static HttpServer listener(AtomicInteger counter) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            counter.incrementAndGet();
            boolean query = exchange.getRequestMethod().equals("POST")
                    || String.valueOf(exchange.getRequestURI().getQuery()).contains("query=");
            byte[] answer = (query ? "{\"head\":{\"vars\":[\"o\"]},\"results\":{\"bindings\":[{\"o\":"
                    + "{\"type\":\"literal\",\"value\":\"root:x:0:0\"}}]}}"
                    : "<http://example.org/x> <http://example.org/p> \"root:x:0:0\" .").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", query ? "application/sparql-results+json"
                    : "text/turtle");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return server;
    }

    @AfterAll
    static void stop() throws Exception {
        if (listener != null) {
            listener.stop(0);
        }
        if (kg != null) {
            kg.close();
        }
    }

    static RawHttp.Answer get(String target, Map<String, String> headers) throws Exception {
        return kg.attacker.request("GET", target, headers, new byte[0]);
    }

    static RawHttp.Answer anonymousUpdate(Map<String, String> headers) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/sparql-update");
        return kg.attacker.request("POST", UPDATE, all, utf8("DROP ALL"));
    }

    /** Asserts that a refused fetch reached nothing and leaked nothing. */
    static RawHttp.Answer fetchedNothing(RawHttp.Answer answer) {
        assertEquals(0, fetches.get(), "requests that reached the listener");
        assertFalse(answer.body().contains("root:"), answer.toString());
        return answer;
    }

    static RawHttp.Answer wrongPassword() throws Exception {
        return kg.attacker.request("POST", UPDATE, Map.of("Content-Type", "application/sparql-update",
                "Authorization", basic(USER, "guess")), utf8("DROP ALL"));
    }

    @TestFactory
    Stream<DynamicTest> otherSitesAndCredentials() {
        return Stream.of(
                kg.attack("an update without credentials", 401, "", () -> {
                    RawHttp.Answer answer = anonymousUpdate(Map.of());
                    assertTrue(answer.header("WWW-Authenticate").startsWith("Basic"), answer.toString());
                    return answer;
                }),
                kg.attack("a 401 to the configured origin carries CORS", 401, "", () -> {
                    RawHttp.Answer answer = anonymousUpdate(Map.of("Origin", ORIGIN));
                    assertEquals(ORIGIN, answer.header("Access-Control-Allow-Origin"), answer.toString());
                    assertEquals("true", answer.header("Access-Control-Allow-Credentials"), answer.toString());
                    return answer;
                }),
                kg.attack("a 401 to another site's page gives it no credentials", 401, "", () -> {
                    RawHttp.Answer answer = anonymousUpdate(Map.of("Origin", EVIL));
                    assertEquals("", answer.header("Access-Control-Allow-Credentials"), answer.toString());
                    assertFalse(answer.header("Access-Control-Allow-Origin").contains("evil"), answer.toString());
                    return answer;
                }),
                kg.attack("another site's page reading with a password", 200, "boolean", () -> {
                    RawHttp.Answer answer = get(KgServer.DATASET + "/sparql?query=ASK%7B%7D", Map.of("Origin", EVIL,
                            "Authorization", basic(USER, PASSWORD), "Accept", "application/sparql-results+json"));
                    assertEquals("", answer.header("Access-Control-Allow-Credentials"), answer.toString());
                    assertFalse(answer.header("Access-Control-Allow-Origin").contains("evil"), answer.toString());
                    return answer;
                }),
                kg.attack("another site's preflight for an update", 200, "", () -> {
                    RawHttp.Answer answer = kg.attacker.request("OPTIONS", UPDATE, Map.of("Origin", EVIL,
                            "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
                            "authorization,content-type"), new byte[0]);
                    assertEquals("", answer.header("Access-Control-Allow-Origin"), answer.toString());
                    assertEquals("", answer.header("Access-Control-Allow-Credentials"), answer.toString());
                    return answer;
                }),
                kg.attack("the configured origin's preflight for an update", 200, "", () -> {
                    RawHttp.Answer answer = kg.attacker.request("OPTIONS", UPDATE, Map.of("Origin", ORIGIN,
                            "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
                            "authorization,content-type"), new byte[0]);
                    assertEquals(ORIGIN, answer.header("Access-Control-Allow-Origin"), answer.toString());
                    assertEquals("true", answer.header("Access-Control-Allow-Credentials"), answer.toString());
                    return answer;
                }),
                kg.attack("four wrong passwords in a row", 401, "", () -> {
                    int logged = count(kg.serve.output(), "failed login for user 'editor' from 127.0.0.2");
                    long t0 = System.nanoTime();
                    RawHttp.Answer answer = null;
                    for (int i = 0; i < 4; i++) {
                        answer = wrongPassword();
                        assertEquals(401, answer.status(), answer.toString());
                    }
                    long millis = (System.nanoTime() - t0) / 1_000_000;
                    assertTrue(millis >= 3_700, "four failures answered within " + millis + " ms");
                    Thread.sleep(200);
                    assertEquals(logged + 4, count(kg.serve.output(), "failed login for user 'editor' from "
                            + "127.0.0.2"), kg.serve.output());
                    RawHttp.Answer right = kg.update("INSERT DATA {}");
                    assertTrue(right.status() < 300, "the right password still works at once: " + right);
                    return answer;
                }),
                kg.attack("twelve wrong passwords at once", 401, "", () -> {
                    ExecutorService pool = Executors.newFixedThreadPool(12);
                    try {
                        List<Future<RawHttp.Answer>> answers = new ArrayList<>();
                        for (int i = 0; i < 12; i++) {
                            answers.add(pool.submit(AccessAttackIT::wrongPassword));
                        }
                        int refused = 0;
                        for (Future<RawHttp.Answer> answer : answers) {
                            int status = answer.get(60, TimeUnit.SECONDS).status();
                            assertTrue(status == 401 || status == 503, "status " + status);
                            refused += status == 503 ? 1 : 0;
                        }
                        System.out.println("twelve wrong passwords at once: " + refused + " refused as busy");
                        return answers.get(0).get();
                    } finally {
                        pool.shutdownNow();
                    }
                }),
                kg.attack("a Graph Store PUT without credentials", 401, "", () -> kg.attacker.request("PUT",
                        KgServer.DATASET + "/data?default", Map.of("Content-Type", "text/turtle"),
                        utf8("<http://example.org/a> <http://example.org/p> 1 ."))),
                kg.attack("a Graph Store DELETE with a wrong password", 401, "", () -> kg.attacker.request("DELETE",
                        KgServer.DATASET + "/data?default", Map.of("Authorization", basic(USER, "guess")),
                        new byte[0])));
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @TestFactory
    Stream<DynamicTest> rebindingAndResultHeaders() {
        String notOurs = "does not answer for the host name";
        return Stream.of(
                kg.attack("DNS rebinding: Host evil.example", 421, notOurs + " 'evil.example'", () -> kg.attacker
                        .request("GET", KgServer.DATASET + "/sparql?query=ASK%7B%7D", "evil.example", Map.of(),
                                new byte[0])),
                kg.attack("DNS rebinding with the server's port", 421, notOurs, () -> kg.attacker.request("POST",
                        UPDATE, "evil.example:" + kg.serve.port, Map.of("Content-Type", "application/sparql-update",
                                "Authorization", basic(USER, PASSWORD)), utf8("DROP ALL"))),
                kg.attack("a Host allowed by --allowed-host", 200, "true", () -> kg.attacker.request("GET",
                        KgServer.DATASET + "/sparql?query=ASK%7B%7D", "kg.example.org", Map.of("Accept",
                                "application/sparql-results+json"), new byte[0])),
                kg.attack("X-Result-Limit is not sent on a result that was not cut", 200, "\"s\"", () -> {
                    RawHttp.Answer answer = kg.query("SELECT ?s { ?s ?p ?o } LIMIT 5");
                    assertEquals("", answer.header(QueryLimits.CAPPED_HEADER), answer.toString());
                    return answer;
                }),
                kg.attack("X-Result-Limit on a cut result, readable by the configured origin", 200, "\"s\"", () -> {
                    RawHttp.Answer answer = kg.attacker.request("POST", KgServer.DATASET + "/sparql", Map.of(
                            "Origin", ORIGIN, "Content-Type", "application/sparql-query", "Accept",
                            "application/sparql-results+json"), utf8("SELECT ?s { ?s ?p ?o }"));
                    assertEquals("100", answer.header(QueryLimits.CAPPED_HEADER), answer.toString());
                    assertTrue(answer.header("Access-Control-Expose-Headers").contains(QueryLimits.CAPPED_HEADER),
                            answer.toString());
                    assertEquals(100, count(answer.body(), "\"s\":"), "rows");
                    return answer;
                }));
    }

    @Test
    void remoteHostsNamedByTheOperatorAreReachableAndNoOthers() throws Exception {
        AtomicInteger named = new AtomicInteger();
        HttpServer target = listener(named);
        String url = "http://127.0.0.1:" + target.getAddress().getPort() + "/data.ttl";
        // A generous timeout: this test is about which hosts are reachable, and a loaded CI machine is slow.
        try (AttackHarness open = AttackHarness.start(java.nio.file.Files.createDirectories(tmp.resolve("open")), 30,
                "--remote-host", "127.0.0.1")) {
            RawHttp.Answer service = open.query("SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }");
            assertEquals(200, service.status(), service.toString());
            assertTrue(service.body().contains("root:x:0:0"), "the named host's answer: " + service);
            RawHttp.Answer load = open.update("LOAD <" + url + "> INTO GRAPH <http://example.org/loaded>");
            assertTrue(load.status() < 300, load.toString());
            assertEquals(2, named.get(), "requests that reached the named host");
            assertTrue(open.fingerprint().contains("<http://example.org/loaded>"), "the loaded graph is stored");
            String other = "http://localhost:" + target.getAddress().getPort() + "/data.ttl";
            RawHttp.Answer otherHost = open.query("SELECT * { SERVICE <" + other + "> { ?s ?p ?o } }");
            assertTrue(otherHost.status() >= 400 && otherHost.body().contains("only http(s) URLs of 127.0.0.1"),
                    otherHost.toString());
            RawHttp.Answer file = open.update("LOAD <file:///etc/passwd>");
            assertEquals(403, file.status(), file.toString());
            assertFalse(file.body().contains("root:x:0:0:root"), file.toString());
            assertEquals(2, named.get(), "no request reached a host that was not named");
        } finally {
            target.stop(0);
        }
    }

    @TestFactory
    Stream<DynamicTest> loadAndService() {
        String refused = "refused: this server fetches nothing from files or the network";
        return Stream.of(
                kg.attack("LOAD <file:///etc/passwd>", 403, "LOAD <file:///etc/passwd> " + refused,
                        () -> fetchedNothing(kg.update("LOAD <file:///etc/passwd>"))),
                kg.attack("LOAD SILENT <file:///etc/passwd> INTO GRAPH", 403, refused, () -> fetchedNothing(kg.update(
                        "LOAD SILENT <file:///etc/passwd> INTO GRAPH <http://example.org/stolen>"))),
                kg.attack("LOAD <file:///etc/passwd> sent as a form", 403, refused, () -> fetchedNothing(
                        kg.attacker.request("POST", UPDATE, Map.of("Content-Type", "application/x-www-form-urlencoded",
                                "Authorization", basic(USER, PASSWORD)), utf8("update=" + AttackHarness.encode(
                                "LOAD <file:///etc/passwd>"))))),
                kg.attack("LOAD of a relative IRI", 403, refused, () -> fetchedNothing(kg.update(
                        "LOAD <../../etc/passwd>"))),
                kg.attack("LOAD from a listener on the local network", 403, refused,
                        () -> fetchedNothing(kg.update("LOAD <" + listenerUrl + ">"))),
                kg.attack("SERVICE to a local listener in an update", 403, "SERVICE <" + listenerUrl + "> refused",
                        () -> fetchedNothing(kg.update("INSERT { ?s ?p ?o } WHERE { SERVICE <" + listenerUrl
                                + "> { ?s ?p ?o } }"))),
                kg.attack("SERVICE in a query", 422, "SERVICE", () -> fetchedNothing(kg.query(
                        "SELECT * { SERVICE <" + listenerUrl + "> { ?s ?p ?o } }"))),
                kg.attack("SERVICE with an endpoint from a variable", 422, "SERVICE", () -> fetchedNothing(kg.query(
                        "SELECT * { BIND(<" + listenerUrl + "> AS ?e) SERVICE ?e { ?s ?p ?o } }"))));
    }
}
