package org.ceasefirekg.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.ceasefirekg.ingest.CsvColumns;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How the columns of CSV inputs map onto articles; shared by {@code build} and {@code bench}. */
public final class CsvOptions {
    @Option(names = "--csv-text", paramLabel = "COLUMN", defaultValue = "text",
            description = "CSV column holding the article text (default: ${DEFAULT-VALUE})")
    String text;

    @Option(names = "--csv-id", paramLabel = "COLUMN", defaultValue = "id",
            description = "CSV column holding the article id, unique per article (default: ${DEFAULT-VALUE})")
    String id;

    @Option(names = "--csv-title", paramLabel = "COLUMN",
            description = "CSV column holding the headline (default: 'title' if present)")
    String title;

    @Option(names = "--csv-publisher", paramLabel = "COLUMN",
            description = "CSV column holding the publisher (default: 'publisher' if present)")
    String publisher;

    @Option(names = "--csv-published", paramLabel = "COLUMN",
            description = "CSV column holding the publication date (default: 'published' if present)")
    String published;

    @Option(names = "--csv-url", paramLabel = "COLUMN",
            description = "CSV column holding the article's URL (default: 'url' if present)")
    String url;

    @Option(names = "--csv-date-format", paramLabel = "PATTERN",
            description = "How the CSV's dates are written, as a java.time pattern such as M/d/yyyy"
                    + " (default: ISO 8601)")
    String dateFormat;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Character encoding of CSV inputs, e.g. ISO-8859-1 (default: UTF-8)")
    Charset encoding = StandardCharsets.UTF_8;

    /** Returns the mapping; a bad date pattern is a usage error. */
    CsvColumns columns(CommandSpec spec) {
        try {
            return new CsvColumns(id, text, title, publisher, published, url, encoding, dateFormat);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--csv-date-format '" + dateFormat
                    + "' is not a date pattern: " + e.getMessage());
        }
    }
}
