package org.ceasefirekg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.FmtUtils;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event resolution on a real TDB2 store built from hand-written article graphs (resolve/articles.trig). */
class EventResolutionTest {
    static final Path EXPECTED = Path.of("src/test/resources/resolve/expected-resolution.trig");

    @TempDir
    Path dir;

    @Test
    void threeReportsOfOneAirstrikeBecomeOneEventAndTheDistractorsStayApart() throws IOException {
        try (KgStore store = FixtureStore.open(dir.resolve("store"))) {
            EventResolution.Summary summary = EventResolution.run(store);
            assertEquals(7, summary.incidents(), "incident nodes read from the article graphs");
            assertEquals(1, summary.events());
            assertEquals(3, summary.linked());
            assertSameGraph(expected(), FixtureStore.copy(store, EventResolution.GRAPH));
        }
    }

    @Test
    void aSecondRunReplacesTheGraphWithTheSameOneAndTouchesNoArticle() throws IOException {
        try (KgStore store = FixtureStore.open(dir.resolve("store"))) {
            long before = store.quadCount();
            EventResolution.run(store);
            Graph first = FixtureStore.copy(store, EventResolution.GRAPH);
            long afterFirst = store.quadCount();
            EventResolution.run(store);
            assertSameGraph(first, FixtureStore.copy(store, EventResolution.GRAPH));
            assertEquals(afterFirst, store.quadCount(), "the graph is replaced, not added to");
            assertEquals(before + first.size(), afterFirst, "only the resolution graph is written");
        }
        try (KgStore other = FixtureStore.open(dir.resolve("other"))) {
            EventResolution.run(other);
            assertSameGraph(expected(), FixtureStore.copy(other, EventResolution.GRAPH));
        }
    }

    private static Graph expected() {
        return RDFDataMgr.loadDatasetGraph(EXPECTED.toString())
                .getGraph(NodeFactory.createURI(EventResolution.GRAPH));
    }

    /** Isomorphism, with the triples missing from actual and those it has too many listed when it fails. */
    static void assertSameGraph(Graph expected, Graph actual) {
        String missing = diff(expected, actual);
        String unexpected = diff(actual, expected);
        assertTrue(expected.isIsomorphicWith(actual),
                "resolution graph differs from the golden one\nmissing:\n" + missing + "\nunexpected:\n" + unexpected);
    }

    private static String diff(Graph a, Graph b) {
        List<Triple> only = a.find().filterDrop(b::contains).toList();
        return only.stream().map(t -> "  " + str(t.getSubject()) + " " + str(t.getPredicate()) + " "
                + str(t.getObject())).sorted().collect(Collectors.joining("\n"));
    }

    private static String str(Node n) {
        return FmtUtils.stringForNode(n);
    }
}
