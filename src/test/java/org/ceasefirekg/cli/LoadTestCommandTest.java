package org.ceasefirekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg loadtest} against a small store: the report adds up, and failures are counted and set the exit code. */
class LoadTestCommandTest {

    static final String EX = "http://example.org/";
    static final Pattern ROW = Pattern.compile("(?m)^(\\S+)\\s+(\\d+)\\s+(\\d+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)$");

    @TempDir
    static Path tmp;
    static Path store;
    static Path queries;

    @BeforeAll
    static void fill() throws IOException {
        store = tmp.resolve("store");
        try (KgStore kg = KgStore.open(store)) {
            for (int g = 0; g < 3; g++) {
                Node graph = NodeFactory.createURI(EX + "g" + g);
                kg.replaceGraph(graph, sink -> sink.triple(Triple.create(graph, NodeFactory.createURI(EX + "p"),
                        NodeFactory.createLiteralString(graph.getURI()))));
            }
        }
        queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("values.rq"), "SELECT ?o WHERE { ?s <" + EX + "p> ?o }");
        Files.writeString(queries.resolve("graphs.rq"), "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } "
                + "GROUP BY ?g");
    }

    /** What a run printed, and its exit code. */
    record Run(int code, String out) {

        /** The report's table: name, answers, errors, p50, p99, max. */
        List<String[]> rows() {
            Matcher m = ROW.matcher(out);
            List<String[]> rows = new ArrayList<>();
            while (m.find()) {
                rows.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)});
            }
            return rows;
        }
    }

    static Run loadtest(String... args) {
        List<String> all = new ArrayList<>(List.of("loadtest"));
        all.addAll(List.of(args));
        CliRun run = CliRun.kg(all.toArray(String[]::new));
        return new Run(run.code(), run.out() + run.err());
    }

    @Test
    void fourClientsOnAStoreReportConsistentCountsAndNoErrors() {
        Run run = loadtest("--store", store.toString(), "--queries", queries.toString(), "--clients", "4",
                "--seconds", "2", "--warmup", "1");
        assertEquals(0, run.code(), run.out());
        List<String[]> rows = run.rows();
        assertEquals(List.of("graphs", "values", "all"), rows.stream().map(r -> r[0]).toList(), run.out());
        long answers = Long.parseLong(rows.get(2)[1]);
        assertEquals(answers, Long.parseLong(rows.get(0)[1]) + Long.parseLong(rows.get(1)[1]), "the parts add up");
        assertTrue(answers > 4, run.out());
        assertEquals("0", rows.get(2)[2]);
        for (String[] row : rows) {
            double p50 = Double.parseDouble(row[3]);
            double p99 = Double.parseDouble(row[4]);
            double max = Double.parseDouble(row[5]);
            assertTrue(0 < p50 && p50 <= p99 && p99 <= max, String.join(" ", row));
        }
        assertTrue(run.out().contains("errors: 0"), run.out());
        assertTrue(run.out().matches("(?s).*throughput: [\\d.]+ queries/s \\(" + answers + " answers in .*"),
                run.out());
        try (KgStore reopened = KgStore.open(store)) {
            assertEquals(3, reopened.graphNames().size(), "the store was released and left as it was");
        }
    }

    @Test
    void requestsThatFailAreCountedAndTheExitCodeIsOne() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again at once: nothing listens there
        }
        Run run = loadtest("--url", "http://127.0.0.1:" + port + "/ceasefire/sparql", "--queries",
                queries.toString(), "--clients", "2", "--seconds", "1", "--warmup", "0");
        assertEquals(1, run.code(), run.out());
        List<String[]> rows = run.rows();
        String[] all = rows.get(rows.size() - 1);
        assertEquals("0", all[1], "no answers");
        assertTrue(Long.parseLong(all[2]) > 0, run.out());
        assertTrue(run.out().contains("ConnectException"), run.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, loadtest("--url", "http://127.0.0.1:1/ceasefire/sparql", "--store", store.toString()).code());
        assertEquals(2, loadtest("--store", store.toString(), "--clients", "0").code());
        Run noQueries = loadtest("--store", store.toString(), "--queries", tmp.resolve("none").toString());
        assertEquals(2, noQueries.code());
        assertTrue(noQueries.out().contains("no queries"), noQueries.out());
    }
}
