package org.ceasefirekg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kg} command: builds the ceasefire knowledge graph from news articles and serves it. */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "ceasefire-kg 0.1.0",
        description = "Builds a knowledge graph of ceasefire claims from news articles and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ValidateCommand.class,
                ExplainCommand.class, BenchCommand.class, LoadTestCommand.class, EvalCommand.class,
                ResolveCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Returns a command line ready to execute; tests use it with their own output writers. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
