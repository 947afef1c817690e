package org.ceasefirekg.bench;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ceasefirekg.store.KgStore;
import org.ceasefirekg.store.QueryRunner;

/**
 * Times every named query on stores of growing size, in the same process, round after round: the table says how
 * each query's p50 and p99 grow with the graph. The stores take turns within a round so load on the machine falls on
 * all of them alike.
 */
public final class QueryGrowth {
    /**
     * Latencies in milliseconds, per query, per store label, one per recorded round.
     *
     * @param millis query name to store label to the recorded latencies
     * @param quads  store label to its number of quads
     */
    public record Results(Map<String, Map<String, double[]>> millis, Map<String, Long> quads) {}

    private QueryGrowth() {
    }

    /** Runs warmup unrecorded rounds, then rounds recorded ones, of every query on every store. */
    public static Results measure(Map<String, Path> stores, Map<String, String> queries, int warmup, int rounds) {
        Map<String, KgStore> open = new LinkedHashMap<>();
        Map<String, Long> quads = new LinkedHashMap<>();
        Map<String, Map<String, double[]>> millis = new LinkedHashMap<>();
        try {
            stores.forEach((label, dir) -> {
                KgStore kg = KgStore.open(dir);
                open.put(label, kg);
                quads.put(label, kg.quadCount());
            });
            queries.keySet().forEach(q -> {
                Map<String, double[]> perStore = new LinkedHashMap<>();
                stores.keySet().forEach(s -> perStore.put(s, new double[rounds]));
                millis.put(q, perStore);
            });
            List<String> labels = List.copyOf(stores.keySet());
            for (int round = 0; round < warmup + rounds; round++) {
                for (var query : queries.entrySet()) {
                    for (int i = 0; i < labels.size(); i++) {
                        String label = labels.get((i + round) % labels.size());
                        long t0 = System.nanoTime();
                        QueryRunner.select(open.get(label).dataset(), query.getValue(), QueryRunner.Format.CSV,
                                OutputStream.nullOutputStream());
                        if (round >= warmup) {
                            millis.get(query.getKey()).get(label)[round - warmup] = (System.nanoTime() - t0) / 1e6;
                        }
                    }
                }
            }
        } finally {
            open.values().forEach(KgStore::close);
        }
        return new Results(millis, quads);
    }

    /** Prints one row per query: p50 and p99 on each store, and the last store's p50 over the first's. */
    public static void print(Results r, PrintWriter out) {
        List<String> labels = List.copyOf(r.quads().keySet());
        StringBuilder head = new StringBuilder(String.format("%-20s", "query"));
        labels.forEach(l -> head.append(String.format(" | %-8s p50 / p99 (ms)", l)));
        out.println(head.append(" | growth of p50"));
        StringBuilder sizes = new StringBuilder(String.format("%-20s", "quads"));
        labels.forEach(l -> sizes.append(String.format(" | %-25d", r.quads().get(l))));
        out.println(sizes);
        r.millis().forEach((query, perStore) -> {
            StringBuilder row = new StringBuilder(String.format("%-20s", query));
            perStore.values().forEach(ms -> row.append(String.format(" | %10.0f / %-12.0f", percentile(ms, 50),
                    percentile(ms, 99))));
            double first = percentile(perStore.get(labels.get(0)), 50);
            double last = percentile(perStore.get(labels.get(labels.size() - 1)), 50);
            out.println(row.append(String.format(" | %.1fx", first > 0 ? last / first : 0)));
        });
        out.flush();
    }

    /** The nearest-rank percentile of the values. */
    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
