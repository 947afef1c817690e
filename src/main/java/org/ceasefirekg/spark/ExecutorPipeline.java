package org.ceasefirekg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.util.LongAccumulator;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.pipeline.ArticleWorker;
import org.ceasefirekg.pipeline.Outcome;
import org.ceasefirekg.pipeline.StageClock;
import org.ceasefirekg.store.SuperclassTypes;

/**
 * The pipeline of one executor JVM, made on its first task and kept for every later task and partition: the lexicon,
 * and one {@link ArticleWorker} per task thread. The workers share the JVM's one CoreNLP pipeline
 * ({@code CoreNlpAnnotator.shared()}), loaded by the first article the annotation cache lacks, so CoreNLP loads at
 * most once per executor, never per task or per article.
 */
final class ExecutorPipeline {
    /** The JVM's pipeline; replaced only when a job of other options arrives (another build in local mode). */
    private static ExecutorPipeline current;

    private final ExecutorSetup setup;
    private final Lexicon lexicon;
    private final SuperclassTypes hierarchy;
    private final NameIndex names;
    private final Path cacheDir;
    private final StageClock clock = new StageClock();
    private final ThreadLocal<ArticleWorker> workers;

    private ExecutorPipeline(ExecutorSetup setup) {
        this.setup = setup;
        try {
            Path ontology = setup.writeOntology();
            this.lexicon = Lexicon.load(ontology);
            this.hierarchy = SuperclassTypes.of(Lexicon.readOntology(ontology).getGraph());
            this.cacheDir = setup.cacheDir() != null ? Path.of(setup.cacheDir())
                    : Files.createTempDirectory("kg-corenlp"); // no shared cache: this executor's own, for retries
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the pipeline on this executor", e);
        }
        this.names = new NameIndex(lexicon);
        this.workers = ThreadLocal.withInitial(() -> new ArticleWorker(cacheDir, lexicon, names,
                setup.pipelineVersion(), setup.reannotate(), clock, Duration.ofNanos(setup.budgetNanos())));
    }

    /** Returns this JVM's pipeline for the setup, making it on first use. */
    static synchronized ExecutorPipeline of(ExecutorSetup setup) {
        if (current == null || !current.setup.sameOptions(setup)) {
            current = new ExecutorPipeline(setup);
        }
        return current;
    }

    /** Builds a task's articles into shard blocks, one per article; a bad article is a failure block, never thrown. */
    List<String> build(List<ArticlePayload> articles, LongAccumulator tokens) {
        List<String> blocks = new ArrayList<>(articles.size());
        for (ArticlePayload payload : articles) {
            ArticleWorker worker = workers.get();
            Outcome outcome = worker.process(payload.input());
            if (worker.spent()) {
                workers.remove(); // its extractor and mapper are still in use by a thread left behind
            }
            if (outcome instanceof Outcome.Built b) {
                tokens.add(b.tokens());
            }
            blocks.add(ShardBlock.of(payload, outcome, hierarchy));
        }
        return blocks;
    }
}
