package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.extract.AnnotationCache;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.pipeline.BuildConfig;
import org.ceasefirekg.pipeline.BuildRun;
import org.ceasefirekg.pipeline.ProjectPaths;
import org.ceasefirekg.serve.GraphSizeReaders;
import org.ceasefirekg.serve.KgServer;
import org.ceasefirekg.serve.QueryLimits;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real build path under load: while {@code build --remap} rewrites every seed article again and again (from
 * the annotation cache, so without CoreNLP), clients querying the server always see every article graph whole.
 */
class ServeWhileBuildingIT {

    static final int CLIENTS = 3;
    static final int ENOUGH_BUILDS = 3;
    static final int ENOUGH_ANSWERS = 10;

    @TempDir
    Path tmp;

    @Test
    void readersSeeEveryArticleWholeWhileTheBuildRewritesIt() throws Exception {
        Path dir = tmp.resolve("store");
        // The seeds' annotations from the shared seed build: the rebuilds below then need no CoreNLP.
        BuildGraphs.copyTree(AnnotationCache.besideStore(SeedStore.get().dir), AnnotationCache.besideStore(dir));
        try (KgStore store = KgStore.open(dir)) {
            remap(store);
            Map<String, Long> expected = new HashMap<>();
            for (Node graph : store.graphNames()) {
                expected.put(graph.getURI(), store.graphSize(graph));
            }
            // The build log grows with every build; the article, ontology and gazetteer graphs must not change.
            expected.remove(Iris.BUILDS_GRAPH);
            assertTrue(expected.size() > 3, "the seeds and the ontology: " + expected.keySet());
            KgServer server = KgServer.create(store.dataset()).port(0).limits(new QueryLimits(30, 0)).start();
            try {
                GraphSizeReaders readers = GraphSizeReaders.start(server.url(), CLIENTS, sizes -> {
                    Map<String, Long> seen = new HashMap<>();
                    sizes.forEach((graph, size) -> seen.put(graph, size.triples()));
                    seen.remove(Iris.BUILDS_GRAPH);
                    return seen.equals(expected) ? null : "saw " + seen;
                });
                int builds = 0;
                long start = System.currentTimeMillis();
                while (builds < ENOUGH_BUILDS || readers.answers() < ENOUGH_ANSWERS
                        && System.currentTimeMillis() - start < 120_000) {
                    remap(store);
                    builds++;
                }
                readers.stop();
                assertEquals(List.of(), readers.problems(), "after " + readers.answers() + " answers and " + builds
                        + " builds");
                assertTrue(readers.answers() >= ENOUGH_ANSWERS, readers.answers() + " answers");
            } finally {
                server.stop();
            }
        }
    }

    /** Rebuilds every seed article from the annotation cache. */
    static void remap(KgStore store) {
        StringWriter out = new StringWriter();
        ProjectPaths paths = Main.projectPaths();
        BuildRun.Summary built = BuildRun.run(store, List.of(paths.seeds()),
                BuildConfig.builder(paths.ontology()).remap(true).threads(1).build(), new PrintWriter(out),
                new PrintWriter(out));
        assertEquals(0, built.exitCode(), out.toString());
        assertEquals(0, built.annotated(), "every annotation came from the cache: " + out);
        assertTrue(built.built() >= 3, out.toString());
    }
}
