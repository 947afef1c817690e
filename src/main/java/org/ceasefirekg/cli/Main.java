package org.ceasefirekg.cli;

import java.nio.file.Path;
import org.apache.jena.sys.JenaSystem;
import org.ceasefirekg.lexicon.LexiconException;
import org.ceasefirekg.pipeline.ProjectPaths;
import org.ceasefirekg.store.GraphStore;
import org.ceasefirekg.store.StoreInUseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kg} command: builds the ceasefire knowledge graph from news articles and serves it. */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "ceasefire-kg 0.1.0",
        description = "Builds a knowledge graph of ceasefire claims from news articles and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ValidateCommand.class,
                ExplainCommand.class, BenchCommand.class, LoadTestCommand.class, EvalCommand.class,
                ResolveCommand.class, GrowthCommand.class, PushCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Returns a command line ready to execute; tests use it with their own output writers. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((failure, command, parsed) -> {
                    if (failure instanceof StoreInUseException inUse) {
                        // Another process holds the store: the user's situation, one line, no stack trace.
                        command.getErr().println(inUse.getMessage());
                        command.getErr().flush();
                        return StoreInUseException.EXIT_CODE;
                    }
                    if (failure instanceof LexiconException bad) {
                        // A curator's rule or gazetteer entry the pipeline cannot read: which one and why.
                        command.getErr().println("ontology: " + bad.getMessage());
                        command.getErr().flush();
                        return 2;
                    }
                    if (failure instanceof GraphStore.Failure refused) {
                        // Another store refused a graph or cannot be reached: the user's situation, one line.
                        command.getErr().println(refused.getMessage());
                        command.getErr().flush();
                        return 2;
                    }
                    throw failure;
                });
    }

    /**
     * Returns the paths of the running installation: under the launcher's {@code kg.home}, else the working
     * directory. The one place that reads it; the pipeline gets its folders passed in.
     */
    public static ProjectPaths projectPaths() {
        String home = System.getProperty("kg.home");
        return ProjectPaths.at(Path.of(home == null || home.isBlank() ? "." : home));
    }

    public static void main(String[] args) {
        JenaSystem.init(); // before any class touches Jena's vocabulary constants
        System.exit(commandLine().execute(args));
    }
}
