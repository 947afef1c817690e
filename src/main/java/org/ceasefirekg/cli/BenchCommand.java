package org.ceasefirekg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.ceasefirekg.bench.HeapWatch;
import org.ceasefirekg.bench.QueryLatency;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.ingest.CsvColumns;
import org.ceasefirekg.ingest.InputScanner;
import org.ceasefirekg.serve.KgServer;
import org.ceasefirekg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg bench}: our build against plain CoreNLP on the same texts in one process, then the competency queries
 * on our server against plain Fuseki serving the same TDB2 store. Prints figures; keeps nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks the build against plain CoreNLP (same annotators, same texts, no mapping, no store)"
                + " and the competency queries on our server against plain Fuseki on the same TDB2 store.",
                "Prints tokens/s, articles/s, the ratio ours/plain, peak heap, the load rate and query latencies;"
                        + " builds into a temporary store that is deleted afterwards."})
public final class BenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100",
            description = "How many articles to take from the inputs (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--threads", paramLabel = "N",
            description = "Annotating threads of our build; plain CoreNLP runs on one, its own multi-threaded API"
                    + " crashing in the quote annotator; --threads 1 compares like with like (default: one per"
                    + " processor)")
    int threads;

    @Option(names = "--batches", paramLabel = "N", defaultValue = "5",
            description = "The articles run in N batches, plain CoreNLP and our build taking turns, so a change in"
                    + " the machine's load hits both alike (default: ${DEFAULT-VALUE})")
    int batches;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20",
            description = "Timed rounds of the competency queries (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Untimed rounds of the queries first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Mixin
    BuildCommand.CsvOptions csv;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Inputs as for build: .txt files, directories, .jsonl, .csv (default: seeds/)")
    List<Path> inputs;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = BuildRun.Options.defaults().threads();
        int threadCount = threads == 0 ? n : BuildCommand.threadCount(spec, threads);
        CsvColumns columns = csv.columns(spec);
        ProjectPaths paths = ProjectPaths.current();
        List<Article> sample = take(inputs == null || inputs.isEmpty() ? List.of(paths.seeds()) : inputs, columns,
                articles, err);
        if (sample.isEmpty()) {
            err.println("no readable articles in the inputs");
            return 1;
        }
        Path tmp = Files.createTempDirectory("kg-bench");
        try {
            return run(sample, threadCount, tmp, paths.queries(), err);
        } finally {
            deleteTree(tmp);
        }
    }

    private int run(List<Article> sample, int threadCount, Path tmp, Path queries, PrintWriter err) throws Exception {
        List<String> texts = sample.stream().map(Article::text).toList();
        int batchCount = Math.max(1, Math.min(batches, sample.size()));
        out.printf(Locale.ROOT, "%d articles, %,d characters, in %d batches (plain and ours alternate); plain CoreNLP"
                        + " on 1 thread, our build on %d; %d processors; max heap %s; Java %s%n", sample.size(),
                texts.stream().mapToLong(String::length).sum(), batchCount, threadCount,
                Runtime.getRuntime().availableProcessors(), mb(HeapWatch.maxHeap()), System.getProperty("java.version"));

        long t0 = System.nanoTime();
        CoreNlpAnnotator.shared();
        out.printf(Locale.ROOT, "CoreNLP loaded in %.1f s (once, shared by both but for NER, which plain CoreNLP loads"
                + " with its own gazetteer files in the warm-up; not in the figures below)%n", seconds(t0));
        int warm = Math.min(2, texts.size());
        t0 = System.nanoTime();
        CoreNlpAnnotator.plainAnnotate(texts.subList(0, warm));
        out.printf(Locale.ROOT, "warm-up: %d article(s) annotated in %.1f s%n", warm, seconds(t0));
        out.flush();

        Phase plain = new Phase("plain CoreNLP");
        Phase ours = new Phase("our build");
        long triples = 0;
        double writeSeconds = 0;
        BuildRun.Stages stages = new BuildRun.Stages(0, 0, 0, 0);
        try (KgStore store = KgStore.open(tmp.resolve("store")); HeapWatch heap = HeapWatch.start()) {
            for (int b = 0; b < batchCount; b++) {
                List<Article> batch = sample.subList(b * sample.size() / batchCount,
                        (b + 1) * sample.size() / batchCount);
                Path jsonl = writeJsonl(batch, tmp.resolve("batch-" + b + ".jsonl"));

                heap.reset();
                t0 = System.nanoTime();
                long tokens = CoreNlpAnnotator.plainAnnotate(batch.stream().map(Article::text).toList());
                plain.add(batch.size(), tokens, seconds(t0), heap);

                heap.reset();
                StringWriter lines = new StringWriter();
                t0 = System.nanoTime();
                BuildRun.Summary built = BuildRun.run(store, List.of(jsonl), new BuildRun.Options(false, false,
                        threadCount, CsvColumns.DEFAULT, false), new PrintWriter(lines), err);
                ours.add(built.built(), built.tokens(), seconds(t0), heap);
                if (built.exitCode() != 0 || built.annotated() != batch.size()) {
                    err.println("our build did not annotate every article; its output:\n" + lines);
                    return 1;
                }
                triples += built.triples();
                writeSeconds += built.writeSeconds();
                BuildRun.Stages s = built.stages();
                stages = new BuildRun.Stages(stages.annotate() + s.annotate(), stages.cache() + s.cache(),
                        stages.extract() + s.extract(), stages.map() + s.map());
                out.printf(Locale.ROOT, "batch %d/%d: plain %.1f s, ours %.1f s%n", b + 1, batchCount,
                        plain.lastSeconds, ours.lastSeconds);
                out.flush();
            }
            plain.report();
            ours.report();
            out.printf(Locale.ROOT, "our build, time by stage summed over the %d annotating threads: CoreNLP %.1f s,"
                            + " annotation cache %.1f s, extraction %.1f s, mapping %.1f s; store writes %.1f s"
                            + " (writer thread)%n", threadCount, stages.annotate(), stages.cache(), stages.extract(),
                    stages.map(), writeSeconds);
            out.printf(Locale.ROOT, "ratio ours/plain (wall time): %.2f%n", ours.seconds / plain.seconds);
            out.printf(Locale.ROOT, "load: %,d triples in %.2f s of write transactions = %,.0f triples/s"
                            + " (one transaction per article)%n",
                    triples, writeSeconds, triples / Math.max(1e-9, writeSeconds));
            out.flush();
            compareQueries(store, queries);
        }
        return 0;
    }

    /** The running totals of one side of the comparison. */
    private final class Phase {
        final String name;
        int articles;
        long tokens;
        double seconds;
        double lastSeconds;
        long peakHeap;
        long peakAfterGc;

        Phase(String name) {
            this.name = name;
        }

        void add(int count, long tokenCount, double elapsed, HeapWatch heap) {
            articles += count;
            tokens += tokenCount;
            seconds += elapsed;
            lastSeconds = elapsed;
            peakHeap = Math.max(peakHeap, heap.peakUsed());
            peakAfterGc = Math.max(peakAfterGc, heap.peakAfterGc());
        }

        void report() {
            out.printf(Locale.ROOT, "%-14s %6.1f s  %,7.0f tokens/s  %6.3f articles/s  (%,d tokens)  peak heap %s,"
                            + " after GC %s%n", name, seconds, tokens / seconds, articles / seconds, tokens,
                    mb(peakHeap), mb(peakAfterGc));
        }
    }

    /** Times the named queries on our server and on plain Fuseki, both serving the same dataset. */
    private void compareQueries(KgStore store, Path queries) throws IOException, InterruptedException {
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

    /** Takes the first count readable articles of the inputs; a bad input is reported and passed over. */
    private static List<Article> take(List<Path> inputs, CsvColumns columns, int count, PrintWriter err) {
        List<Article> taken = new ArrayList<>();
        try {
            InputScanner.scan(inputs, columns).read(a -> {
                if (taken.size() >= count) {
                    throw new Enough();
                }
                if (taken.stream().noneMatch(t -> t.id().equals(a.article().id()))) {
                    taken.add(a.article());
                }
            }, p -> err.println("skipped " + p));
        } catch (Enough e) {
            // the sample is full: the rest of the input is not read
        }
        err.flush();
        return taken;
    }

    /** Ends reading once the sample is full. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Writes the sample as JSON Lines, so our build reads exactly the texts plain CoreNLP gets. */
    private static Path writeJsonl(List<Article> sample, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : sample) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", a.id());
                o.put("text", a.text());
                o.put("title", a.title());
                o.put("publisher", a.publisher());
                o.put("published", a.published());
                o.put("url", a.url());
                w.write(JSON.writeValueAsString(o));
                w.newLine();
            }
        }
        return file;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
    }
}
