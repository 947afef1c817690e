package org.ceasefirekg.extract;

/**
 * One sentence of an article.
 *
 * @param index 0-based position in the article
 * @param span  its text and offsets
 */
public record Sentence(int index, Span span) {

    /**
     * True for a scraped list of links rather than prose ("Related News Iraq's vote | The global gag rule | ..."):
     * nothing in it is reported by the article.
     */
    public boolean navigation() {
        String text = span.text();
        return text.indexOf(" | ") >= 0 && text.indexOf(" | ", text.indexOf(" | ") + 3) >= 0;
    }
}
