package org.ceasefirekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.ceasefirekg.pipeline.BuildConfig;
import org.ceasefirekg.pipeline.BuildRun;
import org.ceasefirekg.pipeline.ProjectPaths;
import org.ceasefirekg.serve.IriSpace;
import org.ceasefirekg.serve.KgServer;
import org.ceasefirekg.serve.QueryLimits;
import org.ceasefirekg.serve.RequestLimits;
import org.ceasefirekg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg serve}: serves the store over SPARQL and as linked data, read-only unless updates are allowed with a
 * password; builds the store from the seeds first when it is empty.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the knowledge graph over SPARQL and as linked data (embedded Fuseki), read-only by "
                + "default; builds it from seeds/ first if the store is empty.")
public final class ServeCommand implements Callable<Integer> {

    /** The environment variable holding the update password when no --password-file is given. */
    public static final String PASSWORD_VARIABLE = "KG_PASSWORD";

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

    @Option(names = "--queries", paramLabel = "DIR", description = "Named queries, served at "
            + "/ceasefire/queries/NAME (default: queries/).")
    Path queries;

    @Option(names = "--base", paramLabel = "URL", description = "Base of the published IRIs: GET BASE/id/... "
            + "describes the resource https://w3id.org/ceasefire-kg/id/... (default: the server's address, "
            + "e.g. http://127.0.0.1:3030/).")
    String base;

    @Mixin
    QueryLimitOptions limitOptions;

    @Mixin
    ServerGuardOptions guardOptions;

    @Option(names = "--allow-update", description = "Also serve SPARQL Update at /ceasefire/update and Graph Store "
            + "writes at /ceasefire/data, for --user with the password (HTTP Basic).")
    boolean allowUpdate;

    @Option(names = "--update-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "With --allow-update: an update running longer is aborted, nothing written, and answered"
                    + " 503 (it holds the store's one write lock meanwhile); 0: none (default: ${DEFAULT-VALUE})")
    long updateTimeout;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "admin",
            description = "User name for updates (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the update "
            + "password; otherwise the environment variable " + PASSWORD_VARIABLE + " is used.")
    Path passwordFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Settings are checked before the store is touched: a bad one must not cost a build.
        String password = null;
        if (allowUpdate) {
            try {
                password = password(passwordFile);
            } catch (IOException e) {
                err.println("cannot read the password file " + passwordFile + ": " + e.getMessage());
                return 2;
            }
            if (password == null || password.isEmpty()) {
                err.println("--allow-update needs a password: give --password-file FILE or set " + PASSWORD_VARIABLE
                        + "; not starting");
                return 2;
            }
        }
        QueryLimits limits;
        RequestLimits requests;
        try {
            limits = limitOptions.limits();
            requests = guardOptions.requestLimits();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (updateTimeout < 0) {
            err.println("--update-timeout must be 0 (none) or a number of seconds");
            return 2;
        }
        if (base != null) {
            try {
                new IriSpace(base);
            } catch (IllegalArgumentException e) {
                err.println("--base: " + e.getMessage());
                return 2;
            }
        }
        ProjectPaths paths = Main.projectPaths();
        KgStore kg = KgStore.open(store != null ? store : paths.defaultStore());
        if (kg.isEmpty()) {
            out.println("The store at " + kg.dir() + " is empty: building it from " + paths.seeds());
            out.flush();
            if (BuildRun.run(kg, List.of(paths.seeds()), BuildConfig.builder(paths.ontology()).build(), out, err)
                    .exitCode() != 0) {
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
            KgServer.Builder builder = KgServer.create(kg.dataset()).host(host).port(port)
                    .queries(queries != null ? queries : paths.queries())
                    .ontology(paths.ontology().resolve("ceasefire.ttl"))
                    .base(base)
                    .limits(limits)
                    .requestLimits(requests)
                    .access(guardOptions.access());
            if (allowUpdate) {
                builder.allowUpdate(user, password).updateTimeout(updateTimeout);
            }
            server = builder.start();
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
        out.println("Linked data under " + server.base() + "id/ ; landing page " + server.baseUrl() + "/");
        if (allowUpdate) {
            out.println("Updates allowed for user " + user + " at " + server.baseUrl() + KgServer.DATASET + "/update");
        }
        out.println("Try: curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 10' "
                + server.url());
        out.flush();
        server.join();
        return 0;
    }

    /** The password from --password-file (its first line) or from the environment; null when neither has one. */
    static String password(Path passwordFile) throws IOException {
        if (passwordFile != null) {
            List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
            return lines.isEmpty() ? null : lines.get(0).strip();
        }
        return System.getenv(PASSWORD_VARIABLE);
    }
}
