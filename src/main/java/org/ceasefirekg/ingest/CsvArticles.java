package org.ceasefirekg.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV articles: a header row, then one article per record, read through a {@link CsvColumns} mapping with Commons
 * CSV, which streams record by record (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks).
 */
final class CsvArticles {
    /** Blank lines come through as records and are skipped here, so the parser's line count stays exact. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvArticles() {}

    static void read(RecordFile records, Consumer<InputArticle> articles, Consumer<InputProblem> problems) {
        CsvColumns columns = records.columns();
        String file = records.file().toString();
        long line = 1;
        try (Reader in = records.open(columns.charset()); CSVParser parser = CSVParser.parse(in, FORMAT)) {
            Iterator<CSVRecord> rows = parser.iterator();
            List<String> header = null;
            while (header == null && rows.hasNext()) {
                header = nonBlank(rows.next());
            }
            if (header == null) {
                problems.accept(new InputProblem(file, "empty CSV file (no header)"));
                return;
            }
            List<String> names = header.stream()
                    .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = new ArrayList<>();
            int id = required(names, columns.id(), "--csv-id", missing);
            int text = required(names, columns.text(), "--csv-text", missing);
            int title = optional(names, columns.title(), "title", "--csv-title", missing);
            int publisher = optional(names, columns.publisher(), "publisher", "--csv-publisher", missing);
            int published = optional(names, columns.published(), "published", "--csv-published", missing);
            int url = optional(names, columns.url(), "url", "--csv-url", missing);
            if (!missing.isEmpty()) {
                problems.accept(new InputProblem(file, String.join("; ", missing) + " (the header has: "
                        + String.join(", ", header).replace("\uFEFF", "") + "); the file is skipped"));
                return;
            }
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                if (!rows.hasNext()) {
                    break;
                }
                List<String> row = nonBlank(rows.next());
                if (row == null) {
                    continue;
                }
                String source = file + " line " + line;
                if (row.size() != header.size()) {
                    problems.accept(new InputProblem(source, row.size() + " fields but the header has "
                            + header.size() + "; skipped"));
                    continue;
                }
                Article article = RecordFile.article(source, row.get(id), row.get(text), cell(row, title),
                        cell(row, publisher), cell(row, published), cell(row, url), columns.dateFormat(), problems);
                if (article != null) {
                    articles.accept(new InputArticle(article, source));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            problems.accept(new InputProblem(file, records.readFailure(cause, columns.charset(), line)));
        }
    }

    /** Returns the record's fields, or null for a blank line. */
    static List<String> nonBlank(CSVRecord record) {
        List<String> fields = record.toList();
        return fields.size() == 1 && fields.get(0).isEmpty() ? null : fields;
    }

    private static int required(List<String> names, String column, String option, List<String> missing) {
        int i = names.indexOf(column.strip().toLowerCase(Locale.ROOT));
        if (i < 0) {
            missing.add("no column '" + column + "' for the article " + option.substring(6)
                    + " (name it with " + option + ")");
        }
        return i;
    }

    /** A column named on the command line must exist; a default name is used only when present. */
    private static int optional(List<String> names, String column, String defaultName, String option,
                                List<String> missing) {
        if (column == null) {
            return names.indexOf(defaultName);
        }
        return required(names, column, option, missing);
    }

    private static String cell(List<String> row, int index) {
        return index < 0 ? null : row.get(index);
    }
}
