package org.ceasefirekg.extract;

/**
 * Breaks runs of text with no sentence end in sight (a scraped table, a list glued into one line, a generated
 * 50,000-word "sentence") into lines the sentence splitter ends at. CoreNLP's taggers skip a sentence over their
 * length limit, but tokenizing, SUTime and coreference still walk it whole, which costs minutes and ends in a
 * StackOverflowError. Only a space becomes a line break, so every character offset stays valid.
 */
final class LongSentences {

    /** Runs longer than this, in characters, are broken: about 200 tokens of news text, past any real sentence. */
    static final int MAX_CHARS = 1200;

    private LongSentences() {}

    /** Returns text with a line break in place of a space wherever a run exceeds {@link #MAX_CHARS}. */
    static String breakUp(String text) {
        char[] chars = null;
        int runStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?') {
                runStart = i + 1;
                lastSpace = -1;
            } else if (c == ' ' || c == '\t') {
                lastSpace = i;
            }
            if (i - runStart >= MAX_CHARS && lastSpace > runStart) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[lastSpace] = '\n';
                runStart = lastSpace + 1;
                lastSpace = -1;
            }
        }
        return chars == null ? text : new String(chars);
    }
}
