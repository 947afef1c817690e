package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ceasefirekg.cli.Main;
import org.ceasefirekg.pipeline.ProjectPaths;
import org.ceasefirekg.serve.ExternalTool;
import org.ceasefirekg.serve.KgServer;
import org.ceasefirekg.serve.QueryLimits;
import org.ceasefirekg.store.QueryRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Python client (Debian's SPARQLWrapper and rdflib, in examples/sparql_client.py) against a running server gets
 * the same rows for every named query as {@code ./kg query NAME --format csv}, and dereferences an IRI.
 */
class PythonClientIT {

    @TempDir
    Path expected;

    @Test
    void namedQueriesGiveTheRowsOfKgQueryAndIrisDereference() throws Exception {
        Path python = ExternalTool.python("python3-sparqlwrapper python3-rdflib", "SPARQLWrapper", "rdflib");
        ProjectPaths paths = Main.projectPaths();
        SeedStore seeds = SeedStore.get();
        List<String> names = QueryRunner.names(paths.queries());
        for (String name : names) {
            try (OutputStream out = new FileOutputStream(expected.resolve(name + ".csv").toFile())) {
                QueryRunner.select(seeds.store.dataset(), QueryRunner.loadNamed(paths.queries(), name),
                        QueryRunner.Format.CSV, out);
            }
        }
        KgServer server = KgServer.create(seeds.store.dataset()).port(0).queries(paths.queries())
                .limits(new QueryLimits(30, 10_000)).start();
        try {
            ExternalTool.Result run = ExternalTool.run(List.of(python.toString(),
                    paths.home().resolve("examples/sparql_client.py").toString(), "--endpoint", server.url(),
                    "--queries", paths.queries().toString(), "--expect", expected.toString()),
                    Map.of(), Duration.ofMinutes(3));
            assertEquals(0, run.exitCode(), run.output());
            assertTrue(run.output().contains(names.size() + " queries, 0 problems"), run.output());
            assertTrue(run.output().contains("rdflib turtle: ") && run.output().contains("rdflib json-ld: "),
                    run.output());
        } finally {
            server.stop();
        }
    }
}
