package org.ceasefirekg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many clients querying one SPARQL endpoint at once for a fixed time, each with its own connection, each sending
 * the queries round-robin (starting at a different one) and waiting for every answer before the next: what the
 * server sustains, how long answers take, and which fail.
 */
public final class LoadTest {

    /** Most error messages kept for the report. */
    private static final int ERRORS_KEPT = 10;

    /**
     * What one query did over the measured time.
     *
     * @param nanos latency of every answered request, sorted
     * @param errors requests that failed: a status other than 200, or no complete answer
     */
    public record QueryStats(long[] nanos, long errors) {

        /** Returns the p-th latency percentile in nanoseconds (0 < p <= 1), or 0 without answers. */
        public long percentile(double p) {
            return nanos.length == 0 ? 0 : QueryLatency.percentile(nanos, p);
        }

        /** Returns the requests sent, answered or not. */
        public long requests() {
            return nanos.length + errors;
        }
    }

    /**
     * The outcome of a run.
     *
     * @param perQuery per query name, in the order given
     * @param all every request together
     * @param seconds the measured wall time, from the end of the warm-up until the last answer
     * @param bytes the bytes of all answers received in the measured time
     * @param errorSamples the first error messages, for the report
     */
    public record Result(Map<String, QueryStats> perQuery, QueryStats all, double seconds, long bytes,
                         List<String> errorSamples) {

        /** Returns the answered requests per second. */
        public double throughput() {
            return all.nanos().length / seconds;
        }
    }

    /** One finished request, measured or not. */
    private record Sample(int query, long startNanos, long nanos, long bytes, String error) {}

    private LoadTest() {}

    /**
     * Runs clients concurrent clients against endpoint for warmup and then duration; only requests started after
     * the warm-up count.
     *
     * @param queries query name to SPARQL text, in the order they are sent
     */
    public static Result run(String endpoint, Map<String, String> queries, int clients, Duration warmup,
                             Duration duration) throws InterruptedException {
        if (queries.isEmpty() || clients < 1) {
            throw new IllegalArgumentException("a load test needs queries and at least one client");
        }
        List<String> names = List.copyOf(queries.keySet());
        List<HttpRequest> requests = names.stream().map(name -> request(endpoint, queries.get(name))).toList();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long until = measureFrom + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Sample>>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c % requests.size();
            running.add(pool.submit(() -> client(requests, first, until)));
        }
        pool.shutdown();
        List<Sample> measured = new ArrayList<>();
        for (Future<List<Sample>> client : running) {
            try {
                client.get().stream().filter(s -> s.startNanos >= measureFrom).forEach(measured::add);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a load-test client failed", e.getCause());
            }
        }
        double seconds = (System.nanoTime() - measureFrom) / 1e9;
        return summarize(names, measured, seconds);
    }

    /** One client: sends the requests round-robin from first, each after the previous answer, until the deadline. */
    private static List<Sample> client(List<HttpRequest> requests, int first, long until) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Sample> samples = new ArrayList<>();
        for (int i = first; System.nanoTime() < until; i = (i + 1) % requests.size()) {
            long t0 = System.nanoTime();
            String error = null;
            long bytes = 0;
            try {
                HttpResponse<byte[]> response = http.send(requests.get(i), HttpResponse.BodyHandlers.ofByteArray());
                bytes = response.body().length;
                if (response.statusCode() != 200) {
                    error = "status " + response.statusCode() + ": "
                            + new String(response.body(), StandardCharsets.UTF_8).strip();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                error = e.toString();
            }
            samples.add(new Sample(i, t0, System.nanoTime() - t0, bytes, error));
        }
        return samples;
    }

    private static HttpRequest request(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(5))
                .build();
    }

    private static Result summarize(List<String> names, List<Sample> samples, double seconds) {
        Map<String, QueryStats> perQuery = new LinkedHashMap<>();
        for (int q = 0; q < names.size(); q++) {
            int query = q;
            perQuery.put(names.get(q), stats(samples.stream().filter(s -> s.query == query).toList()));
        }
        List<String> errors = samples.stream().filter(s -> s.error != null)
                .map(s -> names.get(s.query) + ": " + s.error).limit(ERRORS_KEPT).toList();
        return new Result(perQuery, stats(samples), seconds, samples.stream().mapToLong(Sample::bytes).sum(),
                Collections.unmodifiableList(errors));
    }

    private static QueryStats stats(List<Sample> samples) {
        long[] nanos = samples.stream().filter(s -> s.error == null).mapToLong(Sample::nanos).toArray();
        Arrays.sort(nanos);
        return new QueryStats(nanos, samples.stream().filter(s -> s.error != null).count());
    }
}
