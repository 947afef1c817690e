package org.ceasefirekg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;

/**
 * The knowledge graph's TDB2 store on disk. Every write is one transaction, so a store is never half-written.
 * SPARQL queries see the union of all named graphs as their default graph.
 */
public final class KgStore implements AutoCloseable {

    static {
        // Jena first, then its vocabulary: RDF's constants touched before Jena is initialised leave nulls in the
        // TDB optimizer's tables (thousands of "broken item" errors at start-up).
        JenaSystem.init();
    }

    private static final Node RDF_TYPE = RDF.Nodes.type;

    private final Path dir;
    private final DatasetGraph dataset;
    /** Told each graph a write transaction committed, when someone asked to be. */
    private final Consumer<Node> afterWrite;
    private boolean closed;

    private KgStore(Path dir, DatasetGraph dataset, Consumer<Node> afterWrite) {
        this.dir = dir;
        this.dataset = dataset;
        this.afterWrite = afterWrite;
    }

    /**
     * Returns a store in memory that tells afterWrite each graph it has written (and committed); dir only places the
     * annotation cache beside it. For a build sent to a server: the store there is another process's.
     */
    static KgStore inMemory(Path dir, Consumer<Node> afterWrite) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new KgStore(dir, dsg, afterWrite);
    }

    /**
     * Opens the store in dir, creating the directory and an empty store if needed (whole or not at all); throws
     * {@link StoreInUseException} when another process holds it.
     */
    public static KgStore open(Path dir) {
        return open(dir, null);
    }

    /**
     * Opens the store in dir as {@link #open(Path)} does, telling afterWrite (when not null) each graph a write
     * transaction has committed: a build that pushes what it wrote learns which graphs those are.
     */
    public static KgStore open(Path dir, Consumer<Node> afterWrite) {
        DatasetGraph dsg;
        try {
            NewStore.ensure(dir);
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store in " + dir, e);
        } catch (RuntimeException e) {
            if (StoreInUseException.isLock(e)) {
                throw new StoreInUseException(dir);
            }
            throw e;
        }
        // Each article lives in its own named graph; queries without GRAPH should still see all of them.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        synchronized (OPEN) {
            OPEN.merge(dsg, 1, Integer::sum);
        }
        return new KgStore(dir, dsg, afterWrite);
    }

    /** TDB2 shares one dataset per directory in a process: count the handles, release with the last one. */
    private static final Map<DatasetGraph, Integer> OPEN = new java.util.IdentityHashMap<>();

    /** Returns the directory of the store. */
    public Path dir() {
        return dir;
    }

    /** Returns the underlying dataset; callers must use transactions. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Returns true when no named graph holds a quad. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /** Returns the number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Returns the number of triples in one named graph. */
    public long graphSize(Node graphName) {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.find(graphName, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Returns a copy in memory of one named graph, read in one transaction. */
    public Graph copyOf(Node graphName) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> dataset.find(graphName, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> copy.add(q.asTriple())));
        return copy;
    }

    /** Returns the names of all non-empty named graphs. */
    public Set<Node> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> names = new LinkedHashSet<>();
            dataset.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    /**
     * Replaces a named graph with what writer sends, in one write transaction; if writer throws, the previous
     * content stays whole.
     */
    public void replaceGraph(Node graphName, Consumer<StreamRDF> writer) {
        write(graphName, writer, true);
    }

    /**
     * Replaces a named graph with content as {@link #replaceGraph} does, unless the graph already holds what that
     * would leave (content and its superclass types, up to blank-node labels): rewriting an unchanged graph costs a
     * write transaction and a disk sync, and every build writes the ontology graph. A store that tells someone what
     * it wrote always writes. Returns true when it wrote.
     */
    public boolean replaceGraphIfChanged(Node graphName, Graph content) {
        if (afterWrite == null && knownToHold(graphName, content)) {
            return false;
        }
        if (afterWrite == null && Txn.calculateRead(dataset, () -> wouldKeep(graphName, content))) {
            remember(graphName, content);
            return false;
        }
        replaceGraph(graphName, sink -> content.find().forEachRemaining(sink::triple));
        remember(graphName, content);
        return true;
    }

    /**
     * The graphs each open dataset was last found, or made, to hold as replacing them with a given content would leave
     * them: that very object, with what it held then (a digest of its triples); forgotten when a write through any
     * handle touches the graph. Several builds in one process (bench batches, eval) hand over the same ontology graph
     * each time: comparing it with the stored one again cost a tenth of a second per build.
     */
    private static final Map<DatasetGraph, Map<Node, Known>> KNOWN = new java.util.IdentityHashMap<>();

    private record Known(Graph content, long digest) {}

    private boolean knownToHold(Node graphName, Graph content) {
        Known known;
        synchronized (KNOWN) {
            known = KNOWN.getOrDefault(dataset, Map.of()).get(graphName);
        }
        return known != null && known.content() == content && known.digest() == digest(content);
    }

    private void remember(Node graphName, Graph content) {
        Known known = new Known(content, digest(content));
        synchronized (KNOWN) {
            KNOWN.computeIfAbsent(dataset, d -> new HashMap<>()).put(graphName, known);
        }
    }

    /** A digest of a graph's triples in any order: a graph changed since it was remembered differs. */
    private static long digest(Graph content) {
        long[] sum = {content.size()};
        content.find().forEachRemaining(t -> {
            long h = t.hashCode() * 0x9E3779B97F4A7C15L;
            sum[0] += h ^ (h >>> 29);
        });
        return sum[0];
    }

    private void forget(Node graphName) {
        synchronized (KNOWN) {
            Map<Node, Known> known = KNOWN.get(dataset);
            if (known != null) {
                known.remove(graphName);
            }
        }
    }

    /** True when replacing the graph with content would leave it as it is; mirrors {@link #write}. */
    private boolean wouldKeep(Node graphName, Graph content) {
        SuperclassTypes hierarchy = hierarchyWith(graphName, content.find().toList());
        Graph expected = GraphFactory.createDefaultGraph();
        content.find().forEachRemaining(expected::add);
        if (!hierarchy.isEmpty()) {
            hierarchy.added(content.find(Node.ANY, RDF_TYPE, Node.ANY).toList()).forEach(expected::add);
        }
        Graph stored = GraphFactory.createDefaultGraph();
        dataset.find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> stored.add(q.asTriple()));
        return stored.size() == expected.size() && stored.isIsomorphicWith(expected);
    }

    /**
     * Makes a named graph hold exactly what content derives from the dataset (with its superclass types, as
     * {@link #replaceGraph} leaves it), in one write transaction, deleting and adding only the triples that differ.
     * For the graphs derived again after every build: they mostly stay the same, and deleting and re-adding thousands
     * of unchanged quads was most of their cost. content runs in the transaction before the graph changes, so it reads
     * the graph's old content if it reads that graph. Returns the number of triples content derived.
     */
    public long syncGraph(Node graphName, Function<DatasetGraph, Collection<Triple>> content) {
        long[] derived = {0};
        forget(graphName);
        Txn.executeWrite(dataset, () -> {
            Collection<Triple> wanted = content.apply(dataset);
            derived[0] = wanted.size();
            Set<Triple> expected = new HashSet<>(wanted);
            SuperclassTypes hierarchy = hierarchyWith(graphName, wanted);
            if (!hierarchy.isEmpty()) {
                expected.addAll(hierarchy.added(wanted.stream().filter(t -> RDF_TYPE.equals(t.getPredicate()))
                        .toList()));
            }
            List<Triple> stale = new ArrayList<>();
            dataset.find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!expected.remove(q.asTriple())) {
                    stale.add(q.asTriple());
                }
            });
            // what is left in expected is not stored yet
            stale.forEach(t -> dataset.delete(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
            expected.forEach(t -> dataset.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        if (afterWrite != null) {
            afterWrite.accept(graphName);
        }
        return derived[0];
    }

    /** The class hierarchy a write of content into graphName sees: every other graph's subclass triples and its own. */
    private SuperclassTypes hierarchyWith(Node graphName, Collection<Triple> content) {
        List<Triple> subclassOf = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, SuperclassTypes.SUBCLASS_OF, Node.ANY).forEachRemaining(q -> {
            if (!graphName.equals(q.getGraph())) {
                subclassOf.add(q.asTriple());
            }
        });
        content.stream().filter(t -> SuperclassTypes.SUBCLASS_OF.equals(t.getPredicate())).forEach(subclassOf::add);
        return SuperclassTypes.of(subclassOf.iterator());
    }

    /** Adds what writer sends to a named graph, in one write transaction; if writer throws, nothing is added. */
    public void addToGraph(Node graphName, Consumer<StreamRDF> writer) {
        write(graphName, writer, false);
    }

    private void write(Node graphName, Consumer<StreamRDF> writer, boolean replace) {
        forget(graphName);
        // Txn aborts on any exception and rethrows it.
        Txn.executeWrite(dataset, () -> {
            if (replace) {
                dataset.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            }
            StreamRDF sink = intoGraph(graphName, StreamRDFLib.dataset(dataset));
            sink.start();
            writer.accept(sink);
            sink.finish();
            materializeSuperclassTypes(graphName);
        });
        if (afterWrite != null) {
            afterWrite.accept(graphName);
        }
    }

    /**
     * Adds to a graph, for each of its cf: types, the cf: classes above it in the store's class hierarchy, so that
     * {@code ?x a cf:Claim} finds every claim without inference (the mapper types each thing by its most specific
     * class). Runs inside the writing transaction, after the graph's triples are in: a build loads the ontology
     * graph first, so article graphs find the hierarchy there, and the ontology graph finds its own.
     */
    private void materializeSuperclassTypes(Node graphName) {
        SuperclassTypes hierarchy = SuperclassTypes.of(Iter.map(
                dataset.find(Node.ANY, Node.ANY, SuperclassTypes.SUBCLASS_OF, Node.ANY), Quad::asTriple));
        if (hierarchy.isEmpty()) {
            return;
        }
        List<Triple> typed = Iter.toList(Iter.map(dataset.find(graphName, Node.ANY, RDF_TYPE, Node.ANY),
                Quad::asTriple));
        hierarchy.added(typed).forEach(t -> dataset.add(graphName, t.getSubject(), RDF_TYPE, t.getObject()));
    }

    /** Sends every triple and quad into one graph, whatever graph a quad names. */
    private static StreamRDF intoGraph(Node graphName, StreamRDF dest) {
        return new StreamRDFWrapper(dest) {
            @Override
            public void triple(Triple triple) {
                other.quad(Quad.create(graphName, triple));
            }

            @Override
            public void quad(Quad quad) {
                other.quad(Quad.create(graphName, quad.asTriple()));
            }
        };
    }

    /** Returns the lexical form of the first literal object of (subject, predicate) in a graph, if any. */
    public Optional<String> literalValue(Node graph, Node subject, Node predicate) {
        return Txn.calculateRead(dataset, () -> Iter.asStream(dataset.find(graph, subject, predicate, Node.ANY))
                .map(Quad::getObject)
                .filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm)
                .findFirst());
    }

    /** Writes the whole dataset in a quad syntax such as TriG or N-Quads. */
    public void write(OutputStream out, Lang lang) {
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, lang));
    }

    /** Releases the store so the directory can be opened again, here or by another process; safe to repeat. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!DatabaseMgr.isTDB2(dataset)) {
            return; // in memory: nothing to release
        }
        synchronized (OPEN) {
            int left = OPEN.merge(dataset, -1, Integer::sum);
            if (left > 0) {
                return;
            }
            OPEN.remove(dataset);
        }
        synchronized (KNOWN) {
            KNOWN.remove(dataset);
        }
        // TDB2 caches datasets per location for the whole process: expel drops the cache entry and the lock.
        TDBInternal.expel(dataset);
    }
}
