package org.ceasefirekg.extract;

/**
 * One sentence of an article.
 *
 * @param index 0-based position in the article
 * @param span  its text and offsets
 */
public record Sentence(int index, Span span) {

    private static final java.util.regex.Pattern LANDMARK = java.util.regex.Pattern.compile(
            "(?i)\\b(near|outside|close to|(north|south|east|west)(-?(east|west))?(ern)? of)( the)?( city of| town of)?\\s*$");

    /**
     * True when a place written right after this text is only a landmark the event was near: "near Aleppo",
     * "west of Aleppo city", "outside the town of X".
     */
    public static boolean endsBeforeALandmark(String textBefore) {
        return LANDMARK.matcher(textBefore).find();
    }

    /**
     * True for a scraped list of links rather than prose ("Related News Iraq's vote | The global gag rule | ..."):
     * nothing in it is reported by the article.
     */
    public boolean navigation() {
        String text = span.text();
        return text.indexOf(" | ") >= 0 && text.indexOf(" | ", text.indexOf(" | ") + 3) >= 0;
    }
}
