package org.ceasefirekg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.resolve.Precomputed;
import org.ceasefirekg.resolve.SharedNodes;
import org.ceasefirekg.store.KgStore;

/**
 * Makes a store k times the size of a built one, to see how query time grows with the graph: every article graph and
 * the event-resolution graph are copied k times, each copy with its own article, claim, incident, event and graph
 * IRIs (a suffix {@code -xN}), so copies never merge into one claim or one event; the actors, places and the
 * ontology stay shared, as they would in a larger corpus about the same wars. The shared nodes' graph and the
 * precomputed rows are not copied but written again from the copies, as a build would write them.
 */
public final class GrowthStores {
    /** IRIs under these paths name things every article shares: they are not copied. */
    private static final List<String> SHARED = List.of("id/actor/", "id/place/", "id/build", "id/graph/ontology",
            "id/graph/builds", "ontology", "cameo/", "rules/");
    private static final int BATCH = 200_000;

    private GrowthStores() {
    }

    /**
     * Writes a new store at target holding copies of source's article and resolution graphs; refuses a target that
     * exists, so nothing is replaced.
     *
     * @return the number of quads written
     */
    public static long grow(Path source, Path target, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, not " + copies);
        }
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists: growth stores are written only into a new folder");
        }
        long written = 0;
        try (KgStore from = KgStore.open(source); KgStore to = KgStore.open(target)) {
            DatasetGraph in = from.dataset();
            DatasetGraph out = to.dataset();
            List<Quad> batch = new ArrayList<>(BATCH);
            in.begin(org.apache.jena.query.TxnType.READ);
            try {
                for (Iterator<Quad> it = in.find(); it.hasNext(); ) {
                    Quad q = it.next();
                    if (q.getGraph().isURI() && (q.getGraph().getURI().equals(SharedNodes.GRAPH)
                            || q.getGraph().getURI().equals(Precomputed.GRAPH))) {
                        continue;
                    }
                    boolean copied = copied(q.getGraph());
                    for (int k = 0; k < (copied ? copies : 1); k++) {
                        batch.add(k == 0 ? q : Quad.create(rename(q.getGraph(), k), rename(q.getSubject(), k),
                                q.getPredicate(), rename(q.getObject(), k)));
                        if (batch.size() == BATCH) {
                            written += flush(out, batch);
                        }
                    }
                }
            } finally {
                in.end();
            }
            written += flush(out, batch);
            written += SharedNodes.run(to);
            written += Precomputed.run(to);
        }
        return written;
    }

    private static long flush(DatasetGraph out, List<Quad> batch) {
        int n = batch.size();
        Txn.executeWrite(out, () -> batch.forEach(out::add));
        batch.clear();
        return n;
    }

    /** An article's graph or the resolution graph: what a larger corpus would have more of. */
    private static boolean copied(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(Vocab.BASE) && !shared(graph.getURI());
    }

    private static boolean shared(String iri) {
        String local = iri.substring(Vocab.BASE.length());
        return SHARED.stream().anyMatch(local::startsWith);
    }

    /** The k-th copy's name for a node of an article: its own IRI with a suffix; shared nodes and literals as they are. */
    static Node rename(Node n, int k) {
        if (k == 0 || !n.isURI() || !n.getURI().startsWith(Vocab.BASE) || shared(n.getURI())) {
            return n;
        }
        return NodeFactory.createURI(n.getURI() + "-x" + k);
    }
}
