package org.ceasefirekg.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.resolve.EventResolution;
import org.ceasefirekg.store.GraphStore;
import org.ceasefirekg.store.KgStore;

/**
 * A build into a local store followed by a push of every graph the build wrote (the changed articles, the
 * event-resolution graph, the ontology graph when it changed, the build record) to another store's Graph Store
 * Protocol endpoint. The local store stays the record of what is current, so a second build sends only what changed;
 * {@code kg push} sends a whole store, for a first copy or after an interrupted push.
 */
public final class PushedBuild {
    private PushedBuild() {}

    /**
     * What the build and the push did.
     *
     * @param build the build into the local store
     * @param push  the push of the graphs it wrote
     */
    public record Summary(BuildRun.Summary build, StorePush.Summary push) {

        /** Returns the worse of the two exit codes: 0 when all landed in both stores. */
        public int exitCode() {
            return Math.max(build.exitCode(), push.exitCode());
        }
    }

    /**
     * Builds inputs into the store in storeDir with config, then puts each graph the build wrote to target; a graph
     * the endpoint refuses is reported to err by name, and the rest still sent. Throws {@link GraphStore.Failure},
     * before building, when the endpoint cannot be reached with these credentials.
     */
    public static Summary run(Path storeDir, GraphStore target, List<Path> inputs, BuildConfig config,
                              PrintWriter out, PrintWriter err) {
        target.checkReachable(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH));
        Set<Node> written = ConcurrentHashMap.newKeySet();
        try (KgStore store = KgStore.open(storeDir, written::add)) {
            BuildRun.Summary build = BuildRun.run(store, inputs, config, out, err);
            if (build.built() > 0) {
                // Event resolution rewrites its graph in a transaction of its own, over the whole store.
                written.add(NodeFactory.createURI(EventResolution.GRAPH));
            }
            StorePush.Summary push = StorePush.run(store, target, written);
            push.refused().forEach(failure -> err.println(failure.getMessage()));
            out.println(push.line(target.endpoint()));
            if (!push.complete()) {
                err.println("the local store " + storeDir + " has the whole build: `kg push --store " + storeDir
                        + " --to " + target.endpoint() + "` sends the rest");
            }
            return new Summary(build, push);
        }
    }
}
