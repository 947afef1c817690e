package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.ceasefirekg.serve.GraphSizeReaders.Size;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries are served while a writer replaces whole article graphs: no client ever sees half an article, a graph
 * missing between its deletion and its new content, or old and new triples mixed.
 */
class ConcurrentReadsIT {

    static final String EX = "http://example.org/";
    static final int GRAPHS = 4;
    /** Triples per graph: big enough that writing one takes tens of milliseconds, a window readers would hit. */
    static final int TRIPLES = 1000;
    static final int CLIENTS = 4;
    /** The writer goes on for at least this long, and on (up to a minute) until both sides did enough to tell. */
    static final long WRITE_FOR_MILLIS = 8_000;
    static final int ENOUGH_WRITES = 10;
    static final int ENOUGH_ANSWERS = 20;

    @TempDir
    Path tmp;

    /** Writes graph number g as the version-th write: TRIPLES / 2 subjects, each with a value and the version. */
    static void write(KgStore store, int g, int version) {
        store.replaceGraph(iri(EX + "graph/" + g), out -> {
            for (int i = 0; i < TRIPLES / 2; i++) {
                Node subject = iri(EX + "g" + g + "/s" + i + "/v" + version);
                out.triple(Triple.create(subject, iri(EX + "value"), NodeFactory.createLiteralString("" + i)));
                out.triple(Triple.create(subject, iri(GraphSizeReaders.VERSION),
                        NodeFactory.createLiteralString("v" + version)));
            }
        });
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Returns what is wrong with one answer: every graph must be there, whole, from one write. */
    static String check(Map<String, Size> sizes) {
        if (sizes.size() != GRAPHS) {
            return "saw " + sizes.size() + " graphs: " + sizes;
        }
        for (var graph : sizes.entrySet()) {
            if (graph.getValue().triples() != TRIPLES || graph.getValue().versions() != 1) {
                return "saw " + graph.getKey() + " as " + graph.getValue();
            }
        }
        return null;
    }

    @Test
    void readersNeverSeeAHalfWrittenGraph() throws Exception {
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            for (int g = 0; g < GRAPHS; g++) {
                write(store, g, 0);
            }
            KgServer server = KgServer.create(store.dataset()).port(0).limits(new QueryLimits(30, 0)).start();
            try {
                GraphSizeReaders readers = GraphSizeReaders.start(server.url(), CLIENTS, ConcurrentReadsIT::check);
                int writes = 0;
                long start = System.currentTimeMillis();
                for (long ran = 0; ran < WRITE_FOR_MILLIS || ran < 60_000 && (writes < ENOUGH_WRITES
                        || readers.answers() < ENOUGH_ANSWERS); ran = System.currentTimeMillis() - start) {
                    writes++;
                    write(store, writes % GRAPHS, writes);
                }
                readers.stop();
                assertEquals(List.of(), readers.problems(), "after " + readers.answers() + " answers and " + writes
                        + " writes");
                assertTrue(writes >= ENOUGH_WRITES && readers.answers() >= ENOUGH_ANSWERS, "too little overlap to "
                        + "tell: " + writes + " writes, " + readers.answers() + " answers");
            } finally {
                server.stop();
            }
        }
    }
}
