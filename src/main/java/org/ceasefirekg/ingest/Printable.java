package org.ceasefirekg.ingest;

/**
 * Makes user-given names safe to print on one line: a file named {@code "x\nok    y.txt"} must not forge a line of
 * the build's output, and a right-to-left override must not reorder it on a terminal.
 */
public final class Printable {
    private Printable() {}

    /**
     * Returns the text with control, format and line-separator characters written as escapes ({@code \n}, {@code \t},
     * {@code \r}, {@code \u202E}); idempotent, so escaping twice changes nothing; null stays null.
     */
    public static String escape(String text) {
        if (text == null || text.codePoints().noneMatch(Printable::unsafe)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (!unsafe(c)) {
                out.appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04X", c));
            }
        });
        return out.toString();
    }

    /** Zero-width (non-)joiners are kept: Persian and emoji names need them, and they move nothing. */
    private static boolean unsafe(int c) {
        if (c == 0x200C || c == 0x200D) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
