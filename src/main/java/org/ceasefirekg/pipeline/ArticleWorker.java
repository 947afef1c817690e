package org.ceasefirekg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.ceasefirekg.extract.AnnotationCache;
import org.ceasefirekg.extract.ArticleExtractor;
import org.ceasefirekg.extract.ArticleTooLongException;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.ingest.InputArticle;
import org.ceasefirekg.ingest.InputProblem;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.map.ArticleMapper;
import org.ceasefirekg.map.Iris;

/**
 * What one annotating thread owns: extractors and mappers are cheap, and this keeps them unshared. Turns one article
 * into its triples (annotated or from the cache, extracted, mapped, stamped with the pipeline version) without
 * touching the store, within the article's time budget.
 *
 * <p>The articles run on a thread of the worker's own, watched by the annotating thread. When the budget runs out the
 * article's thread is interrupted: CoreNLP's parsers, taggers and coreference check the interrupt flag and throw, and
 * so do extraction (per sentence) and mapping (per frame). A thread that still runs after {@link #GRACE} is left
 * behind: it holds this worker's extractor and mapper, so the worker is spent and the build makes a new one for the
 * next article. The CoreNLP pipeline is not replaced: its annotators keep no state of one document between calls
 * (quote attribution, which does, waits its turn within the budget), and a second pipeline would cost another
 * 20-30 s and 3-4 GB of heap while the abandoned thread still holds the first.
 */
public final class ArticleWorker implements AutoCloseable {
    /** How long a stopped article's thread may take to notice its interrupt before it is left behind. */
    static final Duration GRACE = Duration.ofSeconds(10);
    private static final AtomicInteger ARTICLE_THREADS = new AtomicInteger();

    private final AnnotationCache cache;
    private final ArticleExtractor extractor;
    private final ArticleMapper mapper;
    private final String pipelineVersion;
    private final boolean reannotate;
    private final StageClock clock;
    private final Duration budget;
    /**
     * The one thread that runs this worker's articles, one after the other, so that what CoreNLP keeps per thread
     * lasts from one article to the next.
     */
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kg-article-" + ARTICLE_THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private volatile boolean spent;

    /**
     * Makes a worker whose annotations are cached in cacheDir (the store's, or on a cluster a shared or a local one:
     * a cache that misses costs time only), for articles of the given pipeline version.
     */
    public ArticleWorker(Path cacheDir, Lexicon lexicon, NameIndex names, String pipelineVersion, boolean reannotate,
                         StageClock clock, Duration budget) {
        this.cache = new AnnotationCache(cacheDir);
        this.extractor = new ArticleExtractor(lexicon, names);
        this.mapper = new ArticleMapper(lexicon, names);
        this.pipelineVersion = pipelineVersion;
        this.reannotate = reannotate;
        this.clock = clock;
        this.budget = budget;
    }

    /** Returns true when a stopped article's thread would not end: this worker must not be used again. */
    public boolean spent() {
        return spent;
    }

    /** Returns the article's triples, or its failure (over its time budget too); never throws for a bad article. */
    public Outcome process(InputArticle input) {
        ArticleBudget watch = new ArticleBudget(budget);
        CountDownLatch ended = new CountDownLatch(1);
        long t0 = System.nanoTime();
        Future<Outcome> work = runner.submit(() -> {
            try {
                return build(input, watch);
            } finally {
                ended.countDown();
            }
        });
        try {
            for (long left = watch.nanosLeft(); left > 0; left = watch.nanosLeft()) {
                try {
                    return work.get(left, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // Look again: time spent loading CoreNLP moved the deadline.
                }
            }
            String stage = watch.stage();
            work.cancel(true); // interrupts the article's thread
            boolean stopped = ended.await(GRACE.toNanos(), TimeUnit.NANOSECONDS);
            if (!stopped) {
                spent = true;
                runner.shutdown(); // its thread ends whenever the article does
            }
            return new Outcome.Failed(new InputProblem(input.source(), String.format(Locale.ROOT,
                    "stopped after %.1f s in %s, over the time budget of %s per article (--article-timeout)%s",
                    (System.nanoTime() - t0) / 1e9, stage, watch.describe(),
                    stopped ? "" : "; its thread did not stop and is left behind")), true);
        } catch (ExecutionException e) {
            return failed(input, e.getCause());
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome.Failed(new InputProblem(input.source(), "build interrupted"), true);
        }
    }

    /** Lets the article thread end once it is idle; the worker must not be used afterwards. */
    @Override
    public void close() {
        runner.shutdown();
    }

    private static Outcome failed(InputArticle input, Throwable cause) {
        if (cause instanceof ArticleTooLongException) {
            return new Outcome.Failed(new InputProblem(input.source(), cause.getMessage()), true);
        }
        // Any error is this article's, an Error too: a dead worker would stall the build.
        return new Outcome.Failed(new InputProblem(input.source(), "could not be processed: " + cause), true);
    }

    /** The article's work, on its own thread. */
    private Outcome build(InputArticle input, ArticleBudget watch) {
        long t0 = System.nanoTime();
        Article article = input.article();
        Extraction x = Extraction.of(article, cache, extractor, reannotate, clock, watch);
        watch.enter(ArticleBudget.MAPPING);
        long m0 = System.nanoTime();
        List<Triple> triples = new ArrayList<>();
        mapper.map(x.article(), new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                triples.add(triple);
            }
        });
        triples.add(Triple.create(NodeFactory.createURI(Iris.article(article.id())),
                NodeFactory.createURI(CF.pipelineVersion),
                NodeFactory.createLiteralString(pipelineVersion)));
        clock.map.add(System.nanoTime() - m0);
        return new Outcome.Built(input, triples, x.article().frames().size(), x.article().tokenCount(),
                x.annotated(), (System.nanoTime() - t0) / 1e9);
    }
}
