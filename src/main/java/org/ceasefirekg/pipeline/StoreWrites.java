package org.ceasefirekg.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.resolve.EventResolution;
import org.ceasefirekg.resolve.Precomputed;
import org.ceasefirekg.resolve.SharedNodes;
import org.ceasefirekg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a build writes into the store besides annotating, the same for the thread build and the Spark build: the
 * ontology graph first, each article's graph in a transaction of its own, then the build record, event resolution
 * and the one copy of the shared nodes, then the precomputed rows of the named queries.
 */
public final class StoreWrites {
    /**
     * The graphs {@link #finish} derives from the article graphs after every build and replaces whole: no article's
     * own, so whatever counts or compares articles leaves them out.
     */
    public static final List<String> DERIVED_GRAPHS = List.of(EventResolution.GRAPH, SharedNodes.GRAPH,
            Precomputed.GRAPH);
    private static final Logger LOG = LoggerFactory.getLogger(StoreWrites.class);

    private StoreWrites() {}

    /** Keeps the ontology, CAMEO codes and gazetteer in the store, so queries can use labels and class hierarchy. */
    public static void ontology(KgStore store, Path ontology, PrintWriter err) {
        try {
            ontology(store, Lexicon.readOntology(ontology).getGraph(), err);
        } catch (IOException | RuntimeException e) {
            err.println("cannot load the ontology into the store: " + e.getMessage());
        }
    }

    /** As {@link #ontology(KgStore, Path, PrintWriter)}, with the ontology folder already read into a graph. */
    public static void ontology(KgStore store, Graph ontology, PrintWriter err) {
        try {
            // Unchanged since the last build (the usual case): no write transaction.
            store.replaceGraphIfChanged(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), ontology);
        } catch (RuntimeException e) {
            err.println("cannot load the ontology into the store: " + e.getMessage());
        }
    }

    /** Replaces an article's graph in one transaction, so a crash never leaves half an article. */
    public static void article(KgStore store, String articleId, List<Triple> triples) {
        store.replaceGraph(NodeFactory.createURI(Iris.articleGraph(articleId)), sink -> triples.forEach(sink::triple));
    }

    /**
     * Records the build that started at started and generated the given article IRIs, then links reports of one
     * event in several articles across the whole store, rewrites the shared nodes' graph from all graphs and the
     * precomputed rows from those. When nothing was generated, only writes the graphs a store built before them
     * lacks.
     */
    public static void finish(KgStore store, Instant started, List<String> generated, String pipelineVersion) {
        if (!generated.isEmpty()) {
            Provenance.record(store, started, generated, pipelineVersion);
            long t0 = System.nanoTime();
            EventResolution.Summary resolved = EventResolution.run(store);
            long t1 = System.nanoTime();
            SharedNodes.run(store);
            long t2 = System.nanoTime();
            long rows = Precomputed.run(store);
            LOG.info("event resolution {} ms ({} events), shared nodes {} ms, precomputed rows {} ms ({} triples)",
                    (t1 - t0) / 1_000_000, resolved.events(), (t2 - t1) / 1_000_000,
                    (System.nanoTime() - t2) / 1_000_000, rows);
        } else {
            // the named queries read them: a rebuild of an older store that changes nothing still gets them
            if (SharedNodes.missing(store)) {
                SharedNodes.run(store);
            }
            if (Precomputed.missing(store)) {
                Precomputed.run(store);
            }
        }
    }
}
