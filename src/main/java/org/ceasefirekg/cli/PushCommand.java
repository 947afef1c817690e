package org.ceasefirekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ceasefirekg.pipeline.StorePush;
import org.ceasefirekg.store.GraphStore;
import org.ceasefirekg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kg push}: copies a local store's graphs to any SPARQL 1.1 Graph Store Protocol endpoint. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Writes every named graph of a local store (the articles, the ontology, the build records) to"
                + " a SPARQL 1.1 Graph Store Protocol endpoint, one PUT per graph: a graph there is replaced, never"
                + " added to, so pushing again is safe. See docs/push.md.",
                "Exit code: 0 when every graph landed, 1 when the endpoint refused some graphs (the rest landed),"
                        + " 2 when it cannot be used (unreachable, credentials refused, not an endpoint) or on a"
                        + " usage error."})
public final class PushCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store to push (default: data/store)")
    Path store;

    @Option(names = "--to", paramLabel = "URL", required = true, description = "The Graph Store Protocol endpoint,"
            + " e.g. http://host:3030/ds/data for Fuseki (graphs are named with ?graph=)")
    String to;

    @Option(names = "--user", paramLabel = "NAME", description = "User for HTTP Basic authentication (default:"
            + " none)")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "With --user: file whose first line is"
            + " the password (default: the environment variable " + ServeCommand.PASSWORD_VARIABLE + ")")
    Path passwordFile;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3", description = "Times a graph is sent again"
            + " after a connection failure or a 5xx answer, pausing 0.5 s, 1 s, 2 s... (default: ${DEFAULT-VALUE})")
    int retries;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = store != null ? store : Main.projectPaths().defaultStore();
        if (!Files.isDirectory(dir) || isEmptyDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "no store in " + dir + " (give --store DIR)");
        }
        String password = null;
        if (user != null) {
            password = ServeCommand.password(passwordFile);
            if (password == null || password.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--user needs a password: give --password-file"
                        + " FILE or set " + ServeCommand.PASSWORD_VARIABLE);
            }
        } else if (passwordFile != null) {
            throw new ParameterException(spec.commandLine(), "--password-file goes with --user NAME");
        }
        GraphStore target;
        try {
            target = GraphStore.at(to, user, password, retries, "--to");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        StorePush.Summary summary;
        try (KgStore kg = KgStore.open(dir)) {
            summary = StorePush.run(kg, target);
        }
        summary.refused().forEach(failure -> err.println(failure.getMessage()));
        out.println(summary.line(target.endpoint()));
        return summary.exitCode();
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
