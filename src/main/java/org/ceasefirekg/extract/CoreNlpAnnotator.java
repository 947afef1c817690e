package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP pipeline, loaded once: constructing one costs tens of seconds and gigabytes of heap, so a process
 * makes at most one, and only when some article actually needs annotating. Several threads may annotate at once.
 */
public final class CoreNlpAnnotator {
    /**
     * The CoreNLP annotators we run, in order. Coreference is not CoreNLP's: the light resolver
     * {@link NearbyAntecedents} runs before quote, and {@link #RECIPE} names it so that a change of it re-annotates.
     */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,quote";
    /** What our build annotates, for provenance, the pipeline version and the annotation cache's key. */
    public static final String RECIPE = ANNOTATORS.replace(",quote", ",nearby-antecedents-9,quote");
    /**
     * What a CoreNLP user runs to get what extraction reads (coreference included): the benchmark's plain CoreNLP.
     */
    public static final String PLAIN_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);
    private static final AtomicInteger LOADS = new AtomicInteger();
    private static CoreNlpAnnotator shared;
    /**
     * Quote attribution compares each quote with the mentions around it, so its cost grows on a document far longer
     * than news (a scraped dump, a generated 50,000-word sentence); such documents go without coreference and quote
     * attribution rather than running for an hour.
     */
    public static final int MAX_COREF_TOKENS = 10_000;
    /** Longer articles are refused: tagging and parsing them would hold up a batch for minutes. */
    public static final int MAX_TOKENS = 20_000;
    /** tokenize and ssplit, run first so an overlong article costs seconds, not minutes. */
    private final StanfordCoreNLP split;
    /** The annotators between ssplit and quote; they are safe to share between threads. */
    private final StanfordCoreNLP pipeline;
    /**
     * CoreNLP's quote attribution keeps the current document's character map in a field of the shared annotator, so
     * two documents at once crash it (ConcurrentModificationException) or lend each other their speakers: it runs
     * for one document at a time. It costs about 1% of the pipeline's time.
     */
    private final Annotator quote;
    private final ReentrantLock quoteTurn = new ReentrantLock();

    /** Returns the process's one annotator, loading the models on first use. */
    public static synchronized CoreNlpAnnotator shared() {
        if (shared == null) {
            shared = new CoreNlpAnnotator();
        }
        return shared;
    }

    /** Returns the CoreNLP version on the class path, for provenance. */
    public static String coreNlpVersion() {
        String v = StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return v == null ? "4.5.x" : v;
    }

    /** Returns how many pipelines this process has constructed: 0 proves a command never loaded the models. */
    public static int loads() {
        return LOADS.get();
    }

    /** Loads the models (slow). */
    public CoreNlpAnnotator() {
        LOADS.incrementAndGet();
        long start = System.nanoTime();
        Properties loaded = withLiteralGazetteers(properties());
        // Quote attribution declares CoreNLP's coreference as a requirement; NearbyAntecedents supplies its chains.
        StanfordCoreNLP full = new StanfordCoreNLP(part(loaded, ANNOTATORS));
        if (!ANNOTATORS.endsWith(",quote")) {
            throw new IllegalStateException("quote must come last, it runs apart: " + ANNOTATORS);
        }
        if (!ANNOTATORS.startsWith("tokenize,ssplit,")) {
            throw new IllegalStateException("tokenize and ssplit must come first, they run apart: " + ANNOTATORS);
        }
        // All take their annotators from CoreNLP's pool, so nothing loads twice; the output is the same.
        split = new StanfordCoreNLP(part(loaded, "tokenize,ssplit"));
        pipeline = new StanfordCoreNLP(part(loaded, ANNOTATORS.substring("tokenize,ssplit,".length(),
                ANNOTATORS.length() - ",quote".length())));
        quote = full.pool.get("quote");
        LOG.info("CoreNLP loaded in {} s", String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }

    private static Properties part(Properties loaded, String annotators) {
        Properties props = new Properties();
        props.putAll(loaded);
        props.setProperty("annotators", annotators);
        // The annotators before them ran in the pipeline before this one.
        props.setProperty("enforceRequirements", "false");
        return props;
    }

    /**
     * Returns the pipeline configuration as a CoreNLP user would write it: the annotation cache keys on it, and the
     * benchmark's plain CoreNLP runs it with {@link #PLAIN_ANNOTATORS}. The loaded pipeline differs only in reading
     * rewritten copies of the fine-grained NER gazetteers, which give the same tags.
     */
    public static Properties properties() {
        return properties(ANNOTATORS);
    }

    private static Properties properties(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        // Headlines, captions and credits are lines of their own; without this they glue onto the first sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // Bounds the cost of pathological input: longer sentences get no parse, so no OOM.
        props.setProperty("pos.maxlen", "250");
        props.setProperty("parse.maxlen", "250");
        props.setProperty("depparse.maxlen", "250");
        props.setProperty("ner.maxlen", "250");
        // As good as "statistical" on our gold files (seeds the same, FA-KES 0.379 / 0.369 against 0.381 / 0.369
        // precision / recall) and the costliest stage made about a quarter cheaper.
        props.setProperty("coref.algorithm", "fastneural");
        props.setProperty("coref.maxMentionDistance", "50");
        return props;
    }

    /**
     * The same configuration with the fine-grained NER gazetteers rewritten by {@link LiteralGazetteers}: the same
     * NER tags (all but 2 of 272,483 tokens of FA-KES), NER about three times faster. The rewritten copies live in a
     * per-user directory under the system's temporary directory; if they cannot be written there, CoreNLP's own files
     * serve, only slower.
     */
    private static Properties withLiteralGazetteers(Properties props) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "ceasefire-kg-" + System.getProperty("user.name"),
                "corenlp-" + coreNlpVersion());
        try {
            Properties rewritten = new Properties();
            rewritten.putAll(props);
            rewritten.setProperty("ner.fine.regexner.mapping", LiteralGazetteers.defaultMapping(dir));
            return rewritten;
        } catch (IOException | RuntimeException e) {
            LOG.warn("using CoreNLP's fine-grained NER gazetteers as they are (slower): cannot rewrite them in {}: {}",
                    dir, e.toString());
            return props;
        }
    }

    /**
     * Annotates one text; throws {@link ArticleTooLongException} beyond {@link #MAX_TOKENS} tokens.
     *
     * @param text          the article text
     * @param referenceDate ISO date that relative dates ("Monday") resolve against, or null
     */
    public Annotation annotate(String text, String referenceDate) {
        // Offsets stay valid: only spaces become line breaks (after a leading dateline, inside overlong runs).
        Annotation annotation = new Annotation(LongSentences.breakUp(ReferenceDates.separateDateline(text)));
        if (referenceDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, referenceDate);
        }
        split.annotate(annotation);
        int tokens = annotation.get(CoreAnnotations.TokensAnnotation.class).size();
        if (tokens > MAX_TOKENS) {
            throw new ArticleTooLongException(tokens, MAX_TOKENS);
        }
        stopIfInterrupted();
        pipeline.annotate(annotation);
        stopIfInterrupted();
        if (tokens > MAX_COREF_TOKENS) {
            LOG.warn("{} tokens, over the {}-token limit for coreference: annotated without coreference and quote "
                    + "attribution", tokens, MAX_COREF_TOKENS);
            return annotation;
        }
        NearbyAntecedents.annotate(annotation);
        try {
            // Interruptibly: a build stops an article over its time budget even while it waits for its turn here.
            quoteTurn.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("annotation interrupted");
        }
        try {
            quote.annotate(annotation);
        } finally {
            quoteTurn.unlock();
        }
        return annotation;
    }

    /** Between stages: a build stops an article over its time budget by interrupting its thread. */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("annotation interrupted");
        }
    }

    /**
     * Plain CoreNLP, for the benchmark: annotates the texts one after the other with the same properties and
     * CoreNLP's own coreference ({@link #PLAIN_ANNOTATORS}), as the
     * StanfordCoreNLP API is used plainly, with no reference date, cache, extraction or mapping, and returns the
     * number of tokens. (CoreNLP's own multi-threaded {@code annotate} is no option: the quote annotator crashes in
     * it.) The models come from CoreNLP's annotator pool, so they load at most once per process, except NER, which
     * plain CoreNLP loads with its own gazetteer files.
     */
    public static long plainAnnotate(List<String> texts) {
        StanfordCoreNLP plain = new StanfordCoreNLP(properties(PLAIN_ANNOTATORS));
        long tokens = 0;
        for (String text : texts) {
            Annotation annotation = new Annotation(text);
            plain.annotate(annotation);
            tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return tokens;
    }
}
