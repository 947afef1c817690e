package org.ceasefirekg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Words set in single quotation marks ('...' or ‘...’), as many outlets quote in headlines and leads ("X called the
 * attack 'a crime'"). CoreNLP's quote annotator leaves single marks alone (its default), and the straight mark is
 * also the apostrophe, so a pair is taken only when it is plainly one: the opening mark after a space, a bracket or
 * the start of a line and before a letter or digit; the closing mark after a letter, digit, stop or comma ("'...,'
 * he said") and before a space, punctuation or the end of the text, on the same line; not an elision inside a word
 * ("don't") and not a plural possessive ("the rebels' positions").
 */
final class SingleQuotes {
    private static final int MAX_LENGTH = 400;

    /** Two to six capitalised words, small words between them, no sentence stop: a title or name, not speech. */
    private static final java.util.regex.Pattern QUOTED_NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'\\-]*(?:\\s+(?:(?:of|the|and|for|in|on|a|to|de|al|el)\\s+){0,2}\\p{Lu}[\\p{L}'\\-]*){1,5}");

    private SingleQuotes() {}

    /** Returns true when quoted words are a name or title ("Days of Rain", "Al Nour"), which says nothing. */
    static boolean isName(String quoted) {
        return QUOTED_NAME.matcher(quoted.strip()).matches();
    }

    /** Returns the [begin, end) offsets of each single-quoted passage, marks included, in text order. */
    static List<int[]> find(String text) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '\u2018') && opens(text, i)) {
                int close = closing(text, i, c == '\'' ? '\'' : '\u2019');
                if (close > 0) {
                    found.add(new int[] {i, close + 1});
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    private static boolean opens(String text, int at) {
        char before = at == 0 ? ' ' : text.charAt(at - 1);
        boolean afterSpace = Character.isWhitespace(before) || "([\"\u201C".indexOf(before) >= 0;
        return afterSpace && at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1));
    }

    /** The offset of the mark that closes the quote opened at {@code open}, or -1. */
    private static int closing(String text, int open, char mark) {
        int limit = Math.min(text.length(), open + MAX_LENGTH);
        for (int j = open + 2; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c != mark && !(mark == '\u2019' && c == '\'')) {
                continue;
            }
            char before = text.charAt(j - 1);
            char after = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
            if (Character.isLetter(after)) {
                continue; // "don't", "it's": an elision inside a word
            }
            if (!Character.isLetterOrDigit(before) && ".!?,".indexOf(before) < 0) {
                return -1;
            }
            boolean possessive = before == 's' && after == ' ' && j + 2 < text.length()
                    && Character.isLowerCase(text.charAt(j + 2)) && !conjunctionFollows(text, j + 2);
            if (possessive) {
                continue; // "the rebels' positions": a plural possessive, the quote (if any) goes on
            }
            return Character.isWhitespace(after) || ".,;:!?)\"\u201D".indexOf(after) >= 0 ? j : -1;
        }
        return -1;
    }

    /** "'... the attacks' and demanded": a word that rather starts a new phrase after a closing mark. */
    private static boolean conjunctionFollows(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return List.of("and", "or", "but", "on", "in", "at", "after", "as", "to", "for", "from", "by", "when",
                "while", "because", "of", "near", "over", "with", "said", "says", "he", "she", "they", "it", "the")
                .contains(text.substring(at, end));
    }
}
