package org.ceasefirekg.serve;

import static org.ceasefirekg.serve.AttackHarness.PRODUCT;
import static org.ceasefirekg.serve.AttackHarness.TIMEOUT;
import static org.ceasefirekg.serve.AttackHarness.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on the server's resources, against a real {@code kg serve}: oversized bodies, URLs and headers, queries
 * whose parsing, regular expressions or nesting would run for hours or overflow the stack, a client that hangs up,
 * and 200 slow queries at once. Each gets a clear status and message while another client is answered within a
 * second, and nothing in the store changes.
 */
class ServerAttackIT {

    static final String SPARQL = KgServer.DATASET + "/sparql";
    /** Doubles with every character: hours of backtracking on 30 characters. */
    static final String BACKTRACK = "\"" + "a".repeat(30) + "\", \"(.*a){30}b\"";

    /** A stack frame of a thread matching a regular expression. */
    static final String MATCHING = "at java.util.regex.Pattern$";
    /** CPU time in 1.5 s below which no query is running. */
    static final long IDLE_CPU_MILLIS = 1000;

    @TempDir
    static Path tmp;

    static AttackHarness kg;

    @BeforeAll
    static void start() throws Exception {
        kg = AttackHarness.start(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        if (kg != null) {
            kg.close();
        }
    }

    static Map<String, String> type(String contentType) {
        return Map.of("Content-Type", contentType, "Accept", "application/sparql-results+json");
    }

    static String nested(String open, String middle, String close, int depth) {
        return open.repeat(depth) + middle + close.repeat(depth);
    }

    /**
     * Asserts that the server's CPU use stays low for 1.5 s: a query left running would use a whole core, 1,500 ms;
     * the victim's queries, the JIT and the collector use some hundreds.
     */
    static void assertIdle(String what) throws Exception {
        long cpu0 = kg.serve.cpuMillis();
        Thread.sleep(1500);
        long used = kg.serve.cpuMillis() - cpu0;
        System.out.println(what + ": " + used + " ms of CPU in 1.5 s");
        assertTrue(used < IDLE_CPU_MILLIS, what + ": the server used " + used + " ms of CPU in 1.5 s");
    }

    /** Sends a request whose body is chunked, in chunks of 64 KiB. */
    static RawHttp.Answer chunked(String target, String contentType, int bytes) throws Exception {
        StringBuilder head = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                + contentType + "\r\nTransfer-Encoding: chunked");
        byte[] chunk = ("# " + "x".repeat(65_533) + "\n").getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (int sent = 0; sent < bytes; sent += chunk.length) {
            body.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(chunk);
            body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return kg.attacker.send(head.toString(), body.toByteArray());
    }

    @TestFactory
    Stream<DynamicTest> oversizedRequests() {
        String limit = "larger than 262144 bytes";
        return Stream.of(
                kg.attack("a 300 KB query body", 413, limit, () -> kg.query("SELECT * {} # " + "x".repeat(300_000))),
                kg.attack("a false Content-Length of 100 MB, nothing sent", 413, limit, () -> kg.attacker.send(
                        "POST " + SPARQL + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query"
                                + "\r\nContent-Length: 100000000", new byte[0])),
                kg.attack("a 1 MB chunked query body", 413, limit,
                        () -> chunked(SPARQL, "application/sparql-query", 1 << 20)),
                kg.attack("a 300 KB form", 413, limit, () -> kg.attacker.request("POST", SPARQL,
                        type("application/x-www-form-urlencoded"), utf8("query=" + "x".repeat(300_000)))),
                kg.attack("a 30 MB form, over Jetty's own 25 MB cap", 413, limit, () -> kg.attacker.request("POST",
                        SPARQL, type("application/x-www-form-urlencoded"), utf8("query=" + "x".repeat(30_000_000)))),
                kg.attack("a 1 MB chunked form", 411, "Content-Length", () -> chunked(SPARQL,
                        "application/x-www-form-urlencoded", 1 << 20)),
                kg.attack("a 100 MB upload, over the upload limit", 413, "larger than 67108864 bytes",
                        () -> kg.attacker.send("PUT " + KgServer.DATASET + "/data?default HTTP/1.1\r\nHost: 127.0.0.1"
                                + "\r\nContent-Type: text/turtle\r\nAuthorization: " + AttackHarness.basic(
                                AttackHarness.USER, AttackHarness.PASSWORD) + "\r\nContent-Length: 100000000",
                                new byte[0])),
                kg.attack("a 300 KB URL", 414, "", () -> kg.attacker.request("GET", SPARQL + "?query="
                        + AttackHarness.encode("ASK {} # " + "x".repeat(300_000)), Map.of(), new byte[0])),
                kg.attack("300 KB of headers", 431, "", () -> kg.attacker.request("GET", SPARQL + "?query=ASK%7B%7D",
                        Map.of("X-Junk", "x".repeat(300_000)), new byte[0])));
    }

    @TestFactory
    Stream<DynamicTest> queriesThatWouldRunForHours() {
        String timedOut = "Query timed out";
        return Stream.of(
                kg.attack("REGEX that backtracks for hours", 503, timedOut, () -> timed(() -> kg.query(
                        "SELECT * { BIND(REGEX(" + BACKTRACK + ") AS ?r) }"))),
                kg.attack("REPLACE that backtracks for hours", 503, timedOut, () -> timed(() -> kg.query(
                        "SELECT * { BIND(REPLACE(" + BACKTRACK + ", \"x\") AS ?r) }"))),
                kg.attack("REGEX over the store's text in a FILTER", 503, timedOut, () -> timed(() -> kg.query(
                        "SELECT * { ?s ?p ?o FILTER(REGEX(?o, \"(.*a){30}b\")) }"))),
                kg.attack("a product of 10^9 rows, counted", 503, timedOut, () -> timed(() -> kg.query(
                        "SELECT (COUNT(*) AS ?n) { " + PRODUCT + " }"))),
                kg.attack("CONCAT doubling a string to a gigabyte", 200, "\"n\"", () -> doubling()),
                kg.attack("a client that hangs up on an hours-long REGEX", 200, "true", () -> hangUp()),
                kg.attack("200 slow queries at once from one client", 503, "", () -> twoHundredSlowQueries()),
                kg.attack("100 connections sending their headers slowly", 200, "true",
                        () -> holdOpen(100, "POST " + SPARQL + " HTTP/1.1\r\nHost: 127.0.0.1\r\n")),
                kg.attack("20 requests sending their bodies slowly", 200, "true", () -> holdOpen(20, "POST " + SPARQL
                        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                        + "Content-Length: 1000\r\n\r\nASK")));
    }

    @TestFactory
    Stream<DynamicTest> queriesNestedTooDeeply() {
        String tooDeep = "nested too deeply";
        return Stream.of(
                kg.attack("10,000 triple patterns", 400, tooDeep, () -> kg.query("SELECT * { "
                        + "?s ?p ?o . ".repeat(10_000) + "}")),
                kg.attack("10,000 OPTIONALs", 400, tooDeep, () -> kg.query("SELECT * { ?s ?p ?o "
                        + "OPTIONAL { ?s ?p ?o } ".repeat(10_000) + "}")),
                kg.attack("10,000 nested groups", 400, tooDeep, () -> kg.query("SELECT * "
                        + nested("{ ", "?s ?p ?o ", "} ", 10_000))),
                kg.attack("10,000 nested parentheses in a FILTER", 400, tooDeep, () -> kg.query("SELECT * { ?s ?p ?o "
                        + "FILTER" + nested("(", "?o", ")", 10_000) + " }")),
                kg.attack("10,000 UNIONs", 400, tooDeep, () -> kg.query("SELECT * { { ?s ?p ?o } "
                        + "UNION { ?s ?p ?o } ".repeat(10_000) + "}")),
                kg.attack("an update with 10,000 nested groups", 400, tooDeep, () -> kg.update("DELETE { ?s ?p ?o } "
                        + "WHERE " + nested("{ ", "?s ?p ?o ", "} ", 10_000))));
    }

    interface Request {
        RawHttp.Answer send() throws Exception;
    }

    /** Sends request and checks that the timeout, not the query's own end, stopped it, and that it stays stopped. */
    static RawHttp.Answer timed(Request request) throws Exception {
        long t0 = System.nanoTime();
        RawHttp.Answer answer = request.send();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < (TIMEOUT + 5) * 1000L, "answered after " + millis + " ms");
        assertIdle("after a timed-out query");
        return answer;
    }

    /** Thirty doublings of a string would need 2 GB; the length limit makes the value unbound instead. */
    static RawHttp.Answer doubling() throws Exception {
        StringBuilder query = new StringBuilder("SELECT ?n { BIND(\"" + "a".repeat(1000) + "\" AS ?v0) ");
        for (int i = 1; i <= 30; i++) {
            query.append("BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i)
                    .append(") ");
        }
        query.append("BIND(STRLEN(?v30) AS ?n) }");
        RawHttp.Answer answer = kg.query(query.toString());
        assertTrue(answer.body().length() < 10_000, "a short answer: " + answer.body().length() + " characters");
        return answer;
    }

    /**
     * Starts a REGEX that would run for hours, hangs up after 0.5 s and checks that it is gone by the timeout,
     * counted from the request's first byte. (Jetty does not watch an HTTP/1.1 connection while its request is
     * handled, so the hang-up itself is noticed only at the next write.)
     */
    static RawHttp.Answer hangUp() throws Exception {
        byte[] body = utf8("SELECT * { BIND(REGEX(" + BACKTRACK + ") AS ?r) }");
        long t0 = System.nanoTime();
        try (Socket socket = kg.attacker.connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + SPARQL + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query"
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            // On a loaded machine the query may wait its turn and parse for a while: look until half the timeout.
            boolean running = false;
            while (!running && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(TIMEOUT) / 2) {
                Thread.sleep(100);
                running = kg.serve.threads().contains(MATCHING);
            }
            assertTrue(running, "the REGEX runs while the client waits");
        }
        long left = TimeUnit.SECONDS.toMillis(TIMEOUT) + 500 - (System.nanoTime() - t0) / 1_000_000;
        Thread.sleep(Math.max(0, left));
        String threads = kg.serve.threads();
        assertTrue(!threads.contains(MATCHING), "a thread still matches the REGEX after the timeout:\n" + threads);
        assertIdle("in the 1.5 s after the timeout of a query whose client left");
        return kg.query("ASK {}");
    }

    /**
     * Opens count connections that each send start and then nothing, keeps them open for 2 s while the victim is
     * served, closes them, and returns the answer to the attacker's next cheap query.
     */
    static RawHttp.Answer holdOpen(int count, String start) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Socket socket = kg.attacker.connect();
                sockets.add(socket);
                socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
            Thread.sleep(2000);
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        Thread.sleep(500);
        return kg.query("ASK {}");
    }

    /**
     * 200 slow queries from the attacker at once, each claiming another address in X-Forwarded-For (not trusted):
     * each is refused (503, Retry-After) or queued, then timed out.
     */
    static RawHttp.Answer twoHundredSlowQueries() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(200);
        try {
            List<Future<RawHttp.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String forged = "10.0." + (i / 250) + "." + (i % 250 + 1);
                answers.add(pool.submit(() -> kg.attacker.request("POST", SPARQL, Map.of("Content-Type",
                        "application/sparql-query", "X-Forwarded-For", forged, "Forwarded", "for=" + forged),
                        utf8("SELECT (COUNT(*) AS ?n) { " + PRODUCT + " }"))));
            }
            int busy = 0;
            int timedOut = 0;
            for (Future<RawHttp.Answer> future : answers) {
                RawHttp.Answer answer = future.get(60, TimeUnit.SECONDS);
                assertEquals(503, answer.status(), answer.toString());
                if (answer.body().contains("busy")) {
                    busy++;
                    assertEquals(Integer.toString(RequestLimits.RETRY_AFTER_SECONDS), answer.header("Retry-After"));
                } else {
                    assertTrue(answer.body().contains("timed out"), answer.toString());
                    timedOut++;
                }
            }
            System.out.println("200 slow queries: " + busy + " refused as busy, " + timedOut + " timed out");
            assertTrue(busy > 0 && timedOut > 0, busy + " busy, " + timedOut + " timed out");
            return answers.get(199).get();
        } finally {
            pool.shutdownNow();
        }
    }
}
