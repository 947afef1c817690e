package org.ceasefirekg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryException;
import org.ceasefirekg.pipeline.ProjectPaths;
import org.ceasefirekg.store.KgStore;
import org.ceasefirekg.store.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg query}: runs a named or file SPARQL query against the store, without a server. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query against the store (no server needed).")
public final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq",
            description = "A query name from the queries folder (without .rq), or a .rq file.")
    String query;

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store (default: data/store).")
    Path store;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "csv, tsv, json, text or xml (default: ${DEFAULT-VALUE}).")
    QueryRunner.Format format;

    @Option(names = "--queries", paramLabel = "DIR", description = "Where named queries are (default: queries/).")
    Path queries;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectPaths paths = Main.projectPaths();
        String sparql;
        try {
            sparql = QueryRunner.loadNamed(queries != null ? queries : paths.queries(), query);
            QueryRunner.parse(sparql);
        } catch (IllegalArgumentException | QueryException e) {
            err.println("query " + query + ": " + e.getMessage());
            return 2;
        }
        Path dir = store != null ? store : paths.defaultStore();
        // Opening would create an empty store: look before touching.
        if (!Files.isDirectory(dir)) {
            err.println(emptyStore(dir));
            return 1;
        }
        try (KgStore kg = KgStore.open(dir)) {
            if (kg.isEmpty()) {
                err.println(emptyStore(dir));
                return 1;
            }
            // Buffered so a query failing half-way prints no partial table.
            ByteArrayOutputStream results = new ByteArrayOutputStream();
            QueryRunner.select(kg.dataset(), sparql, format, results);
            out.print(results.toString(StandardCharsets.UTF_8));
            out.flush();
            return 0;
        } catch (QueryException e) {
            err.println("query " + query + ": " + e.getMessage());
            return 2;
        }
    }

    static String emptyStore(Path dir) {
        return "the store at " + dir + " is empty: run ./kg build first";
    }
}
