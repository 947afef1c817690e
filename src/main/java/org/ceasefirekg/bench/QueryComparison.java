package org.ceasefirekg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.ceasefirekg.serve.KgServer;
import org.ceasefirekg.store.KgStore;

/** The named queries timed on our server and on plain Fuseki, both serving the same dataset, printed as a table. */
final class QueryComparison {
    private QueryComparison() {}

    /** Times the .rq files of queries on both servers over loopback HTTP and prints p50, p99 and their ratios. */
    static void print(KgStore store, Path queries, int warmup, int rounds, PrintWriter out)
            throws IOException, InterruptedException {
        Map<String, String> named = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(queries)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                named.put(f.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(f));
            }
        }
        KgServer ours = KgServer.start(store.dataset(), "127.0.0.1", 0, null);
        FusekiServer plain = FusekiServer.create().port(0).loopback(true).add("/ds", store.dataset()).build().start();
        try {
            Map<String, String> endpoints = new LinkedHashMap<>();
            endpoints.put("ours", ours.url());
            endpoints.put("plain", "http://localhost:" + plain.getHttpPort() + "/ds/sparql");
            QueryLatency.Results results = new QueryLatency().measure(endpoints, named, warmup, rounds);
            out.printf(Locale.ROOT, "competency queries over HTTP, %d rounds after %d warm-up rounds (ms):%n",
                    rounds, warmup);
            out.printf(Locale.ROOT, "%-18s %9s %9s %9s %9s %7s  %s%n", "query", "ours p50", "plain p50", "ours p99",
                    "plain p99", "p50 x", "same answer");
            List<Double> ratios = new ArrayList<>();
            long[] allOurs = new long[0];
            long[] allPlain = new long[0];
            for (var q : results.nanos().entrySet()) {
                long[] o = q.getValue().get("ours");
                long[] p = q.getValue().get("plain");
                double ratio = (double) QueryLatency.percentile(o, 0.5) / QueryLatency.percentile(p, 0.5);
                ratios.add(ratio);
                allOurs = concat(allOurs, o);
                allPlain = concat(allPlain, p);
                out.printf(Locale.ROOT, "%-18s %9.2f %9.2f %9.2f %9.2f %7.2f  %s%n", q.getKey(),
                        ms(QueryLatency.percentile(o, 0.5)), ms(QueryLatency.percentile(p, 0.5)),
                        ms(QueryLatency.percentile(o, 0.99)), ms(QueryLatency.percentile(p, 0.99)), ratio,
                        results.identical().get(q.getKey()) ? "yes" : "NO");
            }
            double geoMean = Math.exp(ratios.stream().mapToDouble(Math::log).average().orElse(0));
            out.printf(Locale.ROOT, "%-18s %9.2f %9.2f %9.2f %9.2f %7.2f  (all samples; p50 x = geometric mean"
                            + " of the per-query ratios)%n", "all", ms(QueryLatency.percentile(allOurs, 0.5)),
                    ms(QueryLatency.percentile(allPlain, 0.5)), ms(QueryLatency.percentile(allOurs, 0.99)),
                    ms(QueryLatency.percentile(allPlain, 0.99)), geoMean);
            out.flush();
        } finally {
            ours.stop();
            plain.stop();
        }
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
