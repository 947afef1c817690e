package org.ceasefirekg.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The optional {@code manifest.csv} of an input directory: {@code file,title,publisher,published,url}.
 *
 * @param entries  metadata by file name
 * @param problems rows that were malformed (reported, then ignored)
 */
public record Manifest(Map<String, Entry> entries, List<InputProblem> problems) {

    public static final String FILE_NAME = "manifest.csv";
    private static final List<String> HEADER = List.of("file", "title", "publisher", "published", "url");
    private static final CSVFormat MANIFEST_FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** Metadata of one file; any field may be null. */
    public record Entry(String title, String publisher, String published, String url) {}

    /** Returns an empty manifest, for directories without one. */
    public static Manifest empty() {
        return new Manifest(Map.of(), List.of());
    }

    /** Reads a manifest; rows with bad dates or too many columns become problems, never exceptions. */
    public static Manifest read(Path file) throws IOException {
        String source = file.toString();
        List<List<String>> rows;
        try (CSVParser parser = CSVParser.parse(Files.readString(file, StandardCharsets.UTF_8), MANIFEST_FORMAT)) {
            rows = parser.stream().map(CSVRecord::toList).toList();
        }
        if (rows.isEmpty()) {
            return empty();
        }
        List<String> header = rows.get(0).stream().map(h -> h.replace("\uFEFF", "").trim().toLowerCase()).toList();
        Map<String, Entry> entries = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        if (!header.contains("file")) {
            problems.add(new InputProblem(source, "no 'file' column in the header; expected " + String.join(",", HEADER)));
            return new Manifest(entries, problems);
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String where = source + " line " + (r + 1);
            if (row.size() > header.size()) {
                problems.add(new InputProblem(where, row.size() + " columns but the header has " + header.size()));
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < row.size(); c++) {
                String value = row.get(c).trim();
                cells.put(header.get(c), value.isEmpty() ? null : value);
            }
            String fileName = cells.get("file");
            if (fileName == null) {
                problems.add(new InputProblem(where, "no file name"));
                continue;
            }
            String published = cells.get("published");
            if (published != null && !isIsoDate(published)) {
                problems.add(new InputProblem(where, "published '" + published
                        + "' is not an ISO 8601 date or date-time; ignored for " + fileName));
                published = null;
            }
            entries.put(fileName, new Entry(cells.get("title"), cells.get("publisher"), published, cells.get("url")));
        }
        return new Manifest(entries, problems);
    }

    /** Returns true for an ISO 8601 date, local date-time or offset date-time. */
    public static boolean isIsoDate(String value) {
        for (var parser : List.<java.util.function.Consumer<String>>of(
                LocalDate::parse, LocalDateTime::parse, OffsetDateTime::parse)) {
            try {
                parser.accept(value);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }
}
