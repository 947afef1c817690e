package org.ceasefirekg.pipeline;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar with rate and ETA, redrawn in place on a terminal's error stream. The build clears it
 * before printing an article's line and draws it again after, so lines and bar never mix.
 */
public final class BuildProgress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final long total;
    private final long start = System.nanoTime();
    private long done;
    private long tokens;
    private boolean shown;

    private BuildProgress(PrintWriter err, long total) {
        this.err = err;
        this.total = total;
    }

    /** Returns a bar for total articles drawn on err (which must be a terminal: it uses carriage returns). */
    public static BuildProgress onTerminal(PrintWriter err, long total) {
        return new BuildProgress(err, total);
    }

    /** Returns a bar that draws nothing, for pipes, files and tests. */
    public static BuildProgress none() {
        return new BuildProgress(null, 0);
    }

    /** Counts one more article finished, with its tokens. */
    public void advance(long articleTokens) {
        done++;
        tokens += articleTokens;
    }

    /** Erases the bar, before a line is printed. */
    public void clear() {
        if (err != null && shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    /** Draws the bar in place. */
    public void draw() {
        if (err == null) {
            return;
        }
        err.print("\r\033[K" + line(done, total, tokens, (System.nanoTime() - start) / 1e9));
        err.flush();
        shown = true;
    }

    /** The bar's text, e.g. {@code [=======>      ] 312/804 39%  1.9 articles/s  640 tokens/s  ETA 4m12s}. */
    static String line(long done, long total, long tokens, double seconds) {
        double fraction = total <= 0 ? 0 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && total > done ? duration((total - done) / rate) : "-";
        return String.format(Locale.ROOT, "[%s] %d/%d %3.0f%%  %.2f articles/s  %.0f tokens/s  ETA %s", bar, done,
                total, fraction * 100, rate, seconds > 0 ? tokens / seconds : 0, eta);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
