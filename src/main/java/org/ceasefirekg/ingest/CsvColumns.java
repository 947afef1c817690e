package org.ceasefirekg.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the records of a CSV file become articles: which header names hold the id, the text and the metadata, the
 * file's encoding, and how its dates are written.
 *
 * @param id         header of the article id column
 * @param text       header of the article text column
 * @param title      header of the headline column, or null to use a column named {@code title} if there is one
 * @param publisher  header of the publisher column, or null to use {@code publisher} if there is one
 * @param published  header of the publication date column, or null to use {@code published} if there is one
 * @param url        header of the URL column, or null to use {@code url} if there is one
 * @param charset    the file's character encoding
 * @param dateFormat a {@link DateTimeFormatter} pattern of the dates, such as {@code M/d/yyyy}, or null for ISO 8601
 */
public record CsvColumns(String id, String text, String title, String publisher, String published, String url,
                         Charset charset, String dateFormat) {

    /** The columns named like the fields of a JSON Lines record, UTF-8, ISO 8601 dates. */
    public static final CsvColumns DEFAULT =
            new CsvColumns("id", "text", null, null, null, null, StandardCharsets.UTF_8, null);

    /** Checks the date pattern early, so a typo is a usage error rather than one problem per record. */
    public CsvColumns {
        if (id == null || text == null || charset == null) {
            throw new IllegalArgumentException("the id and text columns and the charset are required");
        }
        if (dateFormat != null) {
            DateTimeFormatter.ofPattern(dateFormat, Locale.ROOT);
        }
    }
}
