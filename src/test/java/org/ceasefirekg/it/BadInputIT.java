package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.ceasefirekg.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch with broken files: each is reported by name with a reason, the good ones land, the exit code says so. */
class BadInputIT {

    static final String[] WORDS = {"the", "army", "shelled", "rebels", "in", "Aleppo", "and", "Homs", "killing", "12",
        "civilians", "on", "Monday", "said", "Russia", "convoy", "near", "while"};

    @Test
    void reportsEachBadFileAndStillLandsTheGoodOnes(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("src/test/resources/fixtures/shelling.txt"), in.resolve("good-1.txt"));
        Files.copy(Path.of("src/test/resources/fixtures/truce.txt"), in.resolve("good-2.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 shelled".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("page.txt"), "<!DOCTYPE html><html><body>Shelling</body></html>");
        try (RandomAccessFile huge = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(20_000_000);
        }
        // One sentence of 50,000 tokens: refused after tokenizing, before anything that could run out of memory.
        Random random = new Random(7);
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            sentence.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        Files.writeString(in.resolve("one-sentence.txt"), sentence);

        CliRun build = CliRun.kg("build", "--store", dir.resolve("store").toString(), in.toString());

        assertEquals(1, build.code(), "some input failed");
        String errors = build.err();
        assertTrue(errors.contains("empty.txt") && errors.contains("empty file"), errors);
        assertTrue(errors.contains("binary.txt") && errors.contains("binary"), errors);
        assertTrue(errors.contains("latin1.txt") && errors.contains("UTF-8"), errors);
        assertTrue(errors.contains("page.txt: HTML"), errors);
        assertTrue(errors.contains("huge.txt: file is 20,000,000 bytes, over the"), errors);
        assertTrue(errors.contains("one-sentence.txt: 50,000 tokens, over the 20,000-token limit"), errors);
        assertTrue(build.out().contains("ok    good-1.txt"), build.out());
        assertTrue(build.out().contains("ok    good-2.txt"), build.out());
        assertTrue(build.out().contains("2 articles built, 0 unchanged, 6 failed"), build.out());

        CliRun rows = CliRun.kg("query", "quotes", "--store", dir.resolve("store").toString(), "--format", "csv");
        assertEquals(0, rows.code(), rows.err());
        assertTrue(rows.out().contains("good-1.txt"), rows.out());
    }
}
