package org.ceasefirekg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The optional {@code manifest.csv} of an input directory: {@code file,title,publisher,published,url}.
 *
 * @param entries  metadata by file name
 * @param problems rows that were malformed or repeated, or why the file could not be read (reported, then ignored)
 */
public record Manifest(Map<String, Entry> entries, List<InputProblem> problems) {

    public static final String FILE_NAME = "manifest.csv";
    private static final List<String> HEADER = List.of("file", "title", "publisher", "published", "url");

    /** Metadata of one file; any field may be null. */
    public record Entry(String title, String publisher, String published, String url) {}

    /** Returns an empty manifest, for directories without one. */
    public static Manifest empty() {
        return new Manifest(Map.of(), List.of());
    }

    /**
     * Reads a manifest; a file that is not UTF-8 text, rows with bad dates, too many columns or a file listed twice
     * become problems naming the line, never exceptions (an IOException only when the file cannot be read at all).
     */
    public static Manifest read(Path file) throws IOException {
        String source = file.toString();
        String text;
        try {
            text = TextBytes.decode(Files.readAllBytes(file));
        } catch (RejectedInputException e) {
            return new Manifest(Map.of(), List.of(new InputProblem(source, e.getMessage()
                    + "; the manifest is ignored")));
        }
        Map<String, Entry> entries = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        long line = 1;
        try (CSVParser parser = CSVParser.parse(text, CsvArticles.FORMAT)) {
            Iterator<CSVRecord> rows = parser.iterator();
            List<String> header = null;
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                if (!rows.hasNext()) {
                    break;
                }
                List<String> row = CsvArticles.nonBlank(rows.next());
                if (row == null) {
                    continue;
                }
                if (header == null) {
                    header = row.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
                    if (!header.contains("file")) {
                        problems.add(new InputProblem(source, "no 'file' column in the header; expected "
                                + String.join(",", HEADER)));
                        return new Manifest(entries, problems);
                    }
                    continue;
                }
                String where = source + " line " + line;
                Map.Entry<String, Entry> entry = entry(header, row, where, problems);
                if (entry == null) {
                    continue;
                }
                Long first = firstLine.putIfAbsent(entry.getKey(), line);
                if (first != null) {
                    problems.add(new InputProblem(where, "lists '" + entry.getKey() + "' again (first on line "
                            + first + "); this row is ignored: give each file one row"));
                    continue;
                }
                entries.put(entry.getKey(), entry.getValue());
            }
        } catch (UncheckedIOException e) {
            problems.add(new InputProblem(source + " line " + line, "not readable as CSV: "
                    + e.getCause().getMessage() + "; the rest of the manifest is ignored"));
        }
        return new Manifest(entries, problems);
    }

    /** Returns one row's file name and metadata, or null after reporting why the row is unusable. */
    private static Map.Entry<String, Entry> entry(List<String> header, List<String> row, String where,
                                                  List<InputProblem> problems) {
        if (row.size() > header.size()) {
            problems.add(new InputProblem(where, row.size() + " columns but the header has " + header.size()));
            return null;
        }
        Map<String, String> cells = new HashMap<>();
        for (int c = 0; c < row.size(); c++) {
            String value = row.get(c).strip();
            cells.put(header.get(c), value.isEmpty() ? null : value);
        }
        String fileName = cells.get("file");
        if (fileName == null) {
            problems.add(new InputProblem(where, "no file name"));
            return null;
        }
        String published = cells.get("published");
        if (published != null && PublishedDates.parse(published, null) == null) {
            problems.add(new InputProblem(where, "published '" + published + "' is not "
                    + PublishedDates.expected(null) + "; ignored for " + fileName));
            published = null;
        }
        return Map.entry(fileName, new Entry(cells.get("title"), cells.get("publisher"), published, cells.get("url")));
    }
}
