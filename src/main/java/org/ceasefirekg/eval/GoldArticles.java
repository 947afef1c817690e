package org.ceasefirekg.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Turns a gold file's articles into build inputs: seed files as they are, FA-KES rows as temporary text files. */
public final class GoldArticles {

    private GoldArticles() {}

    /**
     * Returns the inputs to build for the gold file. Seeds are the files of the gold's folder (its manifest applies);
     * FA-KES rows are read from the CSV (Latin-1) and written to workDir as UTF-8 {@code UNIT_ID.txt} files with a
     * manifest that gives the title and the outlet (the {@code source} column, as a build of the CSV with
     * {@code --csv-publisher source} gives it) and leaves {@code published} empty, so the pipeline infers the date
     * from the dateline as it would for any article without metadata.
     *
     * @param home    the project home, against which the gold's article paths are resolved
     * @param workDir an empty folder for the FA-KES files
     */
    public static List<Path> materialise(GoldFile gold, Path home, Path workDir)
            throws IOException, InvalidGoldException {
        Path source = home.resolve(gold.source()).normalize();
        return switch (gold.kind()) {
            case "seeds" -> seeds(gold, source);
            case "fa-kes" -> faKes(gold, source, workDir);
            default -> throw new InvalidGoldException("unknown kind of articles: " + gold.kind());
        };
    }

    private static List<Path> seeds(GoldFile gold, Path dir) throws InvalidGoldException {
        List<Path> files = new ArrayList<>();
        for (GoldFile.Document d : gold.documents()) {
            Path file = dir.resolve(d.fileName());
            if (!Files.isRegularFile(file)) {
                throw new InvalidGoldException("article " + d.fileName() + " is not a file in " + dir);
            }
            files.add(file);
        }
        return files;
    }

    private static List<Path> faKes(GoldFile gold, Path csv, Path workDir) throws IOException, InvalidGoldException {
        if (!Files.isRegularFile(csv)) {
            throw new InvalidGoldException("the FA-KES file " + csv + " does not exist");
        }
        Map<String, CSVRecord> wanted = new HashMap<>();
        gold.documents().forEach(d -> wanted.put(d.unitId(), null));
        // The data set is Latin-1 (it predates UTF-8 cleaning); the pipeline reads UTF-8.
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.ISO_8859_1)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (wanted.containsKey(row.get("unit_id"))) {
                    wanted.put(row.get("unit_id"), row);
                }
            }
        }
        Files.createDirectories(workDir);
        List<Path> files = new ArrayList<>();
        try (Writer manifest = Files.newBufferedWriter(workDir.resolve("manifest.csv"), StandardCharsets.UTF_8);
             CSVPrinter rows = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(manifest)) {
            rows.printRecord("file", "title", "publisher", "published", "url");
            for (GoldFile.Document d : gold.documents()) {
                CSVRecord row = wanted.get(d.unitId());
                if (row == null) {
                    throw new InvalidGoldException("no row with unit_id " + d.unitId() + " in " + csv);
                }
                Path file = workDir.resolve(d.fileName());
                Files.writeString(file, row.get("article_content"), StandardCharsets.UTF_8);
                rows.printRecord(d.fileName(), row.get("article_title"), row.get("source"), "", "");
                files.add(file);
            }
        }
        return files;
    }
}
