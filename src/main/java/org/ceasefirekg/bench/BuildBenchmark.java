package org.ceasefirekg.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.pipeline.BuildConfig;
import org.ceasefirekg.pipeline.BuildRun;
import org.ceasefirekg.store.KgStore;

/**
 * Our build against plain CoreNLP on the same texts in one process, in batches that take turns, then the competency
 * queries on our server against plain Fuseki serving the same store. Prints figures; writes only under its work folder.
 */
public final class BuildBenchmark {
    private final PrintWriter out;
    private final PrintWriter err;
    private final BuildConfig config;
    private final int batches;
    private final int warmup;
    private final int rounds;

    /**
     * @param config  how our build runs (its threads are the annotating threads of our side)
     * @param batches how many batches the sample runs in, plain CoreNLP and our build taking turns
     * @param warmup  untimed rounds of the queries
     * @param rounds  timed rounds of the queries
     */
    public BuildBenchmark(BuildConfig config, int batches, int warmup, int rounds, PrintWriter out, PrintWriter err) {
        this.config = config;
        this.batches = batches;
        this.warmup = warmup;
        this.rounds = rounds;
        this.out = out;
        this.err = err;
    }

    /** Runs the benchmark on sample with its store under work; returns 0, or 1 when our build lost an article. */
    public int run(List<Article> sample, Path work, Path queries) throws Exception {
        List<String> texts = sample.stream().map(Article::text).toList();
        int batchCount = Math.max(1, Math.min(batches, sample.size()));
        int threadCount = config.threads();
        out.printf(Locale.ROOT, "%d articles, %,d characters, in %d batches (plain and ours alternate); plain CoreNLP"
                        + " on 1 thread, our build on %d; %d processors; max heap %s; Java %s%n", sample.size(),
                texts.stream().mapToLong(String::length).sum(), batchCount, threadCount,
                Runtime.getRuntime().availableProcessors(), mb(HeapWatch.maxHeap()), System.getProperty("java.version"));

        long t0 = System.nanoTime();
        CoreNlpAnnotator.shared();
        out.printf(Locale.ROOT, "CoreNLP loaded in %.1f s (once, shared by both but for NER, which plain CoreNLP loads"
                + " with its own gazetteer files in the warm-up; not in the figures below)%n", seconds(t0));
        t0 = System.nanoTime();
        BuildRun.loadLexicon(config);
        out.printf(Locale.ROOT, "our lexicon loaded in %.1f s (once, as a build in this process would; not in the"
                + " figures below)%n", seconds(t0));
        int warm = Math.min(2, texts.size());
        t0 = System.nanoTime();
        CoreNlpAnnotator.plainAnnotate(texts.subList(0, warm));
        double plainWarm = seconds(t0);
        t0 = System.nanoTime();
        warmUp(sample.subList(0, warm), work.resolve("warm-up"));
        out.printf(Locale.ROOT, "warm-up: %d article(s) annotated by plain CoreNLP in %.1f s, built by ours into a store"
                + " of its own in %.1f s%n", warm, plainWarm, seconds(t0));
        out.flush();

        Phase plain = new Phase("plain CoreNLP");
        Phase ours = new Phase("our build");
        long triples = 0;
        double writeSeconds = 0;
        BuildRun.Stages stages = new BuildRun.Stages(0, 0, 0, 0);
        try (KgStore store = KgStore.open(work.resolve("store")); HeapWatch heap = HeapWatch.start()) {
            for (int b = 0; b < batchCount; b++) {
                List<Article> batch = sample.subList(b * sample.size() / batchCount,
                        (b + 1) * sample.size() / batchCount);
                Path jsonl = BenchSample.writeJsonl(batch, work.resolve("batch-" + b + ".jsonl"));

                heap.reset();
                t0 = System.nanoTime();
                long tokens = CoreNlpAnnotator.plainAnnotate(batch.stream().map(Article::text).toList());
                plain.add(batch.size(), tokens, seconds(t0), heap);

                heap.reset();
                StringWriter lines = new StringWriter();
                t0 = System.nanoTime();
                BuildRun.Summary built = BuildRun.run(store, List.of(jsonl), config, new PrintWriter(lines), err);
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
            QueryComparison.print(store, queries, warmup, rounds, out);
        }
        return 0;
    }

    /**
     * Builds the warm-up articles into a store of their own, untimed, as plain CoreNLP annotated them: the first timed
     * batch would otherwise also pay for compiling our own code (extraction, mapping, the store's writes).
     */
    private void warmUp(List<Article> articles, Path dir) throws Exception {
        Path jsonl = BenchSample.writeJsonl(articles, Files.createDirectories(dir).resolve("warm-up.jsonl"));
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            BuildRun.run(store, List.of(jsonl), config, new PrintWriter(new StringWriter()), err);
        }
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

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
    }
}
