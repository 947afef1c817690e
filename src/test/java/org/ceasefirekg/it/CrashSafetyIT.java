package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.extract.AnnotationCache;
import org.ceasefirekg.ingest.Manifest;
import org.ceasefirekg.map.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's crash safety: the real build, in a child JVM, is SIGKILLed at random moments, into fresh stores, over a
 * store killed before, and during {@code --remap}. After every kill the store opens and every article graph in it is
 * whole (exactly the uninterrupted build's graph, or absent); a build run to the end over the killed store then gives
 * what the uninterrupted build gave. {@code -Dcrash.seed=N} repeats a run's kill moments.
 */
class CrashSafetyIT {
    static final int COPIES_OF_EACH_SEED = 10;
    static final int FRESH_KILLS = 4;
    static final int KILLS_OVER_A_KILLED_STORE = 3;
    static final int ENOUGH_KILLS = 10;
    /** Generous for a child build that takes about 10 s: the machine may be busy with other builds. */
    static final double CHILD_TIMEOUT_SECONDS = 180;

    @TempDir
    Path tmp;

    private final long seed = Long.getLong("crash.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private Path input;
    private StoreAudit reference;
    private int kills;
    /** Seconds a whole build takes, and from its first article to its end: the fastest seen, as the load varies. */
    private double duration;
    private double writing;
    private int killsDuringCreation;

    @Test
    void killedBuildsLeaveWholeArticlesAndARunToTheEndMatchesAnUninterruptedBuild() throws Exception {
        long t0 = System.nanoTime();
        input = articles(tmp.resolve("articles.jsonl"));
        SeedStore.get();
        log("seed annotations ready after %.1f s", (System.nanoTime() - t0) / 1e9);

        Path referenceStore = store("reference");
        double firstArticle;
        ChildBuild.Ended ran;
        try (ChildBuild uninterrupted = ChildBuild.start(referenceStore, input)) {
            firstArticle = uninterrupted.awaitFirstArticle(CHILD_TIMEOUT_SECONDS);
            ran = uninterrupted.await(CHILD_TIMEOUT_SECONDS);
        }
        assertEquals(0, ran.code(), ran.output());
        int articles = 3 * COPIES_OF_EACH_SEED;
        assertTrue(ran.output().contains(articles + " articles built, 0 unchanged, 0 failed"), ran.output());
        assertTrue(ran.output().contains("0 annotated by CoreNLP"), "the children map from the cache: " + ran.output());
        reference = StoreAudit.of(referenceStore);
        assertEquals(articles, reference.articles());
        duration = ran.seconds();
        writing = ran.seconds() - firstArticle;
        log("uninterrupted build: %.1f s, the first article after %.1f s (seed %d)", ran.seconds(), firstArticle, seed);

        // Any moment of the run: starting, creating the store (the staging rename), loading, writing. Stratified,
        // so some kills land early and some late in every run.
        Map<Path, Integer> partlyWritten = new LinkedHashMap<>();
        for (int attempt = 0; kills < FRESH_KILLS && attempt < 3 * FRESH_KILLS; attempt++) {
            // Within 0.9 of the fastest whole build seen: the last stratum's kill then does not race the build's end.
            double delay = 0.9 * duration * (kills + random.nextDouble()) / FRESH_KILLS;
            Path store = store("fresh-" + attempt);
            int present = killAt(store, delay, Run.FRESH);
            if (present >= 0 && present < articles) {
                partlyWritten.put(store, present);
            }
        }
        assertEquals(FRESH_KILLS, kills, "builds into fresh stores killed before they ended");

        // The build skips the articles already written and writes the rest: kill it within that shorter run. A build
        // that ends before its kill has filled its store, so the next attempt takes another partly written one.
        Path killed = null;
        int overKilled = 0;
        for (int attempt = 0; overKilled < KILLS_OVER_A_KILLED_STORE && attempt < 3 * KILLS_OVER_A_KILLED_STORE
                && !partlyWritten.isEmpty(); attempt++) {
            Path store = partlyWritten.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
            double left = writing * (articles - partlyWritten.get(store)) / articles;
            int present = killAt(store, 0.8 * random.nextDouble() * left, Run.OVER_A_KILLED_STORE);
            if (present >= 0) {
                overKilled++;
                killed = store;
            }
            if (present >= 0 && present < articles) {
                partlyWritten.put(store, present);
            } else {
                partlyWritten.remove(store);
            }
        }
        assertTrue(overKilled > 0, "a build over a killed store was killed");

        for (int attempt = 0; kills < ENOUGH_KILLS && attempt < 2 * ENOUGH_KILLS; attempt++) {
            killAt(killed, random.nextDouble() * writing, Run.REMAP);
        }
        assertTrue(kills >= ENOUGH_KILLS, kills + " kills");

        ChildBuild.Ended rerun;
        try (ChildBuild build = ChildBuild.start(killed, input)) {
            rerun = build.await(CHILD_TIMEOUT_SECONDS);
        }
        assertEquals(0, rerun.code(), rerun.output());
        assertTrue(rerun.output().contains("0 annotated by CoreNLP"), rerun.output());
        StoreAudit after = StoreAudit.of(killed);
        String differences = after.missingGraphs(reference) + after.partialGraphs(reference);
        if (!differences.isEmpty()) {
            fail("the build run to the end over the killed store differs from the uninterrupted one:\n" + differences);
        }
        assertEquals(List.of(), after.brokenBuildRecords(reference));
        log("%d kills (%d over a killed store, %d while creating the store), whole test %.1f s", kills, overKilled,
                killsDuringCreation, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The builds that get killed.
     *
     * @param label              for the log
     * @param afterFirstArticle  whether the kill's delay counts from the first article the build reports, rather
     *                           than from its start
     * @param options            of {@code kg build}
     */
    enum Run {
        FRESH("fresh store", false),
        OVER_A_KILLED_STORE("over a killed store", true),
        REMAP("--remap", true, "--remap");

        final String label;
        final boolean afterFirstArticle;
        final String[] options;

        Run(String label, boolean afterFirstArticle, String... options) {
            this.label = label;
            this.afterFirstArticle = afterFirstArticle;
            this.options = options;
        }
    }

    /**
     * Starts a build into store, SIGKILLs it delay seconds after its start (or after its first article) and audits
     * the store; returns how many article graphs it holds, or -1 when the build ended before the kill (not counted).
     */
    private int killAt(Path store, double delay, Run run) throws Exception {
        double from = 0;
        ChildBuild.Ended ended;
        try (ChildBuild build = ChildBuild.start(store, input, run.options)) {
            if (run.afterFirstArticle) {
                from = build.awaitFirstArticle(CHILD_TIMEOUT_SECONDS);
                if (from < 0) {
                    fail("the build reported no article: " + build.await(CHILD_TIMEOUT_SECONDS).output());
                }
            }
            build.sleepUntil(from + delay);
            ended = build.kill();
        }
        if (ended.code() == 0) {
            // Both runs write every article: the next kill then aims within the time this faster run took.
            duration = run == Run.FRESH ? Math.min(duration, ended.seconds()) : duration;
            writing = run == Run.REMAP ? Math.min(writing, ended.seconds() - from) : writing;
            log("%-20s ended by itself after %.1f s, before the kill at %.1f s", run.label, ended.seconds(), from + delay);
            return -1;
        }
        assertEquals(ChildBuild.KILLED, ended.code(), ended.output());
        kills++;
        long audited = System.nanoTime();
        boolean creating = hasStaging(store);
        killsDuringCreation += creating ? 1 : 0;
        StoreAudit audit = StoreAudit.of(store);
        String partial = audit.partialGraphs(reference);
        if (!partial.isEmpty()) {
            fail("after kill " + kills + " (" + run.label + ", seed " + seed + "):\n" + partial);
        }
        assertEquals(List.of(), audit.brokenBuildRecords(reference), "after kill " + kills);
        // The ontology graph goes in before any article, so what a killed build left already answers queries.
        assertTrue(audit.articles() == 0 || audit.graphs.containsKey(Iris.ONTOLOGY_GRAPH),
                "after kill " + kills + ": articles without the ontology graph");
        assertFalse(hasStaging(store), "opening cleared what the killed creation left");
        log("kill %2d %-20s after %4.1f s: %2d articles whole (audit %.1f s)%s", kills, run.label, ended.seconds(),
                audit.articles(), (System.nanoTime() - audited) / 1e9, creating ? ", killed while creating the store" : "");
        return audit.articles();
    }

    private Path store(String name) throws IOException {
        Path store = tmp.resolve(name);
        // The seeds' annotations (the shared seed build made them): the children then need no CoreNLP, and their
        // time goes to mapping and writing, where a kill can do harm.
        BuildGraphs.copyTree(AnnotationCache.besideStore(SeedStore.get().dir), AnnotationCache.besideStore(store));
        return store;
    }

    /** Copies of the seeds as JSON lines, each with its own id, text and metadata as the seed manifest gives them. */
    static Path articles(Path file) throws IOException {
        Path seeds = Main.projectPaths().seeds();
        Map<String, Manifest.Entry> manifest = Manifest.read(seeds.resolve(Manifest.FILE_NAME)).entries();
        ObjectMapper json = new ObjectMapper();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int copy = 0; copy < COPIES_OF_EACH_SEED; copy++) {
                for (Map.Entry<String, Manifest.Entry> seed : new TreeMap<>(manifest).entrySet()) {
                    Manifest.Entry meta = seed.getValue();
                    ObjectNode article = json.createObjectNode()
                            .put("id", String.format(Locale.ROOT, "copy%02d-%s", copy, seed.getKey().replace(".txt", "")))
                            .put("text", Files.readString(seeds.resolve(seed.getKey())))
                            .put("title", meta.title())
                            .put("publisher", meta.publisher())
                            .put("published", meta.published())
                            .put("url", meta.url());
                    out.write(json.writeValueAsString(article) + "\n");
                }
            }
        }
        return file;
    }

    private static boolean hasStaging(Path store) throws IOException {
        if (!Files.isDirectory(store)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(store)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith(".new-"));
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "CrashSafetyIT: " + format + "%n", args);
    }
}
