package org.ceasefirekg.resolve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.store.KgStore;
import org.ceasefirekg.store.QueryRunner;

/**
 * A TDB2 store on disk holding the ontology graph, as a build writes it, the hand-written article graphs and the
 * shared nodes' graph and precomputed rows a build writes after them.
 */
final class FixtureStore {
    static final Path ARTICLES = Path.of("src/test/resources/resolve/articles.trig");

    private FixtureStore() {}

    static KgStore open(Path dir) throws IOException {
        return open(dir, false);
    }

    /**
     * The store with the articles' quads written in reverse when reversed: TDB2 numbers each term when it first
     * writes it and reads its indexes in that order, so the store reads the same triples in another order, as a
     * build with other threads or on Spark does.
     */
    static KgStore open(Path dir, boolean reversed) throws IOException {
        KgStore store = KgStore.open(dir);
        Model ontology = Lexicon.readOntology(Path.of("ontology"));
        store.replaceGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH),
                sink -> ontology.getGraph().find().forEachRemaining(sink::triple));
        DatasetGraph articles = RDFDataMgr.loadDatasetGraph(ARTICLES.toString());
        List<Quad> quads = new ArrayList<>();
        articles.find().forEachRemaining(quads::add);
        if (reversed) {
            Collections.reverse(quads);
        }
        Txn.executeWrite(store.dataset(), () -> quads.forEach(store.dataset()::add));
        SharedNodes.run(store);
        Precomputed.run(store);
        return store;
    }

    /** What a build does after its articles: links the reports of one event, then precomputes the queries' rows. */
    static EventResolution.Summary resolve(KgStore store) {
        EventResolution.Summary summary = EventResolution.run(store);
        Precomputed.run(store);
        return summary;
    }

    /** An in-memory copy of one named graph of the store. */
    static Graph copy(KgStore store, String graphName) {
        Graph copy = GraphFactory.createDefaultGraph();
        Node name = NodeFactory.createURI(graphName);
        Txn.executeRead(store.dataset(), () -> store.dataset().getGraph(name).find().forEachRemaining(copy::add));
        return copy;
    }

    /** Runs a query of queries/ on the store; each row maps variable names to lexical forms or IRIs. */
    static List<Map<String, String>> select(KgStore store, String queryName) throws IOException {
        Query query = QueryRunner.parse(QueryRunner.loadNamed(Path.of("queries"), queryName));
        DatasetGraph ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            try (QueryExec exec = QueryExec.dataset(ds).query(query).build()) {
                RowSet rowSet = exec.select();
                List<Var> vars = rowSet.getResultVars();
                return rowSet.stream().map(b -> row(b, vars)).toList();
            }
        });
    }

    private static Map<String, String> row(Binding b, List<Var> vars) {
        Map<String, String> row = new HashMap<>();
        vars.stream().filter(b::contains).forEach(v -> row.put(v.getVarName(),
                b.get(v).isLiteral() ? b.get(v).getLiteralLexicalForm() : b.get(v).toString()));
        return row;
    }
}
