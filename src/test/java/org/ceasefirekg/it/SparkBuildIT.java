package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.system.Txn;
import org.ceasefirekg.store.KgStore;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.ceasefirekg.cli.CliRun;
import org.ceasefirekg.map.Iris;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg build --spark local[2]} on the seeds and 40 FA-KES articles, against the thread build of the same
 * articles: the same article graphs, ontology graph and event links, one build record; shards with each article
 * once, loadable as they are; a second build skips everything; a failing article is reported by name and the job ends.
 * The annotation cache of the reference build is shared, so CoreNLP runs only on a first run.
 */
@Tag("spark")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first fills the annotation cache the second reads
class SparkBuildIT {

    @Test
    @Order(1)
    void sparkBuildIsIsomorphicWithTheThreadBuild(@TempDir Path dir) throws IOException {
        Path fakes = SparkFixtures.fakes(dir, 40);
        Path seeds = Path.of("seeds");
        CliRun reference = SparkFixtures.reference(seeds, fakes);
        List<Long> expected = SparkFixtures.summary(reference);
        assertTrue(expected.get(0) >= 40, reference.out());

        Path store = dir.resolve("spark");
        Path out = dir.resolve("shards");
        CliRun spark = SparkFixtures.build(List.of("--spark", "local[2]", "--store", store.toString(), "--out",
                out.toString(), "--annotation-cache", SparkFixtures.CACHE.toString()), seeds, fakes);
        assertEquals(0, spark.code(), spark.out() + spark.err());
        assertEquals(expected, SparkFixtures.summary(spark), spark.out());
        assertTrue(spark.out().contains("0 annotated by CoreNLP (spark local[2])"), "the cache is shared: "
                + spark.out());

        Map<String, Model> threads = BuildGraphs.graphs(SparkFixtures.REFERENCE);
        Map<String, Model> sparkGraphs = BuildGraphs.graphs(store);
        assertTrue(threads.containsKey(Iris.ONTOLOGY_GRAPH), threads.keySet().toString());
        assertEquals(List.of(), BuildGraphs.differences(threads, sparkGraphs));
        assertEquals(1, SparkFixtures.buildRecords(store), "one build record");

        // The shards hold each article once, and load as they are (N-Quads: the headers are comments); with the
        // event resolution `kg resolve` runs after a bulk load, they give the same dataset.
        Map<String, Integer> blocks = SparkFixtures.shardBlocks(out);
        assertEquals(expected.get(0), (long) blocks.size(), blocks.toString());
        assertTrue(blocks.values().stream().allMatch(c -> c == 1), blocks.toString());
        Path fromShards = dir.resolve("from-shards");
        try (KgStore kg = KgStore.open(fromShards); var files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")
                    || p.getFileName().toString().endsWith(".nq")).toList()) {
                String text = Files.readString(f);
                Txn.executeWrite(kg.dataset(), () -> RDFParser.fromString(text, Lang.NQUADS).parse(kg.dataset()));
            }
        }
        assertEquals(0, CliRun.kg("resolve", "--store", fromShards.toString()).code());
        assertEquals(List.of(), BuildGraphs.differences(threads, BuildGraphs.graphs(fromShards)));
        assertEquals(1, SparkFixtures.buildRecords(fromShards), "builds.nq holds the one build record");

        // Incremental against the shard manifest: nothing is sent to Spark again.
        CliRun again = SparkFixtures.build(List.of("--spark", "local[2]", "--out", out.toString()), seeds, fakes);
        assertEquals(0, again.code(), again.out() + again.err());
        assertEquals(List.of(0L, expected.get(0) + expected.get(1), 0L, 0L), SparkFixtures.summary(again),
                again.out());
    }

    @Test
    @Order(2)
    void aFailedArticleIsReportedByNameAndTheJobFinishes(@TempDir Path dir) throws IOException {
        Path seeds = Path.of("seeds");
        // Stopped on its executor by the time budget, in extraction, whatever the cache holds.
        CliRun run = CliRun.kg("build", "--spark", "local[2]", "--out", dir.resolve("out").toString(),
                "--annotation-cache", SparkFixtures.CACHE.toString(), "--article-timeout", "0.000001",
                seeds.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertEquals(List.of(0L, 0L, 3L, 0L), SparkFixtures.summary(run), run.out());
        for (String seed : List.of("000_6ac1d60f7de1d835.txt", "001_546c2d3884fe2084.txt", "002_bfb3611ed68e5b21.txt")) {
            assertTrue(run.err().lines().anyMatch(l -> l.startsWith("FAIL  ") && l.contains(seed)
                    && l.contains("over the time budget")), seed + " in:\n" + run.err());
        }
        assertTrue(!Files.exists(dir.resolve("out").resolve("manifest.tsv"))
                || Files.readString(dir.resolve("out").resolve("manifest.tsv")).isEmpty(), "nothing in the manifest");
    }
}
