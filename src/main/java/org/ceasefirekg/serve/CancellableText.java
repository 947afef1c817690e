package org.ceasefirekg.serve;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A text that stops a regular expression matching it once its query is cancelled. Java's regex engine reads the
 * text only through {@link #charAt}, also while it backtracks, so a pattern like {@code (.*a){28}b}, which takes
 * hours on 30 characters, ends within moments of the query's timeout instead of running on after the answer.
 */
final class CancellableText implements CharSequence {

    /** Checked every this many characters read: often enough to stop within microseconds. */
    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads % CHECK_EVERY == 0 && cancelled.get()) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
