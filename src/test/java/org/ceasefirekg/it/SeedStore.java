package org.ceasefirekg.it;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.pipeline.BuildConfig;
import org.ceasefirekg.pipeline.BuildRun;
import org.ceasefirekg.store.KgStore;

/**
 * The seeds built once per test JVM into a real TDB2 store on disk with real CoreNLP models, shared by the
 * integration tests (CoreNLP loads once per process).
 */
final class SeedStore {
    private static SeedStore instance;

    final Path dir;
    final KgStore store;
    final int exitCode;
    final String out;
    final String err;

    private SeedStore(Path dir, KgStore store, int exitCode, String out, String err) {
        this.dir = dir;
        this.store = store;
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    /** Returns the shared store, building it on first use. */
    static synchronized SeedStore get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("seed-store");
                instance = build(dir.resolve("store"), List.of(Main.projectPaths().seeds()), false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Builds inputs into a store at dir, capturing the build's output; force re-maps every article. */
    static SeedStore build(Path dir, List<Path> inputs, boolean force) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        KgStore store = KgStore.open(dir);
        BuildConfig config = BuildConfig.builder(Main.projectPaths().ontology()).remap(force).build();
        int code = BuildRun.run(store, inputs, config, new PrintWriter(out), new PrintWriter(err)).exitCode();
        return new SeedStore(dir, store, code, out.toString(), err.toString());
    }

    /** Runs a SELECT on the union graph; each row maps variable names to lexical forms. */
    List<Map<String, String>> select(String sparql) {
        List<Map<String, String>> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).query(sparql).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new HashMap<>();
                    s.varNames().forEachRemaining(v -> {
                        var n = s.get(v);
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    rows.add(row);
                }
            }
        });
        return rows;
    }

    /** Runs a named query from queries/. */
    List<Map<String, String>> named(String name) {
        try {
            return select(Files.readString(Main.projectPaths().queries().resolve(name + ".rq")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
