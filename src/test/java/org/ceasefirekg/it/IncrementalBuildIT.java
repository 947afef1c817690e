package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.ceasefirekg.cli.CliRun;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.pipeline.BuildConfig;
import org.ceasefirekg.pipeline.BuildRun;
import org.ceasefirekg.pipeline.PipelineVersion;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds through real CoreNLP: nothing is done twice. A rebuild skips, --remap re-maps from the
 * annotation cache, a changed article replaces its graph, and only new or changed text is annotated. A changed
 * ontology file changes the pipeline version, so the article is re-mapped (from the cache) instead of kept.
 */
class IncrementalBuildIT {

    static final String A1 = "{\"id\": \"a1\", \"published\": \"2016-09-12\", \"text\": \"Government forces and rebels"
            + " agreed to a ceasefire in Homs on Monday, a UN envoy said.\"}";
    static final String A2 = "{\"id\": \"a2\", \"published\": \"2016-09-20\", \"text\": \"Warplanes struck a market in"
            + " Idlib on Tuesday, killing at least 12 civilians, a local monitoring group said.\"}";
    static final String A2_CHANGED = "{\"id\": \"a2\", \"published\": \"2016-09-21\", \"text\": \"Warplanes struck a"
            + " hospital in Idlib on Wednesday, killing at least 9 people, rescue workers said.\"}";
    static final String A3 = "{\"id\": \"a3\", \"published\": \"2016-09-22\", \"text\": \"Rebels accused the army of"
            + " violating the truce 20 times since Sunday.\"}";

    @Test
    void buildsOnlyWhatChangedAndRemapsWithoutAnnotating(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("news.jsonl");
        String store = dir.resolve("store").toString();
        Files.writeString(input, A1 + "\n" + A2 + "\n");

        CliRun first = CliRun.kg("build", "--store", store, input.toString());
        assertEquals(0, first.code(), first.out() + first.err());
        assertTrue(first.out().contains("2 articles built, 0 unchanged, 0 failed"), first.out());
        assertTrue(first.out().contains("2 annotated by CoreNLP"), first.out());
        Map<String, Model> built = BuildGraphs.graphs(dir.resolve("store"));

        int loads = CoreNlpAnnotator.loads();
        CliRun again = CliRun.kg("build", "--store", store, input.toString());
        assertTrue(again.out().contains("0 articles built, 2 unchanged, 0 failed"), again.out());
        assertTrue(again.out().contains("same  a1 (unchanged, skipped)"), again.out());

        CliRun remap = CliRun.kg("build", "--store", store, "--remap", input.toString());
        assertEquals(0, remap.code(), remap.out() + remap.err());
        assertTrue(remap.out().contains("2 articles built, 0 unchanged, 0 failed"), remap.out());
        assertTrue(remap.out().contains("0 annotated by CoreNLP") && remap.out().contains("2 from the annotation cache"),
                remap.out());
        assertTrue(remap.out().contains("ok    a1  ") && remap.out().contains(", cached annotation)"), remap.out());
        assertEquals(List.of(), BuildGraphs.differences(built, BuildGraphs.graphs(dir.resolve("store"))),
                "a re-map from the cache gives the same graphs");
        assertEquals(loads, CoreNlpAnnotator.loads(), "no second pipeline");

        Files.writeString(input, A1 + "\n" + A2_CHANGED + "\n" + A3 + "\n");
        // An edited article is not replaced in silence: refused by name, while the new one lands.
        CliRun edited = CliRun.kg("build", "--store", store, input.toString());
        assertEquals(1, edited.code(), edited.out() + edited.err());
        assertTrue(edited.out().contains("1 articles built, 1 unchanged, 1 failed"), edited.out());
        assertTrue(edited.err().contains("line 2: id 'a2' is already in the store with another text or metadata;"
                + " not replaced (--replace replaces it)"), edited.err());
        CliRun changed = CliRun.kg("build", "--store", store, "--replace", input.toString());
        assertEquals(0, changed.code(), changed.out() + changed.err());
        assertTrue(changed.out().contains("1 articles built, 2 unchanged, 0 failed"), changed.out());
        assertTrue(changed.out().contains("1 annotated by CoreNLP"), changed.out());
        Map<String, Model> after = BuildGraphs.graphs(dir.resolve("store"));
        assertTrue(after.get(Iris.articleGraph("a1")).isIsomorphicWith(built.get(Iris.articleGraph("a1"))));
        String a2 = literals(after.get(Iris.articleGraph("a2")));
        assertTrue(a2.contains("hospital") && !a2.contains("market"), "the changed article's graph was replaced");
        assertTrue(after.containsKey(Iris.articleGraph("a3")));

        CliRun force = CliRun.kg("build", "--store", store, "--force", input.toString());
        assertTrue(force.out().contains("3 articles built, 0 unchanged, 0 failed"), force.out());
        assertTrue(force.out().contains("3 annotated by CoreNLP"), force.out());
        assertEquals(List.of(), BuildGraphs.differences(after, BuildGraphs.graphs(dir.resolve("store"))),
                "annotating again gives the same graphs");
        assertFalse(force.out().contains("cached annotation"), force.out());
    }

    @Test
    void anEditedOntologyFileRebuildsTheArticleFromTheCache(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("news.jsonl"), A1 + "\n");
        Path ontology = dir.resolve("home").resolve("ontology");
        Files.createDirectories(ontology.getParent());
        BuildGraphs.copyTree(Main.projectPaths().ontology(), ontology);
        BuildConfig config = BuildConfig.builder(ontology).threads(1).build();
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            StringWriter out = new StringWriter();
            assertEquals(0, build(store, input, config, out).exitCode(), out.toString());
            BuildRun.Summary again = build(store, input, config, out);
            assertEquals(1, again.unchanged(), out.toString());
            String before = version(store, "a1");

            // A curator's edit to a data file the mapping reads: the article is out of date, and re-mapped.
            Files.writeString(ontology.resolve("gazetteer.ttl"), "\n# edited\n", StandardOpenOption.APPEND);
            BuildRun.Summary edited = build(store, input, config, out);
            assertEquals(1, edited.built(), out.toString());
            assertEquals(0, edited.unchanged(), out.toString());
            assertEquals(0, edited.annotated(), "re-mapped from the annotation cache: " + out);
            assertTrue(out.toString().contains("ok    a1  ") && out.toString().contains(", cached annotation)"),
                    out.toString());
            assertNotEquals(before, version(store, "a1"), "the graph carries the new pipeline version");
            assertEquals(PipelineVersion.of(ontology), version(store, "a1"));
        }
    }

    private static BuildRun.Summary build(KgStore store, Path input, BuildConfig config, StringWriter out) {
        return BuildRun.run(store, List.of(input), config, new PrintWriter(out), new PrintWriter(out));
    }

    private static String version(KgStore store, String id) {
        return store.literalValue(NodeFactory.createURI(Iris.articleGraph(id)), NodeFactory.createURI(Iris.article(id)),
                NodeFactory.createURI(Vocab.cf("pipelineVersion"))).orElseThrow();
    }

    private static String literals(Model model) {
        StringBuilder all = new StringBuilder();
        model.listObjects().forEachRemaining(o -> {
            if (o.isLiteral()) {
                all.append(o.asLiteral().getLexicalForm()).append('\n');
            }
        });
        return all.toString();
    }
}
