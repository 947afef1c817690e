package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.ceasefirekg.cli.CliRun;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.extract.AnnotationCache;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg push} of the seed store into a plain Apache Jena Fuseki in a process of its own (not our server): the ten
 * competency questions answer there as they do on the local store, a second push doubles nothing, and a refused or
 * unreachable endpoint is one line naming the graph, with a non-zero exit. The last test stops the server.
 */
@TestMethodOrder(OrderAnnotation.class)
class PushIT {
    private static final String QUADS = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    private static final String GRAPHS = "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }";
    private static final Node BUILDS = NodeFactory.createURI(Iris.BUILDS_GRAPH);

    @TempDir
    static Path tmp;
    static SeedStore seeds;
    static FusekiProcess fuseki;
    static Path password;

    @BeforeAll
    static void startFusekiAndBuildTheSeeds() throws Exception {
        fuseki = FusekiProcess.start(Files.createDirectories(tmp.resolve("fuseki")));
        password = Files.writeString(tmp.resolve("password"), FusekiProcess.PASSWORD + "\n");
        seeds = SeedStore.get();
        assertEquals(0, seeds.exitCode, seeds.err);
    }

    @AfterAll
    static void stopFuseki() throws InterruptedException {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    static CliRun push(String endpoint, String user) {
        return CliRun.kg("push", "--store", seeds.dir.toString(), "--to", endpoint, "--user", user,
                "--password-file", password.toString());
    }

    @Test
    @Order(1)
    void everyGraphLandsAndTheTenQuestionsAnswerThereAsHere() throws IOException {
        CliRun run = push(fuseki.graphStore(), FusekiProcess.USER);
        int graphs = seeds.store.graphNames().size();
        assertEquals(0, run.code(), run.out() + run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("pushed " + graphs + " of " + graphs + " graphs ("), run.out());
        assertEquals(seeds.store.quadCount(), remoteQuads());
        assertEquals(names(seeds.store.graphNames()), column(remote(GRAPHS), "g"));

        List<Path> queries;
        try (Stream<Path> files = Files.list(Main.projectPaths().queries())) {
            queries = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertEquals(10, queries.size(), queries.toString());
        for (Path query : queries) {
            String sparql = Files.readString(query, StandardCharsets.UTF_8);
            List<String> here = local(seeds.store.dataset(), sparql);
            List<String> there = remote(sparql);
            assertFalse(here.isEmpty(), query + " answers nothing on the local store");
            assertEquals(here, there, query.getFileName() + ": the remote store answers otherwise");
            System.out.printf("%s: %d rows alike%n", query.getFileName(), here.size());
        }
        System.out.printf("first push: %s", run.out());
    }

    @Test
    @Order(2)
    void aSecondPushReplacesEachGraphAndDoublesNothing() {
        long before = remoteQuads();
        CliRun again = push(fuseki.graphStore(), FusekiProcess.USER);
        assertEquals(0, again.code(), again.out() + again.err());
        assertEquals(before, remoteQuads());
        assertEquals(seeds.store.quadCount(), remoteQuads());
        System.out.printf("second push: %s", again.out());
    }

    @Test
    @Order(3)
    void wrongCredentialsAreOneLineNamingTheGraphAndTheStatus() {
        long before = remoteQuads();
        CliRun refused = push(fuseki.graphStore(), "intruder");
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertOneLine(refused.err(), "refused graph <" + Iris.ONTOLOGY_GRAPH + "> with HTTP 401");
        assertTrue(refused.out().startsWith("pushed 0 of "), refused.out());
        assertEquals(before, remoteQuads());
    }

    @Test
    @Order(4)
    void aReadOnlyDatasetIsOneLineNamingTheGraphAndTheStatus() {
        CliRun refused = push(fuseki.readOnlyGraphStore(), FusekiProcess.USER);
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertOneLine(refused.err(), "refused graph <" + Iris.ONTOLOGY_GRAPH + "> with HTTP 405");
    }

    /**
     * {@code kg build --push} to another store: the seeds built afresh (from the seed store's annotation cache) land
     * in the local store and every graph the build wrote in the other; built again, nothing changes there.
     */
    @Test
    @Order(5)
    void aBuildPushesEveryGraphItWroteAndAgainOnlyWhatChanged() throws IOException {
        Path store = tmp.resolve("built/store");
        copyTree(AnnotationCache.besideStore(seeds.dir), AnnotationCache.besideStore(store));
        CliRun first = build(store, fuseki.builtGraphStore());
        assertEquals(0, first.code(), first.out() + first.err());
        assertTrue(first.out().contains("3 articles built, 0 unchanged, 0 failed"), first.out());
        try (KgStore built = KgStore.open(store)) {
            int graphs = built.graphNames().size();
            assertTrue(first.out().contains("pushed " + graphs + " of " + graphs + " graphs"), first.out());
            assertEquals(built.quadCount(), remoteQuads(fuseki.builtSparql()));
            assertEquals(names(built.graphNames()), column(remote(fuseki.builtSparql(), GRAPHS), "g"));
            assertEquals(seeds.store.quadCount() - seeds.store.graphSize(BUILDS), built.quadCount()
                    - built.graphSize(BUILDS), "the build pushed is the seed store's");
        }
        long before = remoteQuads(fuseki.builtSparql());
        CliRun again = build(store, fuseki.builtGraphStore());
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(again.out().contains("0 articles built, 3 unchanged"), again.out());
        assertEquals(before, remoteQuads(fuseki.builtSparql()));
        System.out.printf("build --push: %s%nagain: %s%n", first.out().lines().reduce((a, b) -> b).orElse(""),
                again.out().lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    @Order(6)
    void aBuildToAnUnreachableStoreSaysSoBeforeBuildingAnything() throws IOException {
        Path store = tmp.resolve("never/store");
        String closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = "http://127.0.0.1:" + socket.getLocalPort() + "/ds/data";
        }
        CliRun refused = build(store, closed);
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertOneLine(refused.err(), "cannot reach " + closed + " to put graph <" + Iris.ONTOLOGY_GRAPH + ">");
        assertTrue(refused.err().endsWith("nothing was built" + System.lineSeparator()), refused.err());
        assertFalse(Files.exists(store), "a store was made for a build that did not run");
    }

    private static CliRun build(Path store, String endpoint) {
        return CliRun.kg("build", "--store", store.toString(), "--push", endpoint, "--user", FusekiProcess.USER,
                "--password-file", password.toString(), Main.projectPaths().seeds().toString());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    /** The real command in a JVM of its own, so that its whole standard error is seen: one line, no stack trace. */
    @Test
    @Order(7)
    void aStoppedServerIsOneLineAndExitCodeTwoAfterBoundedRetries() throws Exception {
        String endpoint = fuseki.graphStore();
        fuseki.close();
        Path store = tmp.resolve("copy");
        copySeedsTo(store); // the seed store stays open in this JVM; a child process needs one of its own
        Path out = tmp.resolve("push.out");
        Path err = tmp.resolve("push.err");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dkg.home=" + Main.projectPaths().home(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "push", "--store", store.toString(),
                "--to", endpoint);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "push to a stopped server still running after 60 s");
        double seconds = (System.nanoTime() - start) / 1e9;
        String error = Files.readString(err);
        assertEquals(2, process.exitValue(), Files.readString(out) + error);
        assertOneLine(error, "cannot reach " + endpoint + " to put graph <" + Iris.ONTOLOGY_GRAPH
                + ">: connection refused (after 4 attempts)");
        assertTrue(Files.readString(out).startsWith("pushed 0 of "), Files.readString(out));
        assertTrue(Files.readString(out).contains(", 3 retries; stopped there"), Files.readString(out));
        // Three pauses (0.5 + 1 + 2 s) plus a JVM's start: bounded, not a hang.
        assertTrue(seconds > 3.5 && seconds < 30, seconds + " s");
        System.out.printf("push to a stopped server: exit 2 after %.1f s: %s", seconds, error);
    }

    private static void assertOneLine(String err, String part) {
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains(part), err);
        assertFalse(err.contains("Exception:") || err.contains("\tat "), err);
    }

    private static void copySeedsTo(Path dir) {
        try (KgStore copy = KgStore.open(dir)) {
            DatasetGraph from = seeds.store.dataset();
            Txn.executeWrite(copy.dataset(), () -> Txn.executeRead(from, () -> from.find(Node.ANY, Node.ANY,
                    Node.ANY, Node.ANY).forEachRemaining(copy.dataset()::add)));
        }
    }

    private static long remoteQuads() {
        return remoteQuads(fuseki.sparql());
    }

    private static long remoteQuads(String sparqlEndpoint) {
        return Long.parseLong(remote(sparqlEndpoint, QUADS).get(0).replaceAll("^n=\"(\\d+)\".*$", "$1"));
    }

    private static Set<String> names(Set<Node> graphs) {
        Set<String> names = new TreeSet<>();
        graphs.forEach(g -> names.add("g=<" + g.getURI() + ">"));
        return names;
    }

    private static Set<String> column(List<String> rows, String variable) {
        Set<String> values = new TreeSet<>();
        rows.forEach(row -> values.add(row.replaceAll("^(" + variable + "=\\S+).*$", "$1")));
        return values;
    }

    /** The rows of a query on the local store, normalised and sorted. */
    private static List<String> local(DatasetGraph dataset, String sparql) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(sparql).build()) {
                return rows(exec.select());
            }
        });
    }

    /** The rows of a query on the remote server's SPARQL endpoint, normalised and sorted. */
    private static List<String> remote(String sparql) {
        return remote(fuseki.sparql(), sparql);
    }

    /** The rows of a query on a SPARQL endpoint, normalised and sorted. */
    private static List<String> remote(String endpoint, String sparql) {
        try (QueryExecHTTP exec = QueryExecHTTP.service(endpoint).query(sparql).build()) {
            return rows(exec.select());
        }
    }

    /**
     * Each row as one string, its variables in name order: IRIs and literals as written, any blank node as "_:"
     * (labels are local to each store), and a "; "-joined list in sorted order (GROUP_CONCAT follows each store's
     * own index order, which a load in another order changes). Sorted, so the comparison is of the multisets.
     */
    private static List<String> rows(RowSet rows) {
        List<String> all = new ArrayList<>();
        rows.forEachRemaining(binding -> {
            TreeMap<String, String> row = new TreeMap<>();
            binding.vars().forEachRemaining(v -> row.put(v.getVarName(), value(binding.get(v))));
            all.add(String.join(" | ", row.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .toList()));
        });
        all.sort(null);
        return all;
    }

    private static String value(Node node) {
        if (node.isBlank()) {
            return "_:";
        }
        if (node.isLiteral()) {
            String[] parts = node.getLiteralLexicalForm().split("; ");
            Arrays.sort(parts);
            String datatype = node.getLiteralLanguage().isEmpty() ? "^^" + node.getLiteralDatatypeURI()
                    : "@" + node.getLiteralLanguage();
            return "\"" + String.join("; ", parts) + "\"" + datatype;
        }
        return "<" + node.getURI() + ">";
    }
}
