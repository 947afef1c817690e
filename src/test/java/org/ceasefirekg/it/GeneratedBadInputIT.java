package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.ingest.ArticleText;
import org.ceasefirekg.ingest.Manifest;
import org.ceasefirekg.ingest.Printable;
import org.ceasefirekg.cli.CliRun;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of broken inputs of every kind, made from a seeded random source, in one batch with two good articles:
 * each broken one is reported by its name (and line, in a record file), the good ones land whole, and nothing else.
 */
class GeneratedBadInputIT {

    static final long SEED = Long.getLong("badinput.seed", 20161912L);
    static final int KINDS = 21;
    static final int PER_KIND = 20;

    private final Random random = new Random(SEED);
    /** What must appear on the error output: a file name, or a file name and its line. */
    private final List<String> expectedReports = new ArrayList<>();
    private final List<Path> extraInputs = new ArrayList<>();

    @Test
    void everyBadInputIsReportedByNameAndTheGoodOnesLand(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("src/test/resources/fixtures/shelling.txt"), in.resolve("good-1.txt"));
        Files.copy(Path.of("src/test/resources/fixtures/truce.txt"), in.resolve("good-2.txt"));
        for (int i = 0; i < KINDS * PER_KIND; i++) {
            generate(i % KINDS, i, in, dir);
        }
        System.out.printf(Locale.ROOT, "%d bad inputs from seed %d (-Dbadinput.seed to repeat)%n",
                expectedReports.size(), SEED);
        assertTrue(expectedReports.size() >= 200, "at least 200 bad inputs, got " + expectedReports.size());

        List<String> args = new ArrayList<>(List.of("build", "--store", dir.resolve("store").toString(), in.toString()));
        extraInputs.forEach(p -> args.add(p.toString()));
        CliRun run = CliRun.kg(args.toArray(String[]::new));

        assertEquals(1, run.code(), "the exit code says some input failed");
        List<String> failLines = run.err().lines().filter(l -> l.startsWith("FAIL  ")).toList();
        List<String> unreported = new ArrayList<>();
        for (String report : expectedReports) {
            if (failLines.stream().noneMatch(l -> l.contains(report + ":"))) {
                unreported.add(report);
            }
        }
        assertTrue(unreported.isEmpty(), unreported.size() + " bad inputs not reported by name, e.g. "
                + unreported.subList(0, Math.min(5, unreported.size())) + "\n" + run.err());
        assertTrue(failLines.stream().allMatch(l -> l.matches("FAIL  \\S.*: \\S.*")),
                "every report names a source and a reason:\n" + run.err());
        assertTrue(run.out().contains("ok    good-1.txt") && run.out().contains("ok    good-2.txt"),
                run.out());
        assertTrue((run.out() + "\n" + run.err()).lines().noneMatch(l -> l.startsWith("ok    forged")), "a name forged a line");
        assertEquals(Set.of("good-1", "good-2"), articleIdsIn(dir.resolve("store")),
                "the good articles and nothing else landed");
    }

    /** Writes bad input number n, of the given kind, and records how it must be reported. */
    private void generate(int kind, int n, Path in, Path dir) throws IOException {
        String name = String.format(Locale.ROOT, "bad-%03d", n);
        switch (kind) {
            case 0 -> textFile(in, name, new byte[0]);
            case 1 -> textFile(in, name, " \n\t\r\n ".repeat(1 + random.nextInt(50)).getBytes(StandardCharsets.US_ASCII));
            case 2 -> {
                byte[] bytes = new byte[1 + random.nextInt(4096)];
                random.nextBytes(bytes);
                bytes[random.nextInt(bytes.length)] = 0;
                textFile(in, name, bytes);
            }
            case 3 -> textFile(in, name, invalidUtf8());
            case 4 -> textFile(in, name, html().getBytes(StandardCharsets.UTF_8));
            case 5 -> {
                // Sparse, so a 20 MB file costs no disk; refused by its size before anything reads it.
                Path file = in.resolve(name + ".txt");
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.setLength(n < PER_KIND ? 20_000_000 : 2_000_001 + random.nextInt(3_000_000));
                }
                expectedReports.add(file.toString());
            }
            case 6 -> jsonLines(dir, name);
            case 7 -> csvFile(dir, name);
            case 8 -> {
                Path missing = dir.resolve("absent").resolve(name + ".txt");
                extraInputs.add(missing);
                expectedReports.add(missing.toString());
            }
            case 9 -> {
                // The same id in another folder with another text: ids name graphs, so the second is refused.
                Path other = Files.createDirectories(dir.resolve("dup-" + name));
                Path file = other.resolve("good-1.txt");
                Files.writeString(file, "Rebels shelled a village near Idlib, killing " + (n + 2) + " people.\n");
                extraInputs.add(other);
                expectedReports.add(file.toString());
            }
            case 10 -> {
                // A folder whose manifest lists a file that is not there.
                Path other = Files.createDirectories(dir.resolve("manifest-" + name));
                Path manifest = other.resolve("manifest.csv");
                Files.writeString(manifest, "file,title,publisher,published,url\n" + name + ".txt,T,P,2016-09-19,\n");
                extraInputs.add(other);
                expectedReports.add(manifest.toString());
            }
            case 12, 13, 14, 15, 16 -> notAFile(kind, in, name, dir);
            case 17 -> typedJsonLines(dir, name);
            case 18 -> textFile(in, name, ("The army shelled " + "w".repeat(ArticleText.MAX_WORD + 1
                    + random.nextInt(100_000)) + " the town.").getBytes(StandardCharsets.UTF_8));
            case 19 -> badManifest(dir, name);
            case 20 -> {
                // A name with a control character must be reported escaped, and never forge an "ok" line.
                String[] controls = {"\n", "\r", "\t", "\u001B[32m", "\u202E", "\u0007", "\n\r"};
                String forged = name + controls[random.nextInt(controls.length)] + "ok    forged.txt";
                Path file = in.resolve(forged);
                Files.write(file, new byte[0]);
                expectedReports.add(Printable.escape(file.toString()));
            }
            default -> textFile(in, name, ("<HTML><body><p>Shelling in Aleppo</p>" + "x".repeat(random.nextInt(500))
                    + "</body></HTML>").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Entries of the input folder that are no article file: broken, looping or escaping links, pipes, folders. */
    private void notAFile(int kind, Path in, String name, Path dir) throws IOException {
        Path entry = in.resolve(name + ".txt");
        switch (kind) {
            case 12 -> Files.createSymbolicLink(entry, in.resolve("missing-" + name + ".txt"));
            case 13 -> Files.createSymbolicLink(entry, random.nextBoolean() ? entry : Path.of(name + ".txt"));
            case 14 -> {
                Path outside = Files.writeString(dir.resolve("outside-" + name + ".txt"), "Outside the folder.");
                Files.createSymbolicLink(entry, random.nextBoolean() ? Path.of("..", "outside-" + name + ".txt") : outside);
            }
            case 15 -> {
                try {
                    if (new ProcessBuilder("mkfifo", entry.toString()).start().waitFor() != 0) {
                        throw new IOException("mkfifo " + entry + " failed");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            default -> Files.writeString(Files.createDirectories(entry).resolve("inner.txt"), "Never read.");
        }
        expectedReports.add(entry.toString());
    }

    /** A .jsonl file whose ids and texts are numbers or booleans, each reported by line. */
    private void typedJsonLines(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".jsonl");
        String[] values = {"42", "-1.5e3", "true", "false", "0"};
        List<String> lines = List.of(
                "{\"id\": " + values[random.nextInt(values.length)] + ", \"text\": \"Shelling in Homs.\"}",
                "{\"id\": \"" + name + "-t\", \"text\": " + values[random.nextInt(values.length)] + "}");
        Files.writeString(file, String.join("\n", lines));
        extraInputs.add(file);
        expectedReports.add(file + " line 1");
        expectedReports.add(file + " line 2");
    }

    /** A folder whose manifest repeats a row, is not UTF-8, or dates a file in a year the build cannot take. */
    private void badManifest(Path dir, String name) throws IOException {
        Path other = Files.createDirectories(dir.resolve("manifest-" + name));
        Path manifest = other.resolve(Manifest.FILE_NAME);
        String header = "file,title,publisher,published,url\n";
        switch (random.nextInt(3)) {
            case 0 -> {
                Files.writeString(manifest, header + name + ".txt,A,,,\n" + name + ".txt,B,,,\n");
                expectedReports.add(manifest + " line 3");
            }
            case 1 -> {
                Files.write(manifest, (header + name + ".txt,Caf\u00e9,,,\n").getBytes(StandardCharsets.ISO_8859_1));
                expectedReports.add(manifest.toString());
            }
            default -> {
                String[] years = {"+10000-01-01", "-0001-01-01", "0000-01-01", "+2016-09-19", "99999-12-31"};
                Files.writeString(manifest, header + name + ".txt,T,P," + years[random.nextInt(years.length)] + ",\n");
                expectedReports.add(manifest + " line 2");
            }
        }
        extraInputs.add(other);
    }

    private void textFile(Path in, String name, byte[] bytes) throws IOException {
        Path file = in.resolve(name + ".txt");
        Files.write(file, bytes);
        expectedReports.add(file.toString());
    }

    /** Mostly plain text, with bytes that are never valid UTF-8 (a lone continuation byte, 0xFF) and no NUL. */
    private byte[] invalidUtf8() {
        byte[] text = ("Government forces shelled the town on Monday, officials said. ").repeat(1 + random.nextInt(20))
                .getBytes(StandardCharsets.US_ASCII);
        int bad = 1 + random.nextInt(5);
        for (int i = 0; i < bad; i++) {
            text[random.nextInt(text.length)] = (byte) (random.nextBoolean() ? 0xFF : 0x80 + random.nextInt(0x40));
        }
        return text;
    }

    private String html() {
        String lead = " \n".repeat(random.nextInt(3));
        String open = random.nextBoolean() ? "<!DOCTYPE html>" : "<html lang=\"en\">";
        return lead + (random.nextBoolean() ? open : open.toUpperCase(Locale.ROOT))
                + "<head><title>Truce</title></head><body><p>The ceasefire began at sunset.</p></body></html>";
    }

    /** A .jsonl file of bad records, one of each kind, each reported by line. */
    private void jsonLines(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".jsonl");
        List<String> lines = List.of(
                "{\"id\": \"x\", \"text\": ",
                "[\"not\", \"an\", \"object\"]",
                "{\"text\": \"No id here.\"}",
                "{\"id\": \"" + name + "-a\"}",
                "{\"id\": \"" + name + "-b\", \"text\": \"   \"}",
                "{\"id\": \"" + name + "-c\", \"text\": \"" + "word ".repeat(400_001) + "\"}");
        Files.writeString(file, String.join("\n", lines) + "\n");
        extraInputs.add(file);
        for (int line = 1; line <= lines.size(); line++) {
            expectedReports.add(file + " line " + line);
        }
    }

    /** A .csv file without the text column the build is told to read. */
    private void csvFile(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, "id,body\n" + name + ",Shelling in Homs.\n");
        extraInputs.add(file);
        expectedReports.add(file.toString());
    }

    /** The ids of the article graphs in the store: every graph but the build records and the ontology. */
    static Set<String> articleIdsIn(Path dir) {
        Set<String> ids = new TreeSet<>();
        try (KgStore store = KgStore.open(dir)) {
            for (Node graph : store.graphNames()) {
                String id = graph.getURI().substring(graph.getURI().lastIndexOf('/') + 1);
                // the graphs a build derives from the ontology and the articles are no article's
                boolean derived = org.ceasefirekg.pipeline.StoreWrites.DERIVED_GRAPHS.contains(graph.getURI());
                if (!id.equals("builds") && !id.equals("ontology") && !derived) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
