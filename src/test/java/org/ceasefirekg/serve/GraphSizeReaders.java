package org.ceasefirekg.serve;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * HTTP clients that ask a SPARQL endpoint for the size of every named graph, over and over until stopped, and
 * collect what they saw that a check rejects and every failed request. Concurrency tests run them while a writer
 * replaces graphs.
 */
public final class GraphSizeReaders {

    /** The property whose values say which write a triple's subject came from. */
    public static final String VERSION = "http://example.org/version";
    /** Per named graph, its triples and how many distinct values of {@link #VERSION} it holds. */
    public static final String QUERY = "SELECT ?g (COUNT(*) AS ?n) (COUNT(DISTINCT ?v) AS ?versions) "
            + "{ GRAPH ?g { ?s ?p ?o OPTIONAL { ?s <" + VERSION + "> ?v } } } GROUP BY ?g";

    /**
     * The size of one named graph as a client saw it.
     *
     * @param triples the triples in the graph
     * @param versions the distinct values of {@link #VERSION} in it
     */
    public record Size(long triples, long versions) {}

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong answers = new AtomicLong();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();

    /** Starts client threads querying endpoint; check returns what is wrong with the sizes of one answer, or null. */
    public static GraphSizeReaders start(String endpoint, int clients, Function<Map<String, Size>, String> check) {
        GraphSizeReaders readers = new GraphSizeReaders();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> readers.read(endpoint, check), "graph-size-reader-" + i);
            readers.threads.add(thread);
            thread.start();
        }
        return readers;
    }

    private void read(String endpoint, Function<Map<String, Size>, String> check) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY))
                .timeout(Duration.ofSeconds(60))
                .build();
        while (running.get()) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    problems.add("status " + response.statusCode() + ": " + response.body());
                    continue;
                }
                String wrong = check.apply(sizes(response.body()));
                if (wrong != null) {
                    problems.add(wrong);
                }
                answers.incrementAndGet();
            } catch (Exception e) {
                problems.add(e.toString());
            }
        }
    }

    /** Reads the answer of {@link #QUERY}: graph IRI to its size. */
    static Map<String, Size> sizes(String json) {
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        Map<String, Size> sizes = new LinkedHashMap<>();
        rows.forEachRemaining((QuerySolution row) -> sizes.put(row.getResource("g").getURI(),
                new Size(row.getLiteral("n").getLong(), row.getLiteral("versions").getLong())));
        return sizes;
    }

    /** Stops the clients after their current request and waits for them. */
    public void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(120).toMillis());
        }
    }

    /** Returns how many answers passed through the check. */
    public long answers() {
        return answers.get();
    }

    /** Returns the first 20 rejected answers and failed requests. */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems.subList(0, Math.min(problems.size(), 20)));
        }
    }
}
