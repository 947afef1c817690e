package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP pipeline, loaded once: constructing one costs tens of seconds and gigabytes of heap, so a process
 * makes at most one, and only when some article actually needs annotating.
 */
public final class CoreNlpAnnotator {
    /** The annotators we run, in order; recorded in each build's provenance. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);
    private static CoreNlpAnnotator shared;
    private final StanfordCoreNLP pipeline;

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

    /** Loads the models (slow). */
    public CoreNlpAnnotator() {
        long start = System.nanoTime();
        pipeline = new StanfordCoreNLP(properties());
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
        Annotation annotation = new Annotation(text);
        if (referenceDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, referenceDate);
        }
        pipeline.annotate(annotation);
        return annotation;
    }
}
