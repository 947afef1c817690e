package org.ceasefirekg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.ceasefirekg.ingest.CsvColumns;

/**
 * Everything a build needs to know besides its store and inputs, passed in by the caller (command line, evaluation,
 * benchmark, server, tests) so that the pipeline reads no global setting.
 *
 * @param ontology   the folder of the ontology files the lexicon and mapping read ({@link ProjectPaths#ontology()})
 * @param reannotate annotate every article again, replacing its cached annotation (so every article is rebuilt)
 * @param remap      rebuild every article, from the annotation cache where it holds one
 * @param threads    how many articles are annotated at once, on the one shared CoreNLP pipeline (below 1: one)
 * @param columns    how the columns of CSV inputs map onto articles
 * @param progress   draw a progress bar with rate and ETA on the error stream (for a terminal only)
 * @param replace    replace an article stored under the same id with another text or metadata (else it is refused)
 * @param budget     the time one article may take, its annotation, extraction and mapping together, before it is
 *                   stopped and reported (loading the CoreNLP models does not count)
 */
public record BuildConfig(Path ontology, boolean reannotate, boolean remap, int threads, CsvColumns columns,
                          boolean progress, boolean replace, Duration budget) {

    /** A plain build's time budget per article: far beyond the seconds a news article takes on a busy machine. */
    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(5);

    public BuildConfig {
        Objects.requireNonNull(ontology, "ontology");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the time budget per article must be positive: " + budget);
        }
    }

    /** Starts the configuration of a plain {@code kg build}: skip what is current, one thread per processor. */
    public static Builder builder(Path ontology) {
        return new Builder(ontology);
    }

    /** Returns the thread count of a build that was not given one: one per processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Sets a build's options one by one; unset ones keep a plain build's defaults. */
    public static final class Builder {
        private final Path ontology;
        private boolean reannotate;
        private boolean remap;
        private int threads = defaultThreads();
        private CsvColumns columns = CsvColumns.DEFAULT;
        private boolean progress;
        private boolean replace;
        private Duration budget = DEFAULT_BUDGET;

        private Builder(Path ontology) {
            this.ontology = ontology;
        }

        /** Annotates every article again (the command line's --force). */
        public Builder reannotate(boolean value) {
            reannotate = value;
            return this;
        }

        /** Rebuilds every article, from the annotation cache where it can (--remap). */
        public Builder remap(boolean value) {
            remap = value;
            return this;
        }

        /** Annotates this many articles at once. */
        public Builder threads(int value) {
            threads = value;
            return this;
        }

        /** Reads CSV inputs with these columns. */
        public Builder columns(CsvColumns value) {
            columns = value;
            return this;
        }

        /** Draws a progress bar on the error stream, which must be a terminal. */
        public Builder progress(boolean value) {
            progress = value;
            return this;
        }

        /** Replaces articles stored under the same id with other content (--replace). */
        public Builder replace(boolean value) {
            replace = value;
            return this;
        }

        /** Stops an article that takes longer than this (--article-timeout). */
        public Builder budget(Duration value) {
            budget = value;
            return this;
        }

        /** Returns the configuration. */
        public BuildConfig build() {
            return new BuildConfig(ontology, reannotate, remap, threads, columns, progress, replace, budget);
        }
    }
}
