package org.ceasefirekg.pipeline;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * One article's time budget and the stage it is in, shared by the thread that works on the article and the thread
 * that watches it. Loading the CoreNLP models is not the article's doing: that time is paused, not counted.
 */
final class ArticleBudget {
    static final String CACHE = "reading the annotation cache";
    static final String ANNOTATION = "annotation";
    static final String EXTRACTION = "extraction";
    static final String MAPPING = "mapping";

    private final Duration budget;
    private final long started = System.nanoTime();
    private volatile long paused;
    private volatile long pausedSince;
    private volatile String stage = CACHE;

    ArticleBudget(Duration budget) {
        this.budget = budget;
    }

    /** Returns a budget that never runs out, for {@code kg explain}. */
    static ArticleBudget unbounded() {
        return new ArticleBudget(Duration.ofNanos(Long.MAX_VALUE / 4));
    }

    /** Records that the article's work is now in this stage. */
    void enter(String name) {
        stage = name;
    }

    /** Returns the stage the article's work is in. */
    String stage() {
        return stage;
    }

    /** Returns the budget. */
    Duration budget() {
        return budget;
    }

    /** Runs work (loading models, waiting for another thread to load them) without counting its time. */
    <T> T unbudgeted(Supplier<T> work) {
        pausedSince = System.nanoTime();
        try {
            return work.get();
        } finally {
            paused += System.nanoTime() - pausedSince;
            pausedSince = 0;
        }
    }

    /** Returns the nanoseconds left; while paused, the whole budget (the watcher looks again later). */
    long nanosLeft() {
        if (pausedSince != 0) {
            return budget.toNanos();
        }
        return budget.toNanos() - (System.nanoTime() - started - paused);
    }

    /** Returns the budget written for a person: "300 s", "0.2 s". */
    String describe() {
        double seconds = budget.toNanos() / 1e9;
        return (seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds)) + " s";
    }
}
