package org.ceasefirekg.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.ceasefirekg.extract.AnnotationCache;
import org.ceasefirekg.ingest.InputArticle;
import org.ceasefirekg.ingest.InputProblem;
import org.ceasefirekg.ingest.InputScanner;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.pipeline.Outcome.Built;
import org.ceasefirekg.pipeline.Outcome.End;
import org.ceasefirekg.pipeline.Outcome.Failed;
import org.ceasefirekg.pipeline.Outcome.Skipped;
import org.ceasefirekg.store.KgStore;

/**
 * One build: streams the inputs, annotates the articles that changed on a few threads sharing one CoreNLP pipeline,
 * maps each, and replaces its named graph in one transaction on a single writer thread. A bad input is reported by
 * name and the rest of the batch still lands. At most a few articles are in memory at any time.
 */
public final class BuildRun {
    /**
     * What a build did.
     *
     * @param exitCode     0 when every input landed, 1 when some failed, 2 when the ontology cannot be read
     * @param built        articles written
     * @param unchanged    articles skipped because they are current (or repeated in the input)
     * @param failed       inputs that failed
     * @param annotated    articles that went through CoreNLP (the rest came from the annotation cache)
     * @param triples      triples written into article graphs
     * @param tokens       tokens in the articles written
     * @param seconds      wall time of the whole build
     * @param writeSeconds time spent in store write transactions
     * @param stages       where the annotating threads spent their time
     */
    public record Summary(int exitCode, int built, int unchanged, int failed, int annotated, long triples,
                          long tokens, double seconds, double writeSeconds, Stages stages) {}

    /**
     * Seconds the annotating threads spent in each stage, summed over the threads.
     *
     * @param annotate CoreNLP annotating
     * @param cache    reading and writing the annotation cache
     * @param extract  turning annotations into records (frames, entities, quotes)
     * @param map      turning records into triples
     */
    public record Stages(double annotate, double cache, double extract, double map) {}

    private final KgStore store;
    private final Lexicon lexicon;
    private final Graph ontologyGraph;
    private final NameIndex names;
    private final String pipelineVersion;
    private final BuildConfig config;
    private final PrintWriter out;
    private final PrintWriter err;
    private final StageClock clock = new StageClock();

    private BuildRun(KgStore store, LoadedLexicon loaded, String pipelineVersion, BuildConfig config, PrintWriter out,
                     PrintWriter err) {
        this.store = store;
        this.lexicon = loaded.lexicon();
        this.ontologyGraph = loaded.ontologyGraph();
        this.names = loaded.names();
        this.pipelineVersion = pipelineVersion;
        this.config = config;
        this.out = out;
        this.err = err;
    }

    /** Builds the inputs into the store as config says, printing a line per input and a summary; says what it did. */
    public static Summary run(KgStore store, List<Path> inputs, BuildConfig config, PrintWriter out, PrintWriter err) {
        Path ontology = config.ontology();
        LoadedLexicon loaded;
        String version;
        try {
            version = PipelineVersion.of(ontology);
            loaded = lexiconOf(ontology, version);
        } catch (IOException | RuntimeException e) {
            err.println("cannot read the ontology in " + ontology + ": " + e.getMessage());
            err.flush();
            return new Summary(2, 0, 0, 0, 0, 0, 0, 0, 0, new Stages(0, 0, 0, 0));
        }
        return new BuildRun(store, loaded, version, config, out, err).build(inputs);
    }

    /**
     * The lexicon the last build in this process loaded, with the ontology folder and pipeline version it is of and
     * the ontology graph the store publishes (the same object each time, so the store knows it has it) and the index
     * of the gazetteer's names (read-only, shared by every worker).
     */
    private record LoadedLexicon(Path ontology, String version, Lexicon lexicon, Graph ontologyGraph,
                                 NameIndex names) {}

    private static LoadedLexicon lastLexicon;

    /**
     * Returns the lexicon and the ontology graph of the ontology folder, loaded again only when the folder or the pipeline version (which
     * digests every Turtle file of the folder, the rules too) changed since the last build in this process: several
     * builds in one process (bench batches, eval) would otherwise read and query the whole ontology every time. A
     * lexicon is read-only once loaded, which the annotating threads of a build already rely on.
     */
    private static synchronized LoadedLexicon lexiconOf(Path ontology, String version) throws IOException {
        Path folder = ontology.toAbsolutePath().normalize();
        LoadedLexicon last = lastLexicon;
        if (last == null || !last.ontology().equals(folder) || !last.version().equals(version)) {
            Lexicon lexicon = Lexicon.load(ontology);
            last = new LoadedLexicon(folder, version, lexicon, Lexicon.readOntology(ontology).getGraph(),
                    new NameIndex(lexicon));
            lastLexicon = last;
        }
        return last;
    }

    /**
     * Loads the lexicon of config's ontology folder as a build would, so that the next build in this process finds
     * it loaded: for a benchmark, which loads its models before it times anything.
     */
    public static void loadLexicon(BuildConfig config) throws IOException {
        lexiconOf(config.ontology(), PipelineVersion.of(config.ontology()));
    }

    /** Stops the reader when the build is interrupted. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private Summary build(List<Path> inputs) {
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long t0 = System.nanoTime();
        // First, so the articles of a build that is killed, or still running under a server, already answer queries.
        StoreWrites.ontology(store, ontologyGraph, err);
        InputScanner scan = InputScanner.scan(inputs, config.columns());
        // A build killed while caching an annotation leaves a temporary file; nothing else would ever remove it.
        new AnnotationCache(AnnotationCache.besideStore(store.dir())).removeOrphans();
        int threads = Math.max(1, config.threads());
        BuildProgress progress = config.progress()
                ? BuildProgress.onTerminal(err, scan.articleCount()) : BuildProgress.none();
        // Bounds the articles between reading and writing: queued, being annotated, or mapped and waiting.
        Semaphore inFlight = new Semaphore(2 * threads + 2);
        BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
        AtomicInteger workerId = new AtomicInteger();
        ExecutorService annotators = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kg-annotate-" + workerId.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<ArticleWorker> made = java.util.Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<ArticleWorker> workers = ThreadLocal.withInitial(() -> {
            ArticleWorker worker = new ArticleWorker(AnnotationCache.besideStore(store.dir()), lexicon, names,
                    pipelineVersion, config.reannotate(), clock, config.budget());
            made.add(worker);
            return worker;
        });
        // The curators' rules are compiled here first, so a rule Semgrex cannot read stops the build before it reads
        // any article, with the rule's name (IllegalArgumentException), instead of failing every article.
        workers.get();
        Thread reader = new Thread(() -> read(scan, inFlight, outcomes, annotators, workers), "kg-read");
        reader.setDaemon(true);
        reader.start();

        List<String> generated = new ArrayList<>();
        int unchanged = 0;
        int failed = 0;
        int annotated = 0;
        long triples = 0;
        long tokens = 0;
        long writeNanos = 0;
        long handled = 0;
        long expected = Long.MAX_VALUE;
        try {
            while (handled < expected) {
                Outcome outcome = outcomes.take();
                if (outcome instanceof End end) {
                    expected = end.outcomes();
                    continue;
                }
                handled++;
                inFlight.release();
                progress.clear();
                if (outcome instanceof Built b) {
                    long w0 = System.nanoTime();
                    try {
                        write(b);
                    } catch (RuntimeException e) {
                        failed++;
                        err.println("FAIL  " + b.input().source() + ": cannot write to the store: " + e);
                        progress.advance(0);
                        continue;
                    } finally {
                        writeNanos += System.nanoTime() - w0;
                    }
                    generated.add(Iris.article(b.input().article().id()));
                    triples += b.triples().size();
                    tokens += b.tokens();
                    annotated += b.annotated() ? 1 : 0;
                    out.printf(Locale.ROOT, "ok    %s  %d triples, %d frames (%.1f s%s)%n",
                            b.input().article().fileName(), b.triples().size(), b.frames(), b.seconds(),
                            b.annotated() ? "" : ", cached annotation");
                    progress.advance(b.tokens());
                } else if (outcome instanceof Skipped s) {
                    unchanged++;
                    out.printf(Locale.ROOT, "same  %s (%s, skipped)%n", s.name(), s.why());
                    progress.advance(0);
                } else if (outcome instanceof Failed f) {
                    failed++;
                    err.println("FAIL  " + f.problem());
                    if (f.article()) {
                        progress.advance(0);
                    }
                }
                out.flush();
                err.flush();
                progress.draw();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reader.interrupt();
            annotators.shutdownNow();
            made.forEach(ArticleWorker::close);
            err.println("build interrupted; the articles written so far stay in the store");
            err.flush();
            return new Summary(1, generated.size(), unchanged, failed, annotated, triples, tokens,
                    (System.nanoTime() - t0) / 1e9, writeNanos / 1e9, clock.seconds());
        }
        progress.clear();
        annotators.shutdown();
        awaitQuietly(annotators);
        made.forEach(ArticleWorker::close);
        StoreWrites.finish(store, started, generated, pipelineVersion);
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%d articles built, %d unchanged, %d failed; %d triples; %d annotated by CoreNLP"
                        + " (%s), %d from the annotation cache; %.1f s; store %s%n",
                generated.size(), unchanged, failed, triples, annotated, threads == 1 ? "1 thread" : threads + " threads",
                generated.size() - annotated,
                seconds, store.dir());
        out.flush();
        err.flush();
        return new Summary(failed == 0 ? 0 : 1, generated.size(), unchanged, failed, annotated, triples, tokens,
                seconds, writeNanos / 1e9, clock.seconds());
    }

    /**
     * The reader thread: streams the inputs, settles what needs no annotating (current or repeated articles, bad
     * input) at once and hands the rest to the annotating threads, never running more than the permits ahead.
     */
    private void read(InputScanner scan, Semaphore inFlight, BlockingQueue<Outcome> outcomes,
                      ExecutorService annotators, ThreadLocal<ArticleWorker> workers) {
        Triage triage = new Triage(Triage.inStore(store), pipelineVersion, config);
        long[] sent = {0};
        try {
            scan.read(input -> {
                acquire(inFlight);
                sent[0]++;
                Outcome settled = triage.settle(input);
                if (settled != null) {
                    outcomes.add(settled);
                } else {
                    annotators.execute(() -> {
                        ArticleWorker worker;
                        try {
                            worker = workers.get();
                        } catch (RuntimeException e) {
                            // an outcome for every article sent, or the writer would wait for it forever
                            outcomes.add(new Failed(new InputProblem(input.source(), e.getMessage()), false));
                            return;
                        }
                        outcomes.add(worker.process(input));
                        if (worker.spent()) {
                            workers.remove(); // its extractor and mapper are still in use by a thread left behind
                        }
                    });
                }
            }, problem -> {
                acquire(inFlight);
                sent[0]++;
                outcomes.add(new Failed(problem, false));
            });
        } catch (Stop e) {
            return;
        } catch (RuntimeException | Error e) {
            sent[0]++;
            outcomes.add(new Failed(new InputProblem("input", "reading stopped: " + e), false));
        }
        outcomes.add(new End(sent[0]));
    }

    private static void acquire(Semaphore permits) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stop();
        }
    }

    /** The writer's part: one transaction per article, so a crash never leaves half an article. */
    private void write(Built built) {
        StoreWrites.article(store, built.input().article().id(), built.triples());
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
