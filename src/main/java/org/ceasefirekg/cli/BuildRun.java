package org.ceasefirekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.AnnotationCache;
import org.ceasefirekg.extract.ArticleExtractor;
import org.ceasefirekg.extract.ArticleTooLongException;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.extract.ReferenceDates;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.ingest.CsvColumns;
import org.ceasefirekg.ingest.InputArticle;
import org.ceasefirekg.ingest.InputProblem;
import org.ceasefirekg.ingest.InputScanner;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.map.ArticleMapper;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.store.KgStore;

/**
 * One build: streams the inputs, annotates the articles that changed on a few threads sharing one CoreNLP pipeline,
 * maps each, and replaces its named graph in one transaction on a single writer thread. A bad input is reported by
 * name and the rest of the batch still lands. At most a few articles are in memory at any time.
 */
public final class BuildRun {
    /** Version of this software, recorded with every build. */
    public static final String VERSION = "0.1.0";

    /**
     * How a build treats its inputs.
     *
     * @param reannotate annotate every article again, replacing its cached annotation (so every article is rebuilt)
     * @param remap      rebuild every article, from the annotation cache where it holds one
     * @param threads    how many articles are annotated at once, on the one shared CoreNLP pipeline
     * @param columns    how the columns of CSV inputs map onto articles
     * @param progress   draw a progress bar with rate and ETA on the error stream (for a terminal only)
     */
    public record Options(boolean reannotate, boolean remap, int threads, CsvColumns columns, boolean progress) {
        /** Returns the options of a plain {@code kg build}: skip what is current, one thread per core. */
        public static Options defaults() {
            return new Options(false, false, Runtime.getRuntime().availableProcessors(), CsvColumns.DEFAULT, false);
        }
    }

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

    /** Accumulates stage times from several threads. */
    static final class StageClock {
        final LongAdder annotate = new LongAdder();
        final LongAdder cache = new LongAdder();
        final LongAdder extract = new LongAdder();
        final LongAdder map = new LongAdder();

        Stages seconds() {
            return new Stages(annotate.sum() / 1e9, cache.sum() / 1e9, extract.sum() / 1e9, map.sum() / 1e9);
        }
    }

    private final KgStore store;
    private final Lexicon lexicon;
    private final String pipelineVersion;
    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final StageClock clock = new StageClock();

    private BuildRun(KgStore store, Lexicon lexicon, String pipelineVersion, Options options, PrintWriter out,
                     PrintWriter err) {
        this.store = store;
        this.lexicon = lexicon;
        this.pipelineVersion = pipelineVersion;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * Builds the inputs into the store with the default options.
     *
     * @param force rebuild every article even when its text and the pipeline are unchanged (from the annotation
     *              cache where it has the article, so only new text is annotated)
     * @return 0 when every input landed, 1 when some input failed
     */
    public static int run(KgStore store, List<Path> inputs, boolean force, PrintWriter out, PrintWriter err) {
        Options defaults = Options.defaults();
        return run(store, inputs, new Options(false, force, defaults.threads(), defaults.columns(), false), out, err)
                .exitCode();
    }

    /** Builds the inputs into the store and says what it did. */
    public static Summary run(KgStore store, List<Path> inputs, Options options, PrintWriter out, PrintWriter err) {
        Path ontology = ProjectPaths.current().ontology();
        Lexicon lexicon;
        String version;
        try {
            lexicon = Lexicon.load(ontology);
            version = pipelineVersion(ontology);
        } catch (IOException | RuntimeException e) {
            err.println("cannot read the ontology in " + ontology + ": " + e.getMessage());
            err.flush();
            return new Summary(2, 0, 0, 0, 0, 0, 0, 0, 0, new Stages(0, 0, 0, 0));
        }
        return new BuildRun(store, lexicon, version, options, out, err).build(inputs);
    }

    /** What became of one input, handed from the reader and the annotating threads to the writer. */
    private sealed interface Outcome permits Built, Skipped, Failed, End {}

    private record Built(InputArticle input, List<Triple> triples, int frames, int tokens, boolean annotated,
                         double seconds) implements Outcome {}

    private record Skipped(String name, String why) implements Outcome {}

    /** @param article true when an article failed (counted by the progress bar), false for a bad input. */
    private record Failed(InputProblem problem, boolean article) implements Outcome {}

    /** @param outcomes how many outcomes the reader sent before this one, so the writer knows when it is done. */
    private record End(long outcomes) implements Outcome {}

    /** Stops the reader when the build is interrupted. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private Summary build(List<Path> inputs) {
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long t0 = System.nanoTime();
        // First, so the articles of a build that is killed, or still running under a server, already answer queries.
        loadOntology();
        InputScanner scan = InputScanner.scan(inputs, options.columns());
        // A build killed while caching an annotation leaves a temporary file; nothing else would ever remove it.
        new AnnotationCache(AnnotationCache.besideStore(store.dir())).removeOrphans();
        int threads = Math.max(1, options.threads());
        BuildProgress progress = options.progress()
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
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
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
            err.println("build interrupted; the articles written so far stay in the store");
            err.flush();
            return new Summary(1, generated.size(), unchanged, failed, annotated, triples, tokens,
                    (System.nanoTime() - t0) / 1e9, writeNanos / 1e9, clock.seconds());
        }
        progress.clear();
        annotators.shutdown();
        awaitQuietly(annotators);
        if (!generated.isEmpty()) {
            recordBuild(started, generated);
        }
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
                      ExecutorService annotators, ThreadLocal<Worker> workers) {
        Map<String, String[]> seen = new HashMap<>();
        long[] sent = {0};
        try {
            scan.read(input -> {
                acquire(inFlight);
                sent[0]++;
                Outcome settled = triage(input, seen);
                if (settled != null) {
                    outcomes.add(settled);
                } else {
                    annotators.execute(() -> outcomes.add(workers.get().process(input)));
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

    /** Returns the outcome of an article that needs no annotating, or null when it must be built. */
    private Outcome triage(InputArticle input, Map<String, String[]> seen) {
        Article article = input.article();
        String graphIri = Iris.articleGraph(article.id());
        String hash = article.contentHash();
        String[] first = seen.putIfAbsent(graphIri, new String[] {hash, input.source()});
        if (first != null) {
            return first[0].equals(hash)
                    ? new Skipped(article.fileName(), "repeats " + first[1])
                    : new Failed(new InputProblem(input.source(), "id '" + article.id() + "' is already used by "
                    + first[1] + " with another text or metadata; skipped (ids must be unique)"), true);
        }
        if (!options.reannotate() && !options.remap()
                && isCurrent(NodeFactory.createURI(graphIri), NodeFactory.createURI(Iris.article(article.id())), hash)) {
            return new Skipped(article.fileName(), "unchanged");
        }
        return null;
    }

    /** What one annotating thread owns: extractors and mappers are cheap, and this keeps them unshared. */
    private final class Worker {
        private final AnnotationCache cache = new AnnotationCache(AnnotationCache.besideStore(store.dir()));
        private final ArticleExtractor extractor = new ArticleExtractor(lexicon);
        private final ArticleMapper mapper = new ArticleMapper(lexicon);

        Outcome process(InputArticle input) {
            long t0 = System.nanoTime();
            try {
                Article article = input.article();
                Extraction x = annotateAndExtract(article, cache, extractor, options.reannotate(), clock);
                long m0 = System.nanoTime();
                List<Triple> triples = new ArrayList<>();
                mapper.map(x.article(), new StreamRDFBase() {
                    @Override
                    public void triple(Triple triple) {
                        triples.add(triple);
                    }
                });
                triples.add(Triple.create(NodeFactory.createURI(Iris.article(article.id())),
                        NodeFactory.createURI(Vocab.cf("pipelineVersion")),
                        NodeFactory.createLiteralString(pipelineVersion)));
                clock.map.add(System.nanoTime() - m0);
                return new Built(input, triples, x.article().frames().size(), x.article().tokenCount(),
                        x.annotated(), (System.nanoTime() - t0) / 1e9);
            } catch (ArticleTooLongException e) {
                return new Failed(new InputProblem(input.source(), e.getMessage()), true);
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                return new Failed(new InputProblem(input.source(), "could not be processed: " + e), true);
            }
        }
    }

    /** The writer's part: one transaction per article, so a crash never leaves half an article. */
    private void write(Built built) {
        store.replaceGraph(NodeFactory.createURI(Iris.articleGraph(built.input().article().id())),
                sink -> built.triples().forEach(sink::triple));
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps the ontology, CAMEO codes and gazetteer in the store, so queries can use labels and class hierarchy. */
    private void loadOntology() {
        try {
            var model = Lexicon.readOntology(ProjectPaths.current().ontology());
            store.replaceGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH),
                    sink -> model.getGraph().find().forEachRemaining(sink::triple));
        } catch (IOException e) {
            err.println("cannot load the ontology into the store: " + e.getMessage());
        }
    }

    private boolean isCurrent(Node graph, Node articleNode, String contentHash) {
        Optional<String> hash = store.literalValue(graph, articleNode, NodeFactory.createURI(Vocab.cf("contentHash")));
        Optional<String> version = store.literalValue(graph, articleNode,
                NodeFactory.createURI(Vocab.cf("pipelineVersion")));
        return hash.filter(contentHash::equals).isPresent() && version.filter(pipelineVersion::equals).isPresent();
    }

    /**
     * An article's extraction and whether CoreNLP had to annotate it.
     *
     * @param article   the extracted records
     * @param annotated true when CoreNLP ran, false when the annotation came from the cache
     */
    record Extraction(AnnotatedArticle article, boolean annotated) {}

    /** Annotates (or reads from the cache beside the store) and extracts one article, without writing anything. */
    static AnnotatedArticle extract(Article article, Path storeDir) throws IOException {
        Lexicon lexicon = Lexicon.load(ProjectPaths.current().ontology());
        return annotateAndExtract(article, new AnnotationCache(AnnotationCache.besideStore(storeDir)),
                new ArticleExtractor(lexicon), false, new StageClock()).article();
    }

    /** Loads CoreNLP only when the cache lacks the article (or reannotate asks for a fresh annotation). */
    static Extraction annotateAndExtract(Article article, AnnotationCache cache, ArticleExtractor extractor,
                                         boolean reannotate, StageClock clock) {
        String given = article.published() == null ? null : article.published().substring(0, 10);
        Optional<String> inferred = given == null ? ReferenceDates.infer(article.text()) : Optional.empty();
        String date = given != null ? given : inferred.orElse(null);
        long t0 = System.nanoTime();
        var annotation = reannotate ? null : cache.get(article.text(), date).orElse(null);
        long t1 = System.nanoTime();
        clock.cache.add(t1 - t0);
        boolean annotated = annotation == null;
        if (annotated) {
            annotation = CoreNlpAnnotator.shared().annotate(article.text(), date);
            long t2 = System.nanoTime();
            clock.annotate.add(t2 - t1);
            cache.put(article.text(), date, annotation);
            t1 = System.nanoTime();
            clock.cache.add(t1 - t2);
        }
        AnnotatedArticle extracted = extractor.extract(article, annotation, date, inferred.isPresent());
        clock.extract.add(System.nanoTime() - t1);
        return new Extraction(extracted, annotated);
    }

    private void recordBuild(Instant started, List<String> generated) {
        String build = Iris.build(started.toString());
        Instant ended = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        store.addToGraph(NodeFactory.createURI(Iris.BUILDS_GRAPH), sink -> {
            emit(sink, build, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", iri(Vocab.cf("Build")));
            emit(sink, build, "http://www.w3.org/2000/01/rdf-schema#label", str("Build of " + started));
            emit(sink, build, Vocab.cf("startedAt"), NodeFactory.createLiteralDT(started.toString(), XSDDatatype.XSDdateTime));
            emit(sink, build, Vocab.cf("endedAt"), NodeFactory.createLiteralDT(ended.toString(), XSDDatatype.XSDdateTime));
            emit(sink, build, Vocab.cf("annotators"), str(CoreNlpAnnotator.ANNOTATORS));
            software(sink, build, "ceasefire-kg", VERSION + " (" + pipelineVersion + ")");
            software(sink, build, "Stanford CoreNLP", CoreNlpAnnotator.coreNlpVersion());
            software(sink, build, "Apache Jena", org.apache.jena.sys.JenaSystem.class.getPackage().getImplementationVersion());
            generated.forEach(a -> emit(sink, build, Vocab.cf("generated"), iri(a)));
        });
    }

    private static void software(StreamRDF sink, String build, String name, String version) {
        String iri = Vocab.ID + "software/" + Iris.slug(name);
        emit(sink, build, Vocab.cf("usedSoftware"), iri(iri));
        emit(sink, iri, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", iri(Vocab.cf("Software")));
        emit(sink, iri, "http://www.w3.org/2000/01/rdf-schema#label", str(name));
        if (version != null) {
            emit(sink, iri, Vocab.cf("version"), str(version));
        }
    }

    private static void emit(StreamRDF sink, String s, String p, Node o) {
        sink.triple(Triple.create(iri(s), iri(p), o));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** The pipeline's identity: this version and a digest of the ontology files, the annotators and the mapping code. */
    static String pipelineVersion(Path ontology) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (Stream<Path> files = Files.list(ontology)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                    digest.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(f));
                }
            }
            digest.update(CoreNlpAnnotator.ANNOTATORS.getBytes(StandardCharsets.UTF_8));
            CodeDigest.update(digest);
            return VERSION + "+" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
