package org.ceasefirekg.ingest;

import java.util.Locale;

/** Checks an article's text before anything annotates it: what CoreNLP cannot take is refused here, with a reason. */
public final class ArticleText {
    /**
     * Longer runs without a space are refused: CoreNLP's memory grows with the square of a word's length (measured
     * on one word in a short text: 2,000 characters +25 MB and 0.5 s, 8,000 +215 MB, 16,000 +545 MB, 32,000
     * +2.4 GB and 28 s, 60,000 ran a 6 GB heap out), and no word of a news article, nor a URL in one, is this long.
     */
    public static final int MAX_WORD = 2_000;

    private ArticleText() {}

    /** Returns why the text cannot be an article, or null when it can. */
    static String problem(String text) {
        int line = 1;
        int start = -1;
        int startLine = 1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (start >= 0 && i - start > MAX_WORD) {
                    return longWord(text, start, i, startLine);
                }
                start = -1;
                line += c == '\n' ? 1 : 0;
            } else if (start < 0) {
                start = i;
                startLine = line;
            }
        }
        return null;
    }

    private static String longWord(String text, int start, int end, int line) {
        return String.format(Locale.ROOT, "a word of %,d characters without a space at line %d (\"%s...\"), over the"
                        + " %,d-character limit for one word (such words exhaust CoreNLP's memory); refused before"
                        + " annotating: remove it or break it up", end - start, line,
                Printable.escape(text.substring(start, start + 20)), MAX_WORD);
    }
}
