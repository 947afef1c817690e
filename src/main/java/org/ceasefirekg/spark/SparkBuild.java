package org.ceasefirekg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.ceasefirekg.ingest.InputProblem;
import org.ceasefirekg.ingest.InputScanner;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.pipeline.BuildConfig;
import org.ceasefirekg.pipeline.BuildProgress;
import org.ceasefirekg.pipeline.Outcome;
import org.ceasefirekg.pipeline.PipelineVersion;
import org.ceasefirekg.pipeline.Provenance;
import org.ceasefirekg.pipeline.StoreWrites;
import org.ceasefirekg.pipeline.Triage;
import org.ceasefirekg.store.KgStore;
import org.ceasefirekg.store.SuperclassTypes;

/**
 * {@code kg build --spark}: the driver. It reads the inputs, settles on its own what needs no annotating (current in
 * the store or in the out directory's manifest, repeated, refused), sends the rest to Spark's executors in waves, then
 * reads the committed shards back: it prints a line per article, keeps each article id once, loads the graphs into
 * the store with the thread build's own writes ({@link StoreWrites}) and records the build. The driver never loads
 * CoreNLP; the executors do, once each.
 */
public final class SparkBuild {
    /** Articles per Spark job: bounds the driver's memory on a large corpus; each wave is loaded before the next. */
    static final int WAVE = 20_000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS")
            .withZone(java.time.ZoneOffset.UTC);

    /**
     * Where a Spark build writes: a store, an out directory of shards, or both.
     *
     * @param store    the TDB2 store loaded after the job, or null
     * @param out      the directory of shards and their manifest, or null (then shards go beside the store and are
     *                 removed once loaded)
     * @param cacheDir the annotation cache the executors share, or null for one per executor
     */
    public record Target(Path store, Path out, Path cacheDir) {}

    private final String master;
    private final Target target;
    private final BuildConfig config;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String version;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final long t0 = System.nanoTime();
    private final Set<String> landed = new HashSet<>();
    private final List<String> generated = new ArrayList<>();
    private SparkJob job;
    private int unchanged;
    private int failed;
    private int annotated;
    private long triples;

    private SparkBuild(String master, Target target, BuildConfig config, String version, PrintWriter out,
                       PrintWriter err) {
        this.master = master;
        this.target = target;
        this.config = config;
        this.version = version;
        this.out = out;
        this.err = err;
    }

    /**
     * Builds the inputs on Spark at master into the target, printing a line per input and a summary; returns the
     * exit code: 0 when every input landed, 1 when some failed, 2 when the ontology cannot be read.
     */
    public static int run(String master, Target target, List<Path> inputs, BuildConfig config, PrintWriter out,
                          PrintWriter err) {
        String version;
        try {
            Lexicon.load(config.ontology()); // a broken ontology is the user's to fix before any executor starts
            version = PipelineVersion.of(config.ontology());
        } catch (IOException | RuntimeException e) {
            err.println("cannot read the ontology in " + config.ontology() + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        SparkBuild build = new SparkBuild(master, target, config, version, out, err);
        if (target.store() == null) {
            return build.build(null, inputs);
        }
        try (KgStore store = KgStore.open(target.store())) {
            return build.build(store, inputs);
        }
    }

    private int build(KgStore store, List<Path> inputs) {
        try {
            if (store != null) {
                StoreWrites.ontology(store, config.ontology(), err);
            }
            if (target.out() != null) {
                Files.createDirectories(target.out());
                writeOntology(target.out());
            }
            Triage triage = new Triage(store != null ? Triage.inStore(store)
                    : ShardFiles.lookup(ShardFiles.manifest(target.out())), version, config);
            InputScanner scan = InputScanner.scan(inputs, config.columns());
            List<ArticlePayload> wave = new ArrayList<>();
            scan.read(input -> {
                Outcome settled = triage.settle(input);
                if (settled == null) {
                    wave.add(ArticlePayload.of(input));
                    if (wave.size() == WAVE) {
                        runWave(store, wave);
                        wave.clear();
                    }
                } else {
                    report(settled);
                }
            }, problem -> report(new Outcome.Failed(problem, false)));
            if (!wave.isEmpty()) {
                runWave(store, wave);
            }
        } catch (IOException e) {
            err.println("cannot write the shards: " + e.getMessage());
            failed++;
        } finally {
            if (job != null) {
                job.close();
            }
        }
        if (store != null) {
            StoreWrites.finish(store, started, generated, version);
        }
        if (target.out() != null && !generated.isEmpty()) {
            appendBuildRecord(target.out());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%d articles built, %d unchanged, %d failed; %d triples; %d annotated by CoreNLP"
                        + " (spark %s), %d from the annotation cache; %.1f s; %s%n",
                generated.size(), unchanged, failed, triples, annotated, job == null ? master : job.master(),
                generated.size() - annotated, seconds, where());
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private String where() {
        return (target.store() != null ? "store " + target.store() : "")
                + (target.store() != null && target.out() != null ? ", " : "")
                + (target.out() != null ? "shards " + target.out() : "");
    }

    /** Builds one wave on Spark, then reads its shards back and loads them. */
    private void runWave(KgStore store, List<ArticlePayload> wave) {
        Path shards = shardParent().resolve("shards-" + STAMP.format(Instant.now()));
        if (job == null) {
            job = SparkJob.start(master, err);
        }
        BuildProgress progress = config.progress() ? BuildProgress.onTerminal(err, wave.size()) : BuildProgress.none();
        try {
            job.run(List.copyOf(wave), ExecutorSetup.of(config.ontology(), version, target.cacheDir(),
                    config.reannotate(), config.budget().toNanos()), shards, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ontology", e);
        } catch (RuntimeException e) {
            // Spark gave up (a task failed on every attempt, no executor left): these articles are not built.
            progress.clear();
            failed += wave.size();
            err.println("FAIL  the Spark job of " + wave.size() + " articles stopped, none of them is loaded: "
                    + rootCause(e));
            delete(shards);
            return;
        } finally {
            progress.clear();
        }
        List<ShardBlock> built = new ArrayList<>();
        ShardFiles.read(shards, block -> land(store, block, built));
        if (target.out() != null) {
            ShardFiles.append(target.out(), built, version, shards);
        } else {
            delete(shards);
            try {
                Files.deleteIfExists(shards.getParent()); // only when no other build's shards are in it
            } catch (IOException e) {
                // Not empty: another build's shards are being written beside this store.
            }
        }
    }

    /** Prints an article's line and loads it into the store, once per article id whatever the shards hold. */
    private void land(KgStore store, ShardBlock block, List<ShardBlock> built) {
        if (!landed.add(block.id())) {
            err.println("note: " + block.source() + " appears twice in the shards; loaded once");
            return;
        }
        if (!block.ok()) {
            report(new Outcome.Failed(new InputProblem(block.source(), block.reason()), true));
            return;
        }
        if (store != null) {
            try {
                StoreWrites.article(store, block.id(), block.triples());
            } catch (RuntimeException e) {
                failed++;
                err.println("FAIL  " + block.source() + ": cannot write to the store: " + e);
                return;
            }
        }
        built.add(block);
        generated.add(Iris.article(block.id()));
        triples += block.mapped();
        annotated += block.annotated() ? 1 : 0;
        out.printf(Locale.ROOT, "ok    %s  %d triples, %d frames (%.1f s%s)%n", block.fileName(),
                block.mapped(), block.frames(), block.seconds(), block.annotated() ? "" : ", cached annotation");
        out.flush();
    }

    private void report(Outcome settled) {
        if (settled instanceof Outcome.Skipped s) {
            unchanged++;
            out.printf(Locale.ROOT, "same  %s (%s, skipped)%n", s.name(), s.why());
        } else if (settled instanceof Outcome.Failed f) {
            failed++;
            err.println("FAIL  " + f.problem());
        }
        out.flush();
        err.flush();
    }

    /** Shards go into the out directory, or beside the store when only a store is given. */
    private Path shardParent() {
        if (target.out() != null) {
            return target.out().toAbsolutePath();
        }
        Path store = target.store().toAbsolutePath().normalize();
        return store.resolveSibling(store.getFileName() + ".shards");
    }

    /** The ontology graph as N-Quads beside the shards, so loading the directory gives the whole dataset. */
    private void writeOntology(Path dir) throws IOException {
        var model = Lexicon.readOntology(config.ontology());
        try (OutputStream o = Files.newOutputStream(dir.resolve("ontology.nq"))) {
            StreamRDF sink = StreamRDFWriter.getWriterStream(o, RDFFormat.NQUADS);
            List<org.apache.jena.graph.Triple> triples = model.getGraph().find().toList();
            Set<org.apache.jena.graph.Triple> graph = new java.util.LinkedHashSet<>(triples);
            graph.addAll(SuperclassTypes.of(model.getGraph()).added(triples)); // as the store holds it
            sink.start();
            graph.forEach(t -> sink.quad(Quad.create(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), t)));
            sink.finish();
        }
    }

    /** Appends this build's record to builds.nq in the out directory. */
    private void appendBuildRecord(Path dir) {
        try (OutputStream o = Files.newOutputStream(dir.resolve("builds.nq"), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            StreamRDF sink = StreamRDFLib.extendTriplesToQuads(NodeFactory.createURI(Iris.BUILDS_GRAPH),
                    StreamRDFWriter.getWriterStream(o, RDFFormat.NQUADS));
            sink.start();
            Provenance.write(sink, started, generated, version);
            sink.finish();
        } catch (IOException e) {
            err.println("cannot write the build record in " + dir + ": " + e.getMessage());
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return root == e ? first : first + " (" + root + ")";
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Left-over shards cost disk space only; the store holds what they held.
        }
    }
}
