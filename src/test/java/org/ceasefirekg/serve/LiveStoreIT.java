package org.ceasefirekg.serve;

import static org.ceasefirekg.serve.AttackHarness.PASSWORD;
import static org.ceasefirekg.serve.AttackHarness.PRODUCT;
import static org.ceasefirekg.serve.AttackHarness.USER;
import static org.ceasefirekg.serve.AttackHarness.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ceasefirekg.map.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that a real {@code kg serve --allow-update} holds, with a long query timeout (30 s) and a short update
 * timeout (2 s): a real {@code kg build --push} process builds into it through the server, which shows the articles
 * at once; other processes opening the store ({@code kg build}, {@code kg eval}, {@code kg query}) are told so in
 * one line; a query whose client hangs up stops within a second, far before its timeout; an update over its timeout
 * is aborted with nothing written.
 */
class LiveStoreIT {

    static final int QUERY_TIMEOUT = 30;
    static final int UPDATE_TIMEOUT = 2;

    @TempDir
    static Path tmp;

    static AttackHarness kg;
    static Path password;

    @BeforeAll
    static void start() throws Exception {
        kg = AttackHarness.start(tmp, QUERY_TIMEOUT, "--update-timeout", Integer.toString(UPDATE_TIMEOUT));
        password = tmp.resolve("password");
    }

    @AfterAll
    static void stop() throws Exception {
        if (kg != null) {
            kg.close();
        }
    }

    /** How a kg process ended: its exit code and everything it printed. */
    record Ended(int code, String output) {
        List<String> lines() {
            return output.lines().filter(l -> !l.isBlank()).toList();
        }

        boolean stackTrace() {
            return output.lines().anyMatch(l -> l.matches("\\s+at [\\w$.]+\\(.*\\)") || l.startsWith("Caused by:")
                    || l.contains("Exception in thread"));
        }
    }

    /** Runs the kg jar in a process of its own, as {@code ./kg} does, and returns how it ended. */
    static Ended kgProcess(String heap, String... args) throws Exception {
        Path project = Path.of(System.getProperty("kg.project.dir", ".")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), heap, "-Dkg.home=" + project, "-jar", project.resolve("target/ceasefire-kg.jar")
                .toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "kg " + String.join(" ", args) + " ended");
        return new Ended(process.exitValue(), output);
    }

    static String url() {
        return "http://127.0.0.1:" + kg.serve.port + KgServer.DATASET;
    }

    static String ask(String graph) throws Exception {
        return kg.query("ASK { GRAPH <" + graph + "> { ?s ?p ?o } }").body();
    }

    /**
     * Builds a real article in a real {@code kg build --push} process while the server runs: the server answers
     * for the article at once, without a restart; a second push is skipped as current, another text under the same
     * id is refused by name, a wrong password is one line.
     */
    @Test
    void aBuildThroughTheServerShowsItsArticlesWithoutARestart() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("push"));
        Path truce = Files.copy(Path.of("src/test/resources/fixtures/truce.txt"), in.resolve("truce.txt"));
        String cache = tmp.resolve("cache").toString();
        String graph = Iris.articleGraph("truce");
        assertTrue(ask(graph).contains("false"), "not there before");

        Ended pushed = kgProcess("-Xmx4g", "build", "--push", url(), "--user", USER, "--password-file",
                password.toString(), "--store", cache, "--threads", "1", truce.toString());
        assertEquals(0, pushed.code(), pushed.output());
        assertTrue(pushed.output().contains("ok    truce.txt  "), pushed.output());
        assertTrue(ask(graph).contains("true"), "the server shows the pushed article");
        String claims = kg.query("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?c a <"
                + org.ceasefirekg.lexicon.Vocab.cf("Claim") + "> } }").body();
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"")
                .matcher(claims);
        assertTrue(count.find() && Integer.parseInt(count.group(1)) > 0,
                "with its claims typed by the class hierarchy, as a build on disk types them: " + claims);
        assertTrue(kg.query("ASK { GRAPH <" + Iris.ONTOLOGY_GRAPH + "> { ?s ?p ?o } }").body().contains("true"));
        kg.probe();

        Ended again = kgProcess("-Xmx1g", "build", "--push", url(), "--user", USER, "--password-file",
                password.toString(), "--store", cache, truce.toString());
        assertEquals(0, again.code(), again.output());
        assertTrue(again.output().contains("same  truce.txt (unchanged, skipped)"), again.output());

        Path other = Files.writeString(Files.createDirectories(tmp.resolve("other")).resolve("truce.txt"),
                "Rebels shelled a village near Idlib on Friday.\n");
        String before = kg.fingerprint();
        Ended refused = kgProcess("-Xmx1g", "build", "--push", url(), "--user", USER, "--password-file",
                password.toString(), "--store", cache, other.toString());
        assertEquals(1, refused.code(), refused.output());
        assertTrue(refused.output().contains("FAIL  " + other + ": id 'truce' is already in the store with another"
                + " text or metadata; not replaced (--replace replaces it)"), refused.output());
        assertEquals(before, kg.fingerprint(), "the served article is unchanged");

        Path wrong = Files.writeString(tmp.resolve("wrong"), "not the password\n");
        Ended denied = kgProcess("-Xmx1g", "build", "--push", url(), "--user", USER, "--password-file",
                wrong.toString(), "--store", cache, other.toString());
        assertEquals(2, denied.code(), denied.output());
        assertEquals(List.of("the server at " + url() + " refused user '" + USER + "' (401): check --user and the"
                + " password"), denied.lines());
        assertEquals(before, kg.fingerprint());
    }

    /**
     * Other processes on the store the server holds: each is told in one line (exit 3) that the store is in use, by
     * which process, and how to build through the server; none prints a stack trace, and the store is unchanged.
     */
    @Test
    void otherProcessesOnTheServedStoreGetOneLine() throws Exception {
        String store = tmp.resolve("store").toString();
        Path article = Files.copy(Path.of("src/test/resources/fixtures/truce.txt"),
                Files.createDirectories(tmp.resolve("held")).resolve("truce.txt"));
        String before = kg.fingerprint();
        List<String[]> commands = List.of(new String[] {"build", "--store", store, article.toString()},
                new String[] {"eval", "--store", store, "src/test/resources/gold/seeds.json"},
                new String[] {"query", "quotes", "--store", store});
        for (String[] command : commands) {
            Ended run = kgProcess("-Xmx1g", command);
            assertEquals(3, run.code(), run.output());
            assertEquals(1, run.lines().size(), run.output());
            String line = run.lines().get(0);
            assertTrue(line.startsWith("the store " + store + " is in use by another process (pid "
                    + kg.serve.process.pid() + ", kg serve): wait until it ends, or, if it is `kg serve"
                    + " --allow-update`, build through it with `kg build --push http://HOST:PORT/ceasefire"), line);
            assertTrue(!run.stackTrace(), run.output());
        }
        assertEquals(before, kg.fingerprint());
    }

    @TestFactory
    Stream<DynamicTest> hangUpsAndSlowUpdates() {
        String slowUpdate = "INSERT { <http://example.org/x> <http://example.org/n> ?n } WHERE { SELECT (COUNT(*)"
                + " AS ?n) { " + PRODUCT + " } }";
        return Stream.of(
                kg.attack("a client that hangs up on a 10^9-row count, 30 s timeout", 200, "true",
                        () -> hangUp("SELECT (COUNT(*) AS ?n) { " + PRODUCT + " }")),
                kg.attack("a client that hangs up on an hours-long REGEX, 30 s timeout", 200, "true",
                        () -> hangUp("SELECT * { BIND(REGEX(" + ServerAttackIT.BACKTRACK + ") AS ?r) }")),
                kg.attack("an update counting 10^9 rows, over the update timeout", 503,
                        "the update took longer than 2 s, the server's limit (--update-timeout); nothing was changed",
                        () -> timedUpdate(slowUpdate)),
                kg.attack("a form update counting 10^9 rows, over the update timeout", 503,
                        "the update took longer than 2 s", () -> kg.attacker.request("POST", KgServer.DATASET
                                + "/update", Map.of("Content-Type", "application/x-www-form-urlencoded",
                                "Authorization", AttackHarness.basic(USER, PASSWORD)),
                                utf8("update=" + AttackHarness.encode(slowUpdate)))));
    }

    /** Sends the update and checks it was stopped at its timeout, and that the write lock is free again. */
    static RawHttp.Answer timedUpdate(String update) throws Exception {
        long t0 = System.nanoTime();
        RawHttp.Answer answer = kg.update(update);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < (UPDATE_TIMEOUT + 5) * 1000L, "answered after " + millis + " ms");
        RawHttp.Answer next = kg.update("DELETE DATA { <http://example.org/none> <http://example.org/p> 1 }");
        assertEquals(204, next.status(), "the next update runs: " + next);
        return answer;
    }

    /**
     * Starts the query, hangs up as soon as the server's CPU shows it running, and checks that the server falls idle
     * within a second and a half, where the 30 s timeout would have let it run on.
     */
    static RawHttp.Answer hangUp(String query) throws Exception {
        byte[] body = utf8(query);
        long hungUp;
        try (Socket socket = kg.attacker.connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + ServerAttackIT.SPARQL + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type:"
                    + " application/sparql-query\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            // On a shared machine the query may wait its turn or get little CPU: look for it for up to 10 s.
            long busy = 0;
            for (long t0 = System.nanoTime(); busy <= 150 && System.nanoTime() - t0 < 10_000_000_000L; ) {
                long cpu0 = kg.serve.cpuMillis();
                Thread.sleep(500);
                busy = kg.serve.cpuMillis() - cpu0;
            }
            assertTrue(busy > 150, "the query runs while the client waits: " + busy + " ms of CPU in 0.5 s");
            hungUp = System.nanoTime();
        }
        // Stopped within a second of the hang-up (the check runs every 250 ms): idle from then on.
        Thread.sleep(1000);
        long cpu0 = kg.serve.cpuMillis();
        Thread.sleep(1500);
        long used = kg.serve.cpuMillis() - cpu0;
        double after = (System.nanoTime() - hungUp) / 1e9;
        System.out.println("after a hang-up: " + used + " ms of CPU from 1 s to " + after + " s after it");
        assertTrue(used < ServerAttackIT.IDLE_CPU_MILLIS, "the query ran on after its client left: " + used + " ms");
        assertTrue(after < QUERY_TIMEOUT - 5, "checked long before the timeout");
        return kg.query("ASK {}");
    }
}
