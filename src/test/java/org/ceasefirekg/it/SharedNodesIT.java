package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.ceasefirekg.cli.CliRun;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.resolve.SharedNodes;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared nodes' graph on a real build into TDB2 on disk: after a build and after a rebuild that replaces an
 * article, it holds exactly the triples the other graphs hold about actors and places, once each, and nothing about
 * a node only the replaced text named; a build with nothing to build writes it into a store that lacks it.
 */
class SharedNodesIT {
    static final String S1 = line("s1", "2016-09-12", "Syrian President Bashar al-Assad met the Russian envoy"
            + " Alexander Lavrentiev in Damascus on Monday, state media said.");
    static final String S2 = line("s2", "2016-09-13", "Rebel commander Omar Haddad said government warplanes struck"
            + " Aleppo on Tuesday, killing 12 civilians.");
    static final String S2_CHANGED = line("s2", "2016-09-14", "Rebel commander Karim Nasser said government"
            + " warplanes struck Homs on Wednesday, killing 9 civilians.");

    /** One JSON line of the build's input. */
    static String line(String id, String published, String text) {
        return "{\"id\": \"" + id + "\", \"published\": \"" + published + "\", \"text\": \"" + text + "\"}";
    }

    @Test
    void holdsWhatTheGraphsSayOfActorsAndPlacesAfterABuildAndAReplacement(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("news.jsonl"), S1 + "\n" + S2 + "\n");
        String store = dir.resolve("store").toString();
        CliRun first = CliRun.kg("build", "--store", store, input.toString());
        Map<String, Model> built = BuildGraphs.allGraphs(dir.resolve("store"));
        assertEquals(0, first.code(), first.out() + first.err());
        assertSharedGraphIsTheUnionsCopy(built);
        Set<Node> oldNodes = sharedSubjects(built.get(Iris.articleGraph("s2")).getGraph());

        Files.writeString(input, S1 + "\n" + S2_CHANGED + "\n");
        CliRun replaced = CliRun.kg("build", "--store", store, "--replace", input.toString());
        assertEquals(0, replaced.code(), replaced.out() + replaced.err());
        assertTrue(replaced.out().contains("1 articles built, 1 unchanged, 0 failed"), replaced.out());
        Map<String, Model> after = BuildGraphs.allGraphs(dir.resolve("store"));
        assertSharedGraphIsTheUnionsCopy(after);

        // The nodes only the replaced text named (its commander, its town) are gone from the shared graph.
        Set<Node> gone = new HashSet<>(oldNodes);
        after.forEach((name, model) -> {
            if (!name.equals(SharedNodes.GRAPH)) {
                gone.removeAll(sharedSubjects(model.getGraph()));
            }
        });
        assertFalse(gone.isEmpty(), "the first text names actors or places the second does not: " + oldNodes);
        Set<Node> left = new HashSet<>(gone);
        left.retainAll(sharedSubjects(after.get(SharedNodes.GRAPH).getGraph()));
        assertEquals(Set.of(), left, "nothing is left of the nodes only the replaced text named");
        assertTrue(sharedSubjects(after.get(Iris.articleGraph("s2")).getGraph()).stream()
                .allMatch(n -> !after.get(SharedNodes.GRAPH).getGraph().find(n, Node.ANY, Node.ANY).toList()
                        .isEmpty()), "the new text's actors and places are there");

        CliRun actors = CliRun.kg("query", "--store", store, "--format", "csv", "actors");
        assertEquals(0, actors.code(), actors.err());
        assertTrue(actors.out().contains("Karim Nasser") && !actors.out().contains("Omar Haddad"), actors.out());

        // A store built before the graph existed gets it from a build with nothing to build.
        try (KgStore kg = KgStore.open(dir.resolve("store"))) {
            Txn.executeWrite(kg.dataset(), () -> kg.dataset().deleteAny(NodeFactory.createURI(SharedNodes.GRAPH),
                    Node.ANY, Node.ANY, Node.ANY));
        }
        CliRun unchanged = CliRun.kg("build", "--store", store, input.toString());
        assertTrue(unchanged.out().contains("0 articles built, 2 unchanged, 0 failed"), unchanged.out());
        assertSharedGraphIsTheUnionsCopy(BuildGraphs.allGraphs(dir.resolve("store")));
    }

    /** The shared graph holds every triple about an actor or a place that another graph holds, and nothing else. */
    private static void assertSharedGraphIsTheUnionsCopy(Map<String, Model> graphs) {
        Set<Triple> expected = new HashSet<>();
        graphs.forEach((name, model) -> {
            if (!name.equals(SharedNodes.GRAPH)) {
                model.getGraph().find().forEachRemaining(t -> {
                    if (SharedNodes.isShared(t.getSubject())) {
                        expected.add(t);
                    }
                });
            }
        });
        assertTrue(graphs.containsKey(SharedNodes.GRAPH), "the build wrote the shared graph: " + graphs.keySet());
        Set<Triple> shared = new HashSet<>(graphs.get(SharedNodes.GRAPH).getGraph().find().toList());
        assertTrue(expected.size() > 10, "the articles name actors and places: " + expected.size());
        assertEquals(expected, shared);
    }

    private static Set<Node> sharedSubjects(Graph g) {
        Set<Node> subjects = new HashSet<>();
        g.find().forEachRemaining(t -> {
            if (SharedNodes.isShared(t.getSubject())) {
                subjects.add(t.getSubject());
            }
        });
        return subjects;
    }
}
