package org.ceasefirekg.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.store.KgStore;

/**
 * The rows of the competency queries that join most per row, computed once after a build and written as triples on
 * the row's own node (a claim, an incident), so the named queries read one triple per value instead of joining and
 * aggregating on every run: at ten times the corpus, {@code casualty-claims} and {@code incidents} took 1.6 s that way,
 * all of it Jena's hash joins, expressions and grouping, growing with the rows. Each value is computed by the
 * pattern those queries had (the CONSTRUCT queries beside this class), so the answers are the same. Written into a
 * graph of its own that each run replaces whole, through the store's write path (a push sends it too), after event
 * resolution and the shared nodes' graph, which the patterns read. Every property written is new (the ontology's
 * "precomputed" ones), so no other query's answer moves.
 */
public final class Precomputed {
    /** The named graph of the precomputed triples; "_" keeps it apart from article graphs, whose names are slugs. */
    public static final String GRAPH = Vocab.ID + "graph/precomputed";
    /** The CONSTRUCT queries, run in this order; each reads article graphs, resolution and shared nodes only. */
    static final List<String> QUERIES = List.of("precomputed-files.rq", "precomputed-casualty-claims.rq",
            "precomputed-incidents.rq");

    private Precomputed() {}

    /** Replaces the precomputed graph with what the queries derive from the store now; returns the triples written. */
    public static long run(KgStore store) {
        // The queries read none of the properties they write, so the graph's old content does not change the answer.
        return store.syncGraph(NodeFactory.createURI(GRAPH), Precomputed::derive);
    }

    /** Returns true when the store holds graphs but not the precomputed one (a store built before it existed). */
    public static boolean missing(KgStore store) {
        return !store.isEmpty() && !store.graphNames().contains(NodeFactory.createURI(GRAPH));
    }

    /**
     * Returns the triples the queries derive from ds, in a transaction the caller holds; read whole before anything is
     * written (a TDB2 iterator must not see its index change under it).
     */
    static List<Triple> derive(DatasetGraph ds) {
        List<Triple> triples = new ArrayList<>();
        for (Query query : parsed()) {
            try (QueryExec exec = QueryExec.dataset(ds).query(query).build()) {
                exec.construct().find().forEachRemaining(triples::add);
            }
        }
        return triples;
    }

    /** The queries, parsed; read from the class path, where the build puts them beside this class. */
    static List<Query> parsed() {
        List<Query> queries = new ArrayList<>();
        for (String name : QUERIES) {
            try (InputStream in = Precomputed.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing from the class path: " + name);
                }
                queries.add(QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return queries;
    }
}
