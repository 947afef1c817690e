package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.serve.KgServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path with real parts: CoreNLP models, a TDB2 store on disk, Fuseki over HTTP on loopback. */
class SeedPipelineIT {

    @Test
    void buildsEverySeedIntoItsOwnNamedGraph() {
        SeedStore seeds = SeedStore.get();
        assertEquals(0, seeds.exitCode, seeds.err);
        assertTrue(seeds.out.contains("3 articles built"), seeds.out);
        var graphs = seeds.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a <https://w3id.org/ceasefire-kg/ontology#Article> } }");
        assertEquals(3, graphs.size());
    }

    @Test
    void namesTheSeedsActors() {
        Set<String> labels = new TreeSet<>();
        SeedStore.get().named("actors").forEach(r -> labels.add(r.get("label")));
        for (String actor : List.of("John Kerry", "Sergey Lavrov", "Russia", "United States", "Syrian Arab Army")) {
            assertTrue(labels.contains(actor), actor + " missing from " + labels);
        }
    }

    @Test
    void fusekiAnswersSparqlOverHttpOnLoopback() throws Exception {
        SeedStore seeds = SeedStore.get();
        KgServer server = KgServer.start(seeds.store.dataset(), "127.0.0.1", 0, Main.projectPaths().queries());
        try {
            HttpClient http = HttpClient.newHttpClient();
            String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT DISTINCT ?name WHERE { ?m <https://w3id.org/ceasefire-kg/ontology#denotes> ?a . ?a rdfs:label ?name }";
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(server.url() + "?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, get.statusCode(), get.body());
            JsonNode bindings = new ObjectMapper().readTree(get.body()).path("results").path("bindings");
            List<String> names = new ArrayList<>();
            bindings.forEach(b -> names.add(b.path("name").path("value").asText()));
            assertTrue(names.containsAll(List.of("John Kerry", "Sergey Lavrov", "Russia", "United States")), names.toString());

            HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(server.url()))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().startsWith("name"), csv.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void buildingTwiceGivesAnIsomorphicDatasetAndReplacesRatherThanDuplicates(@TempDir Path dir) {
        SeedStore first = SeedStore.get();
        SeedStore second = SeedStore.build(dir.resolve("store"), List.of(Main.projectPaths().seeds()), false);
        assertEquals(0, second.exitCode, second.err);
        assertArticleGraphsIsomorphic(first.store.dataset(), second.store.dataset());

        String articleQuads = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <"
                + Iris.BUILDS_GRAPH + ">) }";
        String before = second.select(articleQuads).get(0).get("n");
        second.store.close();
        SeedStore again = SeedStore.build(dir.resolve("store"), List.of(Main.projectPaths().seeds()), true);
        assertEquals(0, again.exitCode, again.err);
        assertTrue(again.out.contains("3 articles built"), again.out);
        assertEquals(before, again.select(articleQuads).get(0).get("n"), "re-running replaces graphs, never duplicates");
        assertArticleGraphsIsomorphic(first.store.dataset(), again.store.dataset());
        again.store.close();

        SeedStore unchanged = SeedStore.build(dir.resolve("store"), List.of(Main.projectPaths().seeds()), false);
        assertTrue(unchanged.out.contains("0 articles built, 3 unchanged"), unchanged.out);
        unchanged.store.close();
    }

    private static void assertArticleGraphsIsomorphic(DatasetGraph a, DatasetGraph b) {
        Txn.executeRead(a, () -> Txn.executeRead(b, () -> {
            List<Node> names = new ArrayList<>();
            a.listGraphNodes().forEachRemaining(names::add);
            names.removeIf(n -> n.getURI().equals(Iris.BUILDS_GRAPH));
            Set<String> namesB = new TreeSet<>();
            b.listGraphNodes().forEachRemaining(n -> namesB.add(n.getURI()));
            namesB.remove(Iris.BUILDS_GRAPH);
            assertEquals(names.stream().map(Node::getURI).collect(java.util.stream.Collectors.toCollection(TreeSet::new)),
                    namesB);
            for (Node g : names) {
                assertTrue(a.getGraph(g).isIsomorphicWith(b.getGraph(g)), "graph " + g + " differs");
            }
        }));
    }
}
