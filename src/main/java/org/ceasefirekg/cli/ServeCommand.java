package org.ceasefirekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ceasefirekg.serve.KgServer;
import org.ceasefirekg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg serve}: serves the store read-only over SPARQL, building it from the seeds first when empty. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the knowledge graph read-only over SPARQL (embedded Fuseki); builds it from seeds/ "
                + "first if the store is empty.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store (default: data/store).")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port, 0 for any free one "
            + "(default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind; 0.0.0.0 exposes the "
            + "server to the network (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--queries", paramLabel = "DIR", description = "Named queries, served as /NAME.rq "
            + "(default: queries/).")
    Path queries;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProjectPaths paths = ProjectPaths.current();
        KgStore kg = KgStore.open(store != null ? store : paths.defaultStore());
        if (kg.isEmpty()) {
            out.println("The store at " + kg.dir() + " is empty: building it from " + paths.seeds());
            out.flush();
            if (BuildRun.run(kg, List.of(paths.seeds()), false, out, err) != 0) {
                err.println("some seeds failed to build; serving what was built");
            }
            if (kg.isEmpty()) {
                err.println("nothing was built: not serving an empty store");
                kg.close();
                return 1;
            }
        }
        KgServer server;
        try {
            server = KgServer.start(kg.dataset(), host, port, queries != null ? queries : paths.queries());
        } catch (RuntimeException e) {
            err.println("cannot start the server on " + host + ":" + port + ": " + e.getMessage());
            kg.close();
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            kg.close();
        }, "kg-serve-shutdown"));
        out.println("Serving SPARQL at " + server.url());
        out.println("Try: curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 10' "
                + server.url());
        out.flush();
        server.join();
        return 0;
    }
}
