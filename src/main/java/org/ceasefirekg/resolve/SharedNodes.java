package org.ceasefirekg.resolve;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.store.KgStore;

/**
 * One copy of what the articles say of the nodes they share. Every article that names an actor or a place repeats
 * its type, label and links in its own graph, so a lookup of one shared node in the union of the graphs reads one
 * quad per article naming it (Syria's label: about 700 at 804 articles): a query that looks up labels per row grows
 * with the square of the corpus. After a build, every triple of every graph whose subject is an actor or a place is
 * written once into a graph of its own, which each run replaces whole (in one write transaction, through the store's
 * write path, so a push sends it too): an article replaced or left without a node leaves it right. Queries read
 * shared nodes' labels and types there ({@code GRAPH <.../graph/shared_nodes> { ?place rdfs:label ?l }}); the
 * union holds the same triples, so the answer is the same.
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
        long[] written = {0};
        // replaceGraph empties the graph first, in the same transaction, so the scan below never reads it.
        store.replaceGraph(graph, sink -> {
            Set<Triple> triples = read(store.dataset(), graph);
            triples.forEach(sink::triple);
            written[0] = triples.size();
        });
        return written[0];
    }

    /** Returns every distinct triple of the named graphs but skip whose subject is a shared node. */
    static Set<Triple> read(DatasetGraph ds, Node skip) {
        Set<Triple> triples = new LinkedHashSet<>();
        ds.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (isShared(q.getSubject()) && !q.getGraph().equals(skip)) {
                triples.add(q.asTriple());
            }
        });
        return triples;
    }

    /** Returns true for an actor or a place: nodes that any number of articles name with the same IRI. */
    public static boolean isShared(Node node) {
        return node.isURI() && (node.getURI().startsWith(Vocab.ACTOR) || node.getURI().startsWith(Vocab.PLACE));
    }

}
