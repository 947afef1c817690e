package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.ingest.Manifest;
import org.ceasefirekg.map.Iris;
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

    /**
     * The input cases of issue 19, built by the real command in its own JVM so that its real standard error is seen:
     * each bad input is reported by name with a reason, names are printed escaped, non-Latin and look-alike names
     * land under ids of their own, and nothing prints a stack trace.
     */
    @Test
    void reportsLinksPipesFoldersBadManifestsTypedRecordsAndLongWordsByNameWithoutAStackTrace(@TempDir Path dir)
            throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("src/test/resources/fixtures/shelling.txt"), in.resolve("good1.txt"));
        Files.copy(Path.of("src/test/resources/fixtures/truce.txt"), in.resolve("Good1.txt"));
        Files.writeString(in.resolve("Донецк.txt"), "Shelling hit Donetsk on Monday, officials said.\n");
        Files.writeString(in.resolve("سوريا.txt"), "Russia and Turkey announced a truce in Syria on Thursday.\n");
        Files.writeString(in.resolve("UPPER.TXT"), "Rebels shelled a village near Idlib on Friday.\n");
        Files.write(in.resolve("utf16.txt"), "\uFEFFA ceasefire took effect in Aleppo at noon.\n"
                .getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(in.resolve("named\nok    forged.txt"), "The army said the truce held in Homs.\n");
        Files.writeString(in.resolve("dated.txt"), "Fighting resumed in Daraa on Sunday, residents said.\n");
        Files.writeString(in.resolve("old.txt"), "Aid convoys reached Madaya on Wednesday.\n");
        Files.writeString(in.resolve(Manifest.FILE_NAME), "file,title,publisher,published,url\n"
                + "dated.txt,,,+10000-01-01,\nold.txt,,,-0001-01-01,\ngood1.txt,Title A,,,\ngood1.txt,Title B,,,\n");

        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:secret outside the folder\n");
        Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("nowhere.txt"));
        Files.createSymbolicLink(in.resolve("loop.txt"), in.resolve("loop.txt"));
        Files.createSymbolicLink(in.resolve("escape.txt"), secret);
        Process fifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
        assertEquals(0, fifo.waitFor());
        Files.writeString(Files.createDirectories(in.resolve("sub")).resolve("inner.txt"), "Never read.");
        Files.writeString(in.resolve("long-word.txt"), "The army " + "x".repeat(60_000) + " shelled the town.");
        Files.write(in.resolve("forged\nok    empty.txt"), new byte[0]);

        Path in2 = Files.createDirectories(dir.resolve("in2"));
        Files.write(in2.resolve(Manifest.FILE_NAME), "file,title\ntruce.txt,Caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path records = Files.writeString(dir.resolve("records.jsonl"), String.join("\n",
                "{\"id\": 42, \"text\": \"A truce began at noon.\"}",
                "{\"id\": \"r2\", \"text\": true}",
                "{\"id\": true, \"text\": \"Shelling resumed.\"}",
                "{\"id\": \"r4\", \"text\": 7}"));

        ChildBuild.Ended run;
        try (ChildBuild build = ChildBuild.startAnnotating(dir.resolve("store"), in, records.toString(),
                in2.toString())) {
            run = build.await(600);
        }
        String output = run.output();
        assertEquals(1, run.code(), output);
        String[] expected = {
            in.resolve("dangling.txt") + ": a symbolic link to " + in.resolve("nowhere.txt") + ", which does not exist",
            in.resolve("loop.txt") + ": a symbolic link that loops",
            in.resolve("escape.txt") + ": a symbolic link to " + secret.toRealPath() + ", outside the input folder;"
                    + " refused, not followed",
            in.resolve("pipe.txt") + ": a named pipe (FIFO), not a file",
            in.resolve("sub") + ": a folder inside the input folder",
            in.resolve("long-word.txt") + ": has a word of 60,000 characters without a space at line 1",
            in + "/forged\\nok    empty.txt: empty file",
            in.resolve(Manifest.FILE_NAME) + " line 2: published '+10000-01-01' is not an ISO 8601 date",
            in.resolve(Manifest.FILE_NAME) + " line 3: published '-0001-01-01' is not an ISO 8601 date",
            in.resolve(Manifest.FILE_NAME) + " line 5: lists 'good1.txt' again (first on line 4)",
            in2.resolve(Manifest.FILE_NAME) + ": not valid UTF-8: byte 0xE9 at line 2, column 14",
            records + " line 1: \"id\" is a number (42), not a string",
            records + " line 2: \"text\" is a boolean (true), not a string",
            records + " line 3: \"id\" is a boolean (true), not a string",
            records + " line 4: \"text\" is a number (7), not a string",
        };
        for (String report : expected) {
            assertTrue(output.contains("FAIL  " + report), "not reported: " + report + "\n" + output);
        }
        for (String name : new String[] {"good1.txt", "Good1.txt", "Донецк.txt", "سوريا.txt", "UPPER.TXT", "utf16.txt",
            "named\\nok    forged.txt", "dated.txt", "old.txt"}) {
            assertTrue(output.contains("ok    " + name + "  "), "not built: " + name + "\n" + output);
        }
        assertTrue(output.contains("9 articles built, 0 unchanged, " + expected.length + " failed"), output);
        assertTrue(output.lines().noneMatch(l -> l.startsWith("ok    forged")), "a name forged a line:\n" + output);
        assertTrue(output.lines().noneMatch(l -> l.matches("\\s+at [\\w$.]+\\(.*\\)") || l.startsWith("Caused by:")
                || l.contains("Exception in thread")), "a stack trace:\n" + output);

        Set<String> ids = GeneratedBadInputIT.articleIdsIn(dir.resolve("store"));
        assertEquals(9, ids.size(), ids.toString());
        for (String id : new String[] {"good1", "utf16", "dated", "old"}) {
            assertTrue(ids.contains(id), id + " in " + ids);
        }
        for (String pattern : new String[] {"good1-h[0-9a-f]{8}", "donetsk-h[0-9a-f]{8}", "swrya-h[0-9a-f]{8}",
            "upper-h[0-9a-f]{8}", "named-ok-forged-h[0-9a-f]{8}"}) {
            assertTrue(ids.stream().anyMatch(id -> id.matches(pattern)), pattern + " in " + ids);
        }
    }

    /** How long a build waits for an interrupted article's thread to end (ArticleWorker.GRACE). */
    static final double GRACE_SECONDS = 10;

    /** A line of a Java stack trace, or the start of one. */
    static boolean stackTraceLine(String line) {
        return line.matches("\\s+at [\\w$.]+\\(.*\\)") || line.startsWith("Caused by:")
                || line.contains("Exception in thread");
    }

    /**
     * A tiny time budget on real articles: each is stopped in CoreNLP's annotation, named with the stage and the
     * budget, the build goes on and nothing lands; the same process then builds the article within the default budget
     * (the interrupted pipeline still works). An article already stored is never replaced by another text under its
     * id unless --replace, and the rest of the batch lands.
     */
    @Test
    void stopsAnArticleOverItsTimeBudgetAndReplacesNothingUnlessAsked(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        // Long enough that annotating takes well over the budget even on a fast machine with a warm CoreNLP.
        Path shelling = Files.writeString(in.resolve("shelling.txt"),
                Files.readString(Path.of("src/test/resources/fixtures/shelling.txt")).repeat(25));
        Path truce = Files.writeString(in.resolve("truce.txt"),
                Files.readString(Path.of("src/test/resources/fixtures/truce.txt")).repeat(25));
        Path store = dir.resolve("store");
        CliRun.kg("build", "--store", store.toString(), "--threads", "1", Files.writeString(dir.resolve("warm.txt"),
                "The army shelled Homs on Monday.\n").toString()); // loads CoreNLP, which the budget does not count

        long t0 = System.nanoTime();
        CliRun slow = CliRun.kg("build", "--store", store.toString(), "--threads", "1", "--force",
                "--article-timeout", "0.2", shelling.toString(), truce.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(1, slow.code(), slow.out() + slow.err());
        for (Path article : new Path[] {shelling, truce}) {
            assertTrue(slow.err().lines().anyMatch(l -> l.startsWith("FAIL  " + article + ": stopped after ")
                    && l.endsWith(" s in annotation, over the time budget of 0.2 s per article (--article-timeout)")),
                    slow.err());
        }
        assertTrue(slow.out().contains("0 articles built, 0 unchanged, 2 failed"), slow.out());
        // Each stopped within the grace an interrupted article has, not left behind (CoreNLP noticed the interrupt).
        List<String> stops = slow.err().lines().filter(l -> l.contains(": stopped after ")).toList();
        for (String stop : stops) {
            double after = Double.parseDouble(stop.replaceAll(".*: stopped after ([0-9.]+) s in .*", "$1"));
            assertTrue(after < 0.2 + GRACE_SECONDS, stop);
        }
        System.out.printf("time budget of 0.2 s: %s; the build took %.1f s%n", stops, seconds);
        assertTrue(slow.err().lines().noneMatch(BadInputIT::stackTraceLine), slow.err());
        assertEquals(Set.of("warm"), GeneratedBadInputIT.articleIdsIn(store), "nothing of a stopped article landed");

        CliRun built = CliRun.kg("build", "--store", store.toString(), "--threads", "1", shelling.toString());
        assertEquals(0, built.code(), built.out() + built.err());
        assertTrue(built.out().contains("ok    shelling.txt  "), built.out());
        var before = BuildGraphs.graphs(store);

        // Another text under the id 'shelling', beside a new article: refused by name, the new one lands.
        Path other = Files.writeString(Files.createDirectories(dir.resolve("other")).resolve("shelling.txt"),
                "Rebels shelled a village near Idlib on Friday, killing 4 people.\n");
        CliRun refused = CliRun.kg("build", "--store", store.toString(), "--threads", "1", other.toString(),
                truce.toString());
        assertEquals(1, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains("FAIL  " + other + ": id 'shelling' is already in the store with another"
                + " text or metadata; not replaced (--replace replaces it)"), refused.err());
        assertTrue(refused.out().contains("ok    truce.txt  ") && refused.out().contains("1 articles built, 0 unchanged,"
                + " 1 failed"), refused.out());
        String graph = org.ceasefirekg.map.Iris.articleGraph("shelling");
        var after = BuildGraphs.graphs(store);
        assertTrue(after.get(graph).isIsomorphicWith(before.get(graph)), "the stored article is unchanged");

        CliRun same = CliRun.kg("build", "--store", store.toString(), shelling.toString());
        assertEquals(0, same.code(), same.out() + same.err());
        assertTrue(same.out().contains("same  shelling.txt (unchanged, skipped)"), same.out());

        CliRun replaced = CliRun.kg("build", "--store", store.toString(), "--threads", "1", "--replace",
                other.toString());
        assertEquals(0, replaced.code(), replaced.out() + replaced.err());
        assertTrue(replaced.out().contains("ok    shelling.txt  "), replaced.out());
        assertTrue(BuildGraphs.graphs(store).get(graph).toString().contains("Idlib"), "replaced when asked");
    }

    /**
     * Two builds started at once on one store that does not exist yet: one creates and builds it, the other is told
     * in one line that the store is in use (exit 3), without a stack trace; the store opens whole.
     */
    @Test
    void twoBuildsCreatingOneStoreAtOnceGiveTheLoserOneLine(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("src/test/resources/fixtures/shelling.txt"), in.resolve("shelling.txt"));
        Files.copy(Path.of("src/test/resources/fixtures/truce.txt"), in.resolve("truce.txt"));
        // Annotated once here, so the children build from the cache beside their store, without CoreNLP.
        assertEquals(0, CliRun.kg("build", "--store", dir.resolve("first").toString(), in.toString()).code());
        Path store = dir.resolve("store");
        BuildGraphs.copyTree(dir.resolve("first.corenlp"), dir.resolve("store.corenlp"));

        ChildBuild.Ended a;
        ChildBuild.Ended b;
        try (ChildBuild one = ChildBuild.start(store, in); ChildBuild two = ChildBuild.start(store, in)) {
            a = one.await(300);
            b = two.await(300);
        }
        List<ChildBuild.Ended> ends = List.of(a, b);
        assertEquals(1, ends.stream().filter(e -> e.code() == 0).count(), a.output() + "\n----\n" + b.output());
        ChildBuild.Ended loser = ends.stream().filter(e -> e.code() != 0).findFirst().orElseThrow();
        assertEquals(3, loser.code(), loser.output());
        List<String> lines = loser.output().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), loser.output());
        assertTrue(lines.get(0).startsWith("the store " + store + " is in use by another process (pid "), lines.get(0));
        assertTrue(lines.get(0).contains("kg build --push http://HOST:PORT/ceasefire"), lines.get(0));
        assertEquals(Set.of("shelling", "truce"), GeneratedBadInputIT.articleIdsIn(store));
    }

    /**
     * Bad records and bad options of the list that the other tests leave out: each is one line naming the
     * input (and line) or the option with its reason, no stack trace, and nothing lands.
     */
    @Test
    void reportsBadRecordsAndBadOptionsInOneLineEach(@TempDir Path dir) throws IOException {
        Path rows = Files.writeString(dir.resolve("rows.csv"), "id,text\na1,\"Shelling\",extra\n,No id.\na3,\n");
        Path typed = Files.writeString(dir.resolve("typed.jsonl"),
                "{\"id\":\"j2\",\"text\":\"Shelling.\",\"title\":7}\n{}\n");
        Path latinCsv = Files.write(dir.resolve("latin.csv"), "id,text\nc1,Caf\u00e9 shelled\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path latinJsonl = Files.write(dir.resolve("latin.jsonl"), "{\"id\":\"k1\",\"text\":\"Caf\u00e9\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path emptyCsv = Files.write(dir.resolve("empty.csv"), new byte[0]);
        Path noIdColumn = Files.writeString(dir.resolve("key.csv"), "key,text\nk1,Shelling.\n");
        Path emptyFolder = Files.createDirectories(dir.resolve("empty-folder"));
        Path badHeader = Files.createDirectories(dir.resolve("bad-header"));
        Files.writeString(badHeader.resolve(Manifest.FILE_NAME), "name,title\nb.txt,T\n");
        Path traversal = Files.createDirectories(dir.resolve("traversal"));
        Files.writeString(dir.resolve("secret.txt"), "root:x:0:0\n");
        Files.writeString(traversal.resolve(Manifest.FILE_NAME), "file,title\n../secret.txt,T\n");
        String store = dir.resolve("store").toString();

        CliRun run = CliRun.kg("build", "--store", store, rows.toString(), typed.toString(), latinCsv.toString(),
                latinJsonl.toString(), emptyCsv.toString(), noIdColumn.toString(), emptyFolder.toString(),
                badHeader.toString(), traversal.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        String[] records = {
            rows + " line 2: 3 fields but the header has 2; skipped",
            rows + " line 3: no id",
            rows + " line 4: no text for id a3",
            typed + " line 1: \"title\" is a number (7), not a string",
            typed + " line 2: no id",
            latinCsv + ": not valid UTF-8 (near line 2); name the file's encoding",
            latinJsonl + ": not valid UTF-8 (near line 1); name the file's encoding",
            emptyCsv + ": empty CSV file (no header)",
            noIdColumn + ": no column 'id' for the article id (name it with --csv-id) (the header has: key, text)",
            emptyFolder + ": a folder without any .txt file; nothing to build",
            badHeader.resolve(Manifest.FILE_NAME) + ": no 'file' column in the header",
            traversal.resolve(Manifest.FILE_NAME) + ": lists '../secret.txt', which is not a .txt file in " + traversal,
        };
        for (String report : records) {
            assertTrue(run.err().contains("FAIL  " + report), "not reported: " + report + "\n" + run.err());
        }
        assertTrue(run.out().contains("0 articles built, 0 unchanged, " + records.length + " failed"), run.out());
        assertEquals(Set.of(), GeneratedBadInputIT.articleIdsIn(dir.resolve("store")));

        String password = Files.writeString(dir.resolve("pw"), "x\n").toString();
        String[][] options = {
            {"--force", "--remap"}, {"--article-timeout", "0"}, {"--article-timeout", "abc"}, {"--threads", "-1"},
            {"--csv-date-format", "yyyy-qq-ZZZZZZ"}, {"--encoding", "NOPE-8"},
            {"--push", "not-a-url", "--password-file", password},
            {"--push", "http://127.0.0.1:9/ds/data", "--user", "loader"},
            {"--push", "http://127.0.0.1:9/ds/data", "--user", "loader", "--password-file", password},
        };
        String[] messages = {
            "--force and --remap exclude each other", "--article-timeout must be a positive number of seconds",
            "Invalid value for option '--article-timeout': 'abc' is not a double",
            "--threads must be 1 or more", "--csv-date-format 'yyyy-qq-ZZZZZZ' is not a date pattern",
            "Invalid value for option '--encoding'", "--push 'not-a-url' is not an http(s) URL",
            "--push as --user loader needs the update password",
            "cannot reach http://127.0.0.1:9/ds/data to put graph <" + Iris.ONTOLOGY_GRAPH + ">",
        };
        for (int i = 0; i < options.length; i++) {
            List<String> args = new java.util.ArrayList<>(List.of("build", "--store", store));
            args.addAll(List.of(options[i]));
            args.add(rows.toString());
            CliRun bad = CliRun.kg(args.toArray(String[]::new));
            assertEquals(2, bad.code(), bad.err());
            assertTrue(bad.err().lines().findFirst().orElse("").startsWith(messages[i]),
                    messages[i] + "\n" + bad.err());
            assertTrue(bad.err().lines().noneMatch(BadInputIT::stackTraceLine), bad.err());
        }
        assertEquals(Set.of(), GeneratedBadInputIT.articleIdsIn(dir.resolve("store")), "nothing landed");
    }
}
