package org.ceasefirekg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.store.KgStore;
import org.ceasefirekg.store.QueryRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The precomputed rows on the hand-written store: the named queries that read them give the same rows, in the same
 * order and with the same terms, as those queries did when they computed each row themselves (kept in
 * src/test/resources/resolve/before-precomputed), before and after event resolution, but for the order of each list,
 * which is now sorted; the triples are there, and are the same whatever order the store reads its triples in.
 */
class PrecomputedTest {
    static final Path BEFORE = Path.of("src/test/resources/resolve/before-precomputed");
    static final List<String> QUERIES = List.of("casualty-claims", "incidents", "provenance");
    /** The columns joined from several values by "; ": the queries before gave them in the order the store read. */
    static final Set<String> LISTS = Set.of("victims", "place", "perpetrator", "target", "intendedTarget",
            "participants", "document");

    @TempDir
    Path dir;

    @Test
    void theNamedQueriesAnswerAsTheirComputingFormsDidBeforeAndAfterResolution() throws IOException {
        try (KgStore store = FixtureStore.open(dir)) {
            assertSameAnswers(store);
            FixtureStore.resolve(store);
            assertSameAnswers(store);
            assertEquals(5, rows(store, Files.readString(Path.of("queries/incidents.rq")), Set.of()).size(),
                    "the event and the four distractors");
        }
    }

    @Test
    void eachClaimAndIncidentCarriesItsValuesInTheGraphOfItsOwn() throws IOException {
        try (KgStore store = FixtureStore.open(dir)) {
            FixtureStore.resolve(store);
            Graph g = FixtureStore.copy(store, Precomputed.GRAPH);
            Node claim = NodeFactory.createURI(Vocab.ID + "claim/c1-1");
            Node event = NodeFactory.createURI(ResolvedQueriesTest.EVENT);
            assertEquals(Set.of(event), objects(g, claim, "resolvedIncident"), "the claim's report is the event's");
            assertEquals(Set.of("2016-09-17"), lexical(g, claim, "incidentDate"), "the day the other reports give");
            assertEquals(Set.of("c1.txt"), lexical(g, claim, "sourceFile"));
            Node army = NodeFactory.createURI(Vocab.ID + "claim/a1-1");
            assertEquals(Set.of(NodeFactory.createLiteralDT("62", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)),
                    objects(g, army, "killedCount"));
            assertEquals(Set.of("Test Army"), lexical(g, army, "claimantLabel"));
            assertEquals(Set.of("Employ aerial weapons"), lexical(g, event, "typeLabel"));
            assertEquals(Set.of("2016-09-17"), lexical(g, event, "firstDate"));
            assertEquals(1, lexical(g, event, "sourceFiles").size());
            assertEquals(Set.of("a1.txt; b1.txt; c1.txt"), lexical(g, event, "sourceFiles"), "sorted");
            assertFalse(g.contains(Node.ANY, NodeFactory.createURI(CF.sameEventAs), Node.ANY),
                    "only the new properties: no other query reads this graph's triples");
        }
    }

    @Test
    void theGraphIsTheSameWhateverOrderTheStoreReadsItsTriplesIn() throws IOException {
        Graph forward;
        Graph reversed;
        try (KgStore store = FixtureStore.open(dir.resolve("forward"))) {
            FixtureStore.resolve(store);
            forward = FixtureStore.copy(store, Precomputed.GRAPH);
        }
        try (KgStore store = FixtureStore.open(dir.resolve("reversed"), true)) {
            FixtureStore.resolve(store);
            reversed = FixtureStore.copy(store, Precomputed.GRAPH);
        }
        assertFalse(forward.isEmpty());
        assertTrue(forward.isIsomorphicWith(reversed), "a build's threads or Spark must not change the rows");
    }

    @Test
    void aStoreWithoutTheGraphIsMissingIt() throws IOException {
        try (KgStore store = FixtureStore.open(dir)) {
            assertFalse(Precomputed.missing(store));
            Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(
                    NodeFactory.createURI(Precomputed.GRAPH), Node.ANY, Node.ANY, Node.ANY));
            assertTrue(Precomputed.missing(store));
        }
    }

    private static void assertSameAnswers(KgStore store) throws IOException {
        for (String name : QUERIES) {
            List<List<Node>> before = rows(store, Files.readString(BEFORE.resolve(name + ".rq")), LISTS);
            List<List<Node>> now = rows(store, Files.readString(Path.of("queries", name + ".rq")), Set.of());
            assertEquals(before, now, name);
        }
        assertFalse(rows(store, Files.readString(Path.of("queries/casualty-claims.rq")), Set.of()).isEmpty());
    }

    /**
     * Every row's terms, in the order of the query's variables (null for unbound), in the order of the answer; the
     * values of the columns named in sorted are put in order.
     */
    private static List<List<Node>> rows(KgStore store, String sparql, Set<String> sorted) {
        Query query = QueryRunner.parse(sparql);
        DatasetGraph ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            try (QueryExec exec = QueryExec.dataset(ds).query(query).build()) {
                RowSet rowSet = exec.select();
                List<Var> vars = rowSet.getResultVars();
                return rowSet.stream().map(b -> vars.stream().map(v -> sorted.contains(v.getVarName())
                        ? sortedList(b.get(v)) : b.get(v)).toList()).toList();
            }
        });
    }

    private static Node sortedList(Node list) {
        if (list == null || list.getLiteralLexicalForm().isEmpty()) {
            return list;
        }
        return NodeFactory.createLiteralString(String.join("; ",
                new TreeSet<>(List.of(list.getLiteralLexicalForm().split("; ")))));
    }

    private static Set<Node> objects(Graph g, Node subject, String property) {
        return Set.copyOf(g.find(subject, NodeFactory.createURI(Vocab.CF + property), Node.ANY)
                .mapWith(t -> t.getObject()).toList());
    }

    private static Set<String> lexical(Graph g, Node subject, String property) {
        return Set.copyOf(objects(g, subject, property).stream().map(Node::getLiteralLexicalForm).toList());
    }
}
