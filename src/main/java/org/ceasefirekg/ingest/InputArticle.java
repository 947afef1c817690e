package org.ceasefirekg.ingest;

/**
 * An article as it streams in, with where it came from.
 *
 * @param article the article
 * @param source  the file, or the file and line of a record ({@code corpus.csv line 12}), for messages
 */
public record InputArticle(Article article, String source) {
    /** Escapes the source ({@link Printable}), as the build prints it when the article fails. */
    public InputArticle {
        source = Printable.escape(source);
    }
}
