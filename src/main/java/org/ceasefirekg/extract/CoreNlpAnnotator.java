package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP pipeline, loaded once: constructing one costs tens of seconds and gigabytes of heap, so a process
 * makes at most one, and only when some article actually needs annotating. Several threads may annotate at once.
 */
public final class CoreNlpAnnotator {
    /** The annotators we run, in order; recorded in each build's provenance. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);
    private static final AtomicInteger LOADS = new AtomicInteger();
    private static CoreNlpAnnotator shared;
    /** Every annotator but the last, quote; they are safe to share between threads. */
    private final StanfordCoreNLP pipeline;
    /**
     * CoreNLP's quote attribution keeps the current document's character map in a field of the shared annotator, so
     * two documents at once crash it (ConcurrentModificationException) or lend each other their speakers: it runs
     * for one document at a time. It costs about 1% of the pipeline's time.
     */
    private final Annotator quote;

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
        StanfordCoreNLP full = new StanfordCoreNLP(properties());
        if (!ANNOTATORS.endsWith(",quote")) {
            throw new IllegalStateException("quote must be the last annotator, it runs apart: " + ANNOTATORS);
        }
        Properties beforeQuote = properties();
        beforeQuote.setProperty("annotators", ANNOTATORS.substring(0, ANNOTATORS.length() - ",quote".length()));
        // Both pipelines take their annotators from CoreNLP's pool, so nothing loads twice; the output is the same.
        pipeline = new StanfordCoreNLP(beforeQuote);
        quote = full.pool.get("quote");
        LOG.info("CoreNLP loaded in {} s", String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }

    /** Returns the pipeline configuration; shared with the benchmark so both run the same annotators. */
    public static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        // Headlines, captions and credits are lines of their own; without this they glue onto the first sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // Bounds the cost of pathological input: longer sentences get no parse, so no OOM.
        props.setProperty("pos.maxlen", "250");
        props.setProperty("parse.maxlen", "250");
        props.setProperty("depparse.maxlen", "250");
        props.setProperty("ner.maxlen", "250");
        props.setProperty("coref.algorithm", "statistical");
        props.setProperty("coref.maxMentionDistance", "50");
        return props;
    }

    /**
     * Annotates one text.
     *
     * @param text          the article text
     * @param referenceDate ISO date that relative dates ("Monday") resolve against, or null
     */
    public Annotation annotate(String text, String referenceDate) {
        // Offsets stay valid: only the space after a leading dateline becomes a line break.
        Annotation annotation = new Annotation(ReferenceDates.separateDateline(text));
        if (referenceDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, referenceDate);
        }
        pipeline.annotate(annotation);
        synchronized (quote) {
            quote.annotate(annotation);
        }
        return annotation;
    }

    /**
     * Plain CoreNLP, for the benchmark: annotates the texts one after the other with the same properties, as the
     * StanfordCoreNLP API is used plainly, with no reference date, cache, extraction or mapping, and returns the
     * number of tokens. (CoreNLP's own multi-threaded {@code annotate} is no option: the quote annotator crashes in
     * it.) The models come from CoreNLP's annotator pool, so they load at most once per process.
     */
    public static long plainAnnotate(List<String> texts) {
        StanfordCoreNLP plain = new StanfordCoreNLP(properties());
        long tokens = 0;
        for (String text : texts) {
            Annotation annotation = new Annotation(text);
            plain.annotate(annotation);
            tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return tokens;
    }
}
