package org.ceasefirekg.resolve;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.store.KgStore;

/**
 * One copy of what the articles say of the nodes they share. Every article that names an actor or a place repeats
 * its type, label and links in its own graph, so a lookup of one shared node in the union of the graphs reads one
 * quad per article naming it (Syria's label: about 700 at 804 articles): a query that looks up labels per row grows
 * with the square of the corpus. After a build, every triple of every graph whose subject is an actor or a place is
 * written once into a graph of its own, which each run makes whole again (in one write transaction that deletes and
 * adds only what changed, through the store's write path, so a push sends it too): an article replaced or left without a node leaves it right. Queries read
 * shared nodes' labels and types there ({@code GRAPH <.../graph/shared_nodes> { ?place rdfs:label ?l }}); the
 * union holds the same triples, so the answer is the same. The mapper names every actor and place under
 * {@code id/actor/} or {@code id/place/} (the gazetteer's entries too), so the graph holds all of them.
 */
public final class SharedNodes {
    /** The named graph of the shared nodes; "_" keeps it apart from article graphs, whose names are slugs. */
    public static final String GRAPH = Vocab.ID + "graph/shared_nodes";

    private SharedNodes() {}

    /**
     * Replaces the shared-nodes graph with one copy of every triple the store's graphs hold about an actor or a place;
     * returns the number of triples written.
     */
    public static long run(KgStore store) {
        Node graph = NodeFactory.createURI(GRAPH);
        // The scan skips the graph itself, which it would otherwise copy into itself.
        return store.syncGraph(graph, ds -> read(ds, graph));
    }

    /** Returns true when the store holds graphs but not the shared nodes' one (a store built before it existed). */
    public static boolean missing(KgStore store) {
        return !store.isEmpty() && !store.graphNames().contains(NodeFactory.createURI(GRAPH));
    }

    /**
     * Returns every distinct triple of the named graphs but skip whose subject is a shared node. The nodes are found
     * by their types (the mapper types every actor and place it names, the gazetteer every entry): a quarter of the
     * store's quads at 1x (the whole run: 2.8 s of CPU there, against 3.6 s with a scan of every quad).
     */
    static Set<Triple> read(DatasetGraph ds, Node skip) {
        Set<Node> nodes = new LinkedHashSet<>();
        ds.findNG(Node.ANY, Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(q -> {
            if (isShared(q.getSubject())) {
                nodes.add(q.getSubject());
            }
        });
        Set<Triple> triples = new LinkedHashSet<>();
        for (Node node : nodes) {
            ds.findNG(Node.ANY, node, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.getGraph().equals(skip)) {
                    triples.add(q.asTriple());
                }
            });
        }
        return triples;
    }

    /** Returns true for an actor or a place: nodes that any number of articles name with the same IRI. */
    public static boolean isShared(Node node) {
        return node.isURI() && (node.getURI().startsWith(Vocab.ACTOR) || node.getURI().startsWith(Vocab.PLACE));
    }

}
