package org.ceasefirekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KgStoreTest {

    static final String EX = "http://example.org/";
    static final Node G1 = uri("g1");
    static final Node G2 = uri("g2");

    @TempDir
    Path dir;

    static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    static void twoTriples(StreamRDF out) {
        out.triple(Triple.create(uri("a"), uri("p"), NodeFactory.createLiteralString("one")));
        out.triple(Triple.create(uri("b"), uri("p"), NodeFactory.createLiteralString("two")));
    }

    @Test
    void replacingAGraphTwiceKeepsOneCopy() {
        try (KgStore store = KgStore.open(dir)) {
            assertTrue(store.isEmpty());
            store.replaceGraph(G1, KgStoreTest::twoTriples);
            store.replaceGraph(G1, KgStoreTest::twoTriples);
            assertEquals(2, store.graphSize(G1));
            assertEquals(2, store.quadCount());
            store.replaceGraph(G1, out -> out.triple(Triple.create(uri("c"), uri("p"), uri("d"))));
            assertEquals(1, store.graphSize(G1));
        }
    }

    @Test
    void anArticleGraphGetsTheCfSuperclassesOfItsTypes() {
        String cf = "https://w3id.org/ceasefire-kg/ontology#";
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        Node subClassOf = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#subClassOf");
        Node casualty = NodeFactory.createURI(cf + "CasualtyClaim");
        Node claim = NodeFactory.createURI(cf + "Claim");
        Node schemaClaim = NodeFactory.createURI("https://schema.org/Claim");
        try (KgStore store = KgStore.open(dir)) {
            store.replaceGraph(G2, out -> {
                out.triple(Triple.create(casualty, subClassOf, claim));
                out.triple(Triple.create(claim, subClassOf, schemaClaim));
            });
            store.replaceGraph(G1, out -> out.triple(Triple.create(uri("c1"), type, casualty)));
            assertEquals(2, store.graphSize(G1), "cf:Claim is added, schema:Claim (outside cf:) is not");
            assertTrue(org.apache.jena.system.Txn.calculateRead(store.dataset(),
                    () -> store.dataset().contains(G1, uri("c1"), type, claim)));
            store.replaceGraph(G1, out -> out.triple(Triple.create(uri("c1"), type, casualty)));
            assertEquals(2, store.graphSize(G1), "a replaced graph gets them again, once");
        }
    }

    @Test
    void anUnchangedGraphIsNotWrittenAgainAndAChangedOneIs() {
        String cf = "https://w3id.org/ceasefire-kg/ontology#";
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        Node subClassOf = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#subClassOf");
        Graph ontology = GraphFactory.createDefaultGraph();
        ontology.add(Triple.create(NodeFactory.createURI(cf + "CasualtyClaim"), subClassOf,
                NodeFactory.createURI(cf + "Claim")));
        ontology.add(Triple.create(uri("c1"), type, NodeFactory.createURI(cf + "CasualtyClaim")));
        try (KgStore store = KgStore.open(dir)) {
            assertTrue(store.replaceGraphIfChanged(G1, ontology), "an empty graph is written");
            assertEquals(3, store.graphSize(G1), "with the superclass type of c1");
            assertFalse(store.replaceGraphIfChanged(G1, ontology), "the same content, superclass types included");
            assertEquals(3, store.graphSize(G1));
            ontology.add(Triple.create(uri("c2"), type, NodeFactory.createURI(cf + "CasualtyClaim")));
            assertTrue(store.replaceGraphIfChanged(G1, ontology), "one triple more is written");
            assertEquals(5, store.graphSize(G1));
            Graph smaller = GraphFactory.createDefaultGraph();
            smaller.add(Triple.create(uri("c1"), type, NodeFactory.createURI(cf + "CasualtyClaim")));
            assertTrue(store.replaceGraphIfChanged(G1, smaller), "a graph losing its hierarchy is written");
            assertEquals(1, store.graphSize(G1), "c1 keeps no superclass type without the hierarchy");
        }
    }

    @Test
    void anOntologyKnownToBeStoredIsWrittenAgainOnceAnotherWriteReplacedIt() {
        Graph ontology = GraphFactory.createDefaultGraph();
        ontology.add(Triple.create(uri("a"), uri("p"), uri("b")));
        try (KgStore store = KgStore.open(dir)) {
            assertTrue(store.replaceGraphIfChanged(G1, ontology));
            assertFalse(store.replaceGraphIfChanged(G1, ontology), "the same object, unchanged");
            store.replaceGraph(G1, KgStoreTest::twoTriples);
            assertTrue(store.replaceGraphIfChanged(G1, ontology), "the store no longer holds it");
            assertEquals(1, store.graphSize(G1));
        }
    }

    @Test
    void syncingAGraphLeavesExactlyTheDerivedTriplesAndTellsTheWrite() {
        List<Node> told = new java.util.ArrayList<>();
        try (KgStore store = KgStore.open(dir, told::add)) {
            store.replaceGraph(G2, KgStoreTest::twoTriples);
            store.replaceGraph(G1, out -> {
                out.triple(Triple.create(uri("a"), uri("p"), NodeFactory.createLiteralString("one")));
                out.triple(Triple.create(uri("stale"), uri("p"), uri("x")));
            });
            // derived from G2: a copy of its triples, read before G1 changes
            long derived = store.syncGraph(G1, ds -> ds.getGraph(G2).find().toList());
            assertEquals(2, derived);
            assertEquals(Set.copyOf(store.copyOf(G2).find().toList()), Set.copyOf(store.copyOf(G1).find().toList()));
            assertEquals(List.of(G2, G1, G1), told, "a push learns of the synced graph too");
        }
    }

    @Test
    void triplesAndQuadsAllLandInTheNamedGraph() {
        try (KgStore store = KgStore.open(dir)) {
            store.addToGraph(G1, out -> {
                out.triple(Triple.create(uri("a"), uri("p"), uri("b")));
                out.quad(org.apache.jena.sparql.core.Quad.create(G2, uri("c"), uri("p"), uri("d")));
            });
            store.addToGraph(G1, out -> out.triple(Triple.create(uri("e"), uri("p"), uri("f"))));
            assertEquals(Set.of(G1), store.graphNames());
            assertEquals(3, store.graphSize(G1));
        }
    }

    @Test
    void queriesWithoutGraphSeeTheUnionOfNamedGraphs() {
        try (KgStore store = KgStore.open(dir)) {
            store.replaceGraph(G1, out -> out.triple(Triple.create(uri("a"), uri("p"), uri("x"))));
            store.replaceGraph(G2, out -> out.triple(Triple.create(uri("b"), uri("p"), uri("y"))));
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            QueryRunner.select(store.dataset(), "SELECT ?s WHERE { ?s <" + EX + "p> ?o } ORDER BY ?s",
                    QueryRunner.Format.CSV, csv);
            assertEquals("s\r\n" + EX + "a\r\n" + EX + "b\r\n", csv.toString(StandardCharsets.UTF_8));
            assertEquals(Set.of(G1, G2), store.graphNames());
        }
    }

    @Test
    void aFailingWriterLeavesThePreviousGraphWhole() {
        try (KgStore store = KgStore.open(dir)) {
            store.replaceGraph(G1, KgStoreTest::twoTriples);
            assertThrows(IllegalStateException.class, () -> store.replaceGraph(G1, out -> {
                out.triple(Triple.create(uri("new"), uri("p"), uri("x")));
                throw new IllegalStateException("extraction failed half-way");
            }));
            assertEquals(2, store.graphSize(G1));
            assertEquals(Optional.of("one"), store.literalValue(G1, uri("a"), uri("p")));
            assertEquals(Optional.empty(), store.literalValue(G1, uri("new"), uri("p")));
            assertThrows(IllegalStateException.class, () -> store.addToGraph(G2, out -> {
                out.triple(Triple.create(uri("new"), uri("p"), uri("x")));
                throw new IllegalStateException("boom");
            }));
            assertEquals(0, store.graphSize(G2));
        }
    }

    @Test
    void reopeningAfterCloseSeesTheData() {
        KgStore first = KgStore.open(dir);
        first.replaceGraph(G1, KgStoreTest::twoTriples);
        first.close();
        first.close();
        try (KgStore again = KgStore.open(dir)) {
            assertFalse(again.isEmpty());
            assertEquals(2, again.quadCount());
            assertEquals(Optional.of("two"), again.literalValue(G1, uri("b"), uri("p")));
            ByteArrayOutputStream nquads = new ByteArrayOutputStream();
            again.write(nquads, Lang.NQUADS);
            assertEquals(2, nquads.toString(StandardCharsets.UTF_8).lines().count());
        }
    }

    @Test
    void closingOneOfTwoHandlesToTheSameStoreLeavesTheOtherUsable() {
        KgStore first = KgStore.open(dir);
        KgStore second = KgStore.open(dir);
        first.replaceGraph(G1, KgStoreTest::twoTriples);
        second.close();
        assertEquals(2, first.quadCount(), "TDB2 shares the dataset; the last handle releases it");
        first.close();
        try (KgStore again = KgStore.open(dir)) {
            assertEquals(2, again.quadCount());
        }
    }

    @Test
    void aNewStoreAppearsInOneRenameAndLeavesNoStagingBehind() throws IOException {
        Path store = dir.resolve("absent").resolve("store");
        try (KgStore created = KgStore.open(store)) {
            created.replaceGraph(G1, KgStoreTest::twoTriples);
        }
        assertTrue(Files.isDirectory(store.resolve("Data-0001")), "the database is in place");
        assertEquals(List.of(), stagings(store));
        try (KgStore again = KgStore.open(store)) {
            assertEquals(2, again.quadCount(), "an existing database is opened, not replaced");
        }
    }

    @Test
    void openRemovesWhatAProcessKilledWhileCreatingTheStoreLeft() throws IOException {
        Path store = dir.resolve("store");
        // pid_max is at most 2^22 on Linux, so no process has this id: its creator is dead.
        Path leftover = Files.createDirectories(store.resolve(".new-99999999").resolve("Data-0001"));
        Files.writeString(leftover.resolve("nodes.dat"), "half written");
        try (KgStore opened = KgStore.open(store)) {
            opened.replaceGraph(G1, KgStoreTest::twoTriples);
            assertEquals(2, opened.graphSize(G1));
        }
        assertEquals(List.of(), stagings(store));
    }

    @Test
    void openLeavesTheStagingOfALiveProcessAlone() throws IOException {
        Path store = dir.resolve("store");
        long livePid = ProcessHandle.current().parent().orElseThrow().pid();
        Path creating = Files.createDirectories(store.resolve(".new-" + livePid));
        try (KgStore opened = KgStore.open(store)) {
            assertTrue(opened.isEmpty());
        }
        assertEquals(List.of(creating), stagings(store), "it may still be creating the store");
    }

    private static List<Path> stagings(Path store) throws IOException {
        try (Stream<Path> entries = Files.list(store)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".new-")).toList();
        }
    }
}
