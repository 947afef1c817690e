package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ceasefirekg.cli.CliRun;
import org.ceasefirekg.store.KgStore;

/**
 * What the Spark build tests share: a slice of FA-KES as a CSV, the annotation cache that survives between runs (so
 * only a first run annotates), the reference thread build, and reading the shards back.
 */
final class SparkFixtures {
    static final Path FAKES = Path.of("..", "shared", "corpora", "fa-kes", "FA-KES-Dataset.csv");
    static final List<String> FAKES_COLUMNS = List.of("--csv-id", "unit_id", "--csv-text", "article_content",
            "--csv-title", "article_title", "--csv-publisher", "source", "--csv-published", "date",
            "--csv-date-format", "M/d/yyyy");
    /** The reference build's store; its annotation cache beside it is shared with the Spark builds and kept. */
    static final Path REFERENCE = Path.of("target", "spark-it", "reference");
    static final Path CACHE = Path.of("target", "spark-it", "reference.corenlp");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) articles built, (\\d+) unchanged, (\\d+) failed;"
            + " (\\d+) triples");

    private SparkFixtures() {}

    /** Writes the first n FA-KES records, with the header, to a CSV in dir. */
    static Path fakes(Path dir, int n) throws IOException {
        Path csv = dir.resolve("fakes-" + n + ".csv");
        try (Reader in = new InputStreamReader(Files.newInputStream(FAKES), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
             Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                     .setHeader(parser.getHeaderNames().toArray(String[]::new)).get())) {
            int written = 0;
            for (CSVRecord record : parser) {
                if (written++ == n) {
                    break;
                }
                printer.printRecord(record.values());
            }
        }
        return csv;
    }

    /** Runs kg build with the FA-KES columns, then the inputs, and returns its run. */
    static CliRun build(List<String> options, Path... inputs) {
        List<String> args = new ArrayList<>(List.of("build"));
        args.addAll(options);
        args.addAll(FAKES_COLUMNS);
        for (Path input : inputs) {
            args.add(input.toString());
        }
        return CliRun.kg(args.toArray(String[]::new));
    }

    /** Builds the inputs afresh on two threads into the reference store (annotating only what its cache lacks). */
    static CliRun reference(Path... inputs) throws IOException {
        deleteTree(REFERENCE);
        CliRun run = build(List.of("--store", REFERENCE.toString(), "--threads", "2"), inputs);
        assertEquals(0, run.code(), run.out() + run.err());
        return run;
    }

    /** Returns built, unchanged, failed and triples from a build's summary line. */
    static List<Long> summary(CliRun run) {
        Matcher m = SUMMARY.matcher(run.out());
        if (!m.find()) {
            throw new AssertionError("no summary in:\n" + run.out() + run.err());
        }
        return List.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)));
    }

    /** Counts the article blocks of every shard under dir, by article id and kind ("ok ID" or "fail ID"). */
    static Map<String, Integer> shardBlocks(Path dir) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    if (line.startsWith("# kg ")) {
                        String[] f = line.substring(5).split("\t");
                        counts.merge(f[0] + " " + f[1], 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** Returns how many cf:Build records the store holds. */
    static long buildRecords(Path store) {
        try (KgStore kg = KgStore.open(store)) {
            return org.apache.jena.system.Txn.calculateRead(kg.dataset(), () -> org.apache.jena.atlas.iterator.Iter
                    .count(kg.dataset().find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                            org.apache.jena.graph.NodeFactory.createURI(
                                    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                            org.apache.jena.graph.NodeFactory.createURI(org.ceasefirekg.lexicon.CF.Build))));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
