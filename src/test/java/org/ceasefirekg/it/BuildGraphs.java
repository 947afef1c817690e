package org.ceasefirekg.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.store.KgStore;

/** Helpers for the bulk and incremental build tests: snapshot the store's article graphs and compare them. */
final class BuildGraphs {
    private BuildGraphs() {}

    /** Copies every named graph but the build provenance (which differs by time) out of the store, by name. */
    static Map<String, Model> graphs(Path storeDir) {
        Map<String, Model> graphs = allGraphs(storeDir);
        graphs.remove(Iris.BUILDS_GRAPH);
        return graphs;
    }

    /** Copies every named graph out of the store, by name; the store must open. */
    static Map<String, Model> allGraphs(Path storeDir) {
        Map<String, Model> graphs = new TreeMap<>();
        try (KgStore store = KgStore.open(storeDir)) {
            Txn.executeRead(store.dataset(), () -> {
                for (Node name : store.graphNames()) {
                    Model copy = ModelFactory.createDefaultModel();
                    store.dataset().getGraph(name).find().forEachRemaining(copy.getGraph()::add);
                    graphs.put(name.getURI(), copy);
                }
            });
        }
        return graphs;
    }

    /** Copies a directory tree, such as an annotation cache, to a place that does not exist yet. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    /** Returns the names of the graphs that differ (missing on one side or not isomorphic). */
    static java.util.List<String> differences(Map<String, Model> a, Map<String, Model> b) {
        java.util.Set<String> names = new java.util.TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return names.stream().filter(n -> a.get(n) == null || b.get(n) == null || !a.get(n).isIsomorphicWith(b.get(n)))
                .toList();
    }
}
