package org.ceasefirekg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ceasefirekg.resolve.EventResolution;
import org.ceasefirekg.resolve.Precomputed;
import org.ceasefirekg.resolve.SharedNodes;
import org.ceasefirekg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg resolve}: links the incident nodes of a built store that report one event to one event IRI. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Resolves events across articles: incident nodes of different articles that report the same"
                + " event are linked to one event (cf:sameEventAs) in the graph " + EventResolution.GRAPH
                + ", which each run replaces whole; one copy of what the graphs say of each actor and place is"
                + " written into " + SharedNodes.GRAPH + ", and the precomputed rows of the named queries into "
                + Precomputed.GRAPH + " (what a build does after its articles, for a store built before it). The"
                + " articles' graphs are not changed.",
                "Exit code: 0 when done, 1 when the store is empty."})
public final class ResolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store (default: data/store).")
    Path store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = store != null ? store : Main.projectPaths().defaultStore();
        if (!Files.isDirectory(dir)) {
            err.println(QueryCommand.emptyStore(dir));
            return 1;
        }
        try (KgStore kg = KgStore.open(dir)) {
            if (kg.isEmpty()) {
                err.println(QueryCommand.emptyStore(dir));
                return 1;
            }
            EventResolution.Summary s = EventResolution.run(kg);
            out.printf("%d incident nodes read; %d events told by more than one, linking %d nodes; %d ms%n",
                    s.incidents(), s.events(), s.linked(), s.millis());
            out.printf("%d triples about actors and places in %s%n", SharedNodes.run(kg), SharedNodes.GRAPH);
            out.printf("%d precomputed triples of the named queries' rows in %s%n", Precomputed.run(kg),
                    Precomputed.GRAPH);
            out.flush();
            return 0;
        }
    }
}
