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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.DynamicTest;

/**
 * A real {@code kg serve} process on a small store, with updates allowed, an attacker at 127.0.0.2 and a victim at
 * 127.0.0.1: every attack is checked for its status and message, for the victim's cheap query being answered
 * within a second all along, and for the store being unchanged.
 */
final class AttackHarness implements AutoCloseable {

    static final String EX = "http://example.org/";
    static final String USER = "editor";
    static final String PASSWORD = "correct horse battery";
    static final int TIMEOUT = 3;
    static final String ORIGIN = "https://app.example.org";
    /** 1,000 triples of small literals: a product of three patterns is 10^9 rows, far beyond any timeout. */
    static final String PRODUCT = "?a ?b ?c . ?d ?e ?f . ?g ?h ?i";

    final ServeProcess serve;
    final RawHttp attacker;
    private final HttpClient victim = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An attack: sends its requests and returns the answer whose status and message are checked. */
    interface Attack {
        RawHttp.Answer run() throws Exception;
    }

    private AttackHarness(ServeProcess serve) {
        this.serve = serve;
        this.attacker = new RawHttp("127.0.0.2", serve.port);
    }

    /** Builds a store of 1,000 triples in dir and serves it with the given extra options of kg serve. */
    static AttackHarness start(Path dir, String... options) throws Exception {
        return start(dir, TIMEOUT, options);
    }

    /** Builds a store of 1,000 triples in dir and serves it with a timeout and extra options of kg serve. */
    static AttackHarness start(Path dir, int timeout, String... options) throws Exception {
        Path store = dir.resolve("store");
        try (KgStore kg = KgStore.open(store)) {
            for (int g = 0; g < 3; g++) {
                int graph = g;
                kg.replaceGraph(iri(EX + "g" + g), out -> {
                    for (int i = 0; i < 333; i++) {
                        out.triple(Triple.create(iri(EX + "s" + graph + "-" + i), iri(EX + "p"),
                                NodeFactory.createLiteralString(Integer.toString(i))));
                    }
                });
            }
            kg.replaceGraph(iri(EX + "long"), out -> out.triple(Triple.create(iri(EX + "long"), iri(EX + "p"),
                    NodeFactory.createLiteralString("a".repeat(30)))));
        }
        Path password = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        List<String> all = new ArrayList<>(List.of("--query-timeout", Integer.toString(timeout), "--max-results",
                "100", "--allow-update", "--user", USER, "--password-file", password.toString()));
        all.addAll(List.of(options));
        AttackHarness harness = new AttackHarness(ServeProcess.start(store, all.toArray(String[]::new)));
        // Warmed up, so that the victim's first answer does not carry the JIT's first compilations.
        for (int i = 0; i < 20; i++) {
            harness.probe();
        }
        harness.fingerprint();
        return harness;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The attacker's SPARQL query as an application/sparql-query POST. */
    RawHttp.Answer query(String sparql) throws IOException {
        return attacker.request("POST", KgServer.DATASET + "/sparql", Map.of("Content-Type",
                "application/sparql-query", "Accept", "application/sparql-results+json"), utf8(sparql));
    }

    /** The attacker's SPARQL update with the right credentials. */
    RawHttp.Answer update(String sparql) throws IOException {
        return attacker.request("POST", KgServer.DATASET + "/update", Map.of("Content-Type",
                "application/sparql-update", "Authorization", basic(USER, PASSWORD)), utf8(sparql));
    }

    /** The victim's cheap query; returns its latency in milliseconds, failing unless it is answered true. */
    long probe() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> answer = victim.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port
                        + KgServer.DATASET + "/sparql?query=" + encode("ASK {}")))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, answer.statusCode(), "the victim's ASK {}: " + answer.body());
        assertTrue(answer.body().contains("true"), answer.body());
        return millis;
    }

    /** The store's content as the server dumps it, lines sorted. */
    String fingerprint() throws IOException, InterruptedException {
        HttpResponse<String> dump = victim.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port
                + KgServer.DATASET + "/dump.nq")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, dump.statusCode(), dump.body());
        return String.join("\n", dump.body().lines().sorted().toList());
    }

    /** A test that runs attack and checks its status and message, the victim's latency and, unless changes, the store. */
    DynamicTest attack(String name, int status, String message, Attack attack) {
        return DynamicTest.dynamicTest(name, () -> check(name, status, message, attack));
    }

    private void check(String name, int status, String message, Attack attack) throws Exception {
        String before = fingerprint();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean done = new AtomicBoolean();
        Thread victimThread = new Thread(() -> {
            while (!done.get()) {
                try {
                    latencies.add(probe());
                    Thread.sleep(100);
                } catch (Throwable e) {
                    failures.add(e);
                    return;
                }
            }
        }, "victim");
        victimThread.start();
        RawHttp.Answer answer;
        try {
            answer = attack.run();
        } finally {
            done.set(true);
            victimThread.join(15_000);
        }
        latencies.add(probe());
        assertTrue(failures.isEmpty(), name + ": the victim failed: " + failures);
        List<Long> seen = List.copyOf(latencies);
        assertTrue(seen.stream().allMatch(ms -> ms < 1000), name + ": victim latencies (ms) " + seen);
        assertEquals(status, answer.status(), name + ": " + answer);
        assertTrue(answer.body().contains(message), name + ": message '" + message + "' missing in " + answer);
        assertEquals(before, fingerprint(), name + ": the store changed");
        System.out.printf("attack %-62s %d; victim answered %d times, slowest %d ms%n", name, answer.status(),
                seen.size(), seen.stream().mapToLong(Long::longValue).max().orElse(0));
    }

    @Override
    public void close() throws InterruptedException {
        serve.close();
    }
}
