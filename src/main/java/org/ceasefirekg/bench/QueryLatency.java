package org.ceasefirekg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times SPARQL queries over HTTP against several endpoints serving the same data, round after round, so their
 * latencies can be compared: each round runs every query on every endpoint, the endpoint going first alternating
 * from round to round.
 */
public final class QueryLatency {
    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * What was measured.
     *
     * @param nanos     per query name, per endpoint name, the latency of each recorded round in nanoseconds
     * @param identical per query name, true when every endpoint answered with the same bytes
     */
    public record Results(Map<String, Map<String, long[]>> nanos, Map<String, Boolean> identical) {}

    /**
     * Runs warmup unrecorded rounds, then rounds recorded ones.
     *
     * @param endpoints endpoint name to SPARQL query URL
     * @param queries   query name to SPARQL text
     * @throws IOException when an endpoint fails or answers with an error status
     */
    public Results measure(Map<String, String> endpoints, Map<String, String> queries, int warmup, int rounds)
            throws IOException, InterruptedException {
        Map<String, Map<String, long[]>> nanos = new LinkedHashMap<>();
        Map<String, Boolean> identical = new LinkedHashMap<>();
        List<String> names = List.copyOf(endpoints.keySet());
        queries.keySet().forEach(q -> {
            Map<String, long[]> perEndpoint = new LinkedHashMap<>();
            names.forEach(e -> perEndpoint.put(e, new long[rounds]));
            nanos.put(q, perEndpoint);
        });
        for (int round = 0; round < warmup + rounds; round++) {
            for (var query : queries.entrySet()) {
                byte[] first = null;
                for (int i = 0; i < names.size(); i++) {
                    String endpoint = names.get((i + round) % names.size());
                    long t0 = System.nanoTime();
                    byte[] body = ask(endpoints.get(endpoint), query.getValue());
                    long elapsed = System.nanoTime() - t0;
                    if (round >= warmup) {
                        nanos.get(query.getKey()).get(endpoint)[round - warmup] = elapsed;
                    }
                    if (first == null) {
                        first = body;
                    } else if (round == 0) {
                        identical.merge(query.getKey(), Arrays.equals(first, body), Boolean::logicalAnd);
                    }
                }
                identical.putIfAbsent(query.getKey(), true);
            }
        }
        return new Results(nanos, identical);
    }

    private byte[] ask(String endpoint, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(endpoint + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8).strip());
        }
        return response.body();
    }

    /** Returns the p-th percentile (0 < p <= 1) of the samples by the nearest-rank method. */
    public static long percentile(long[] samples, double p) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
