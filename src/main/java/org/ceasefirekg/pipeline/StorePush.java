package org.ceasefirekg.pipeline;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.store.GraphStore;
import org.ceasefirekg.store.KgStore;

/**
 * Copies every named graph of a local store (the ontology graph, each article's graph, the event-resolution graph,
 * the build records) to a Graph Store Protocol endpoint, one PUT per graph, so a repeated push replaces rather than
 * adds. The ontology goes first and the build records last: a reader of the other store who sees a build record
 * finds the articles it built there already.
 */
public final class StorePush {
    private static final Node ONTOLOGY = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
    private static final Node BUILDS = NodeFactory.createURI(Iris.BUILDS_GRAPH);

    private StorePush() {}

    /**
     * What a push did.
     *
     * @param graphs  the graphs of the local store
     * @param pushed  the graphs the endpoint took
     * @param triples the triples in the graphs it took
     * @param retries the requests sent again after a connection failure or a 5xx answer
     * @param refused the graphs it refused, in order
     * @param stopped true when the push stopped at the last refusal, which every further graph would have met
     * @param took    the wall time of the push
     */
    public record Summary(int graphs, int pushed, long triples, int retries, List<GraphStore.Failure> refused,
            boolean stopped, Duration took) {

        /** Returns true when every graph landed. */
        public boolean complete() {
            return pushed == graphs;
        }

        /** Returns the exit code of a push: 0 when every graph landed, 2 when it stopped, 1 when some were refused. */
        public int exitCode() {
            return complete() ? 0 : stopped ? 2 : 1;
        }

        /** Returns the one-line account of the push to endpoint, as {@code kg push} ends with it. */
        public String line(URI endpoint) {
            return String.format(Locale.ROOT, "pushed %,d of %,d graphs (%,d triples) to %s in %.1f s, %d %s%s",
                    pushed, graphs, triples, endpoint, took.toMillis() / 1000.0, retries,
                    retries == 1 ? "retry" : "retries", stopped ? "; stopped there, the rest not sent"
                            : refused.isEmpty() ? "" : "; " + refused.size() + " refused");
        }
    }

    /**
     * Puts every named graph of store to target, in order; a graph the endpoint refuses is reported to onRefused and
     * the rest still sent, unless the refusal would meet every graph (unreachable, credentials, not an endpoint).
     */
    public static Summary run(KgStore store, GraphStore target) {
        return run(store, target, store.graphNames());
    }

    /** Puts these graphs of store to target as {@link #run(KgStore, GraphStore)} puts them all, in the same order. */
    public static Summary run(KgStore store, GraphStore target, Collection<Node> graphs) {
        long start = System.nanoTime();
        List<Node> order = pushOrder(graphs);
        List<GraphStore.Failure> refused = new ArrayList<>();
        int pushed = 0;
        int retries = 0;
        long triples = 0;
        boolean stopped = false;
        for (Node graphName : order) {
            Graph content = store.copyOf(graphName);
            try {
                retries += target.put(graphName, content);
                pushed++;
                triples += content.size();
            } catch (GraphStore.Failure failure) {
                retries += failure.attempts() - 1;
                refused.add(failure);
                if (failure.refusesEveryGraph()) {
                    stopped = true;
                    break;
                }
            }
        }
        return new Summary(order.size(), pushed, triples, retries, List.copyOf(refused), stopped,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The store's graphs: the ontology first, the build records last, the rest in the order of their names. */
    static List<Node> pushOrder(Collection<Node> graphs) {
        return graphs.stream().distinct().sorted(Comparator.comparing((Node g) -> !g.equals(ONTOLOGY))
                .thenComparing(g -> g.equals(BUILDS)).thenComparing((Node g) -> g.toString())).toList();
    }
}
