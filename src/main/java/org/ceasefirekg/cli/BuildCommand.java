package org.ceasefirekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ceasefirekg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg build}: reads articles into the store, one named graph per article. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads news articles (.txt files, or directories of them with an optional manifest.csv),"
                + " extracts ceasefire claims and writes one named graph per article into the store.",
                "Exit code: 0 when every input landed, 1 when some input failed (the rest still lands)."})
public final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: data/store)")
    Path store;

    @Option(names = "--force", description = "Re-annotate articles even when their text and the pipeline are unchanged")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = ".txt files or directories of them")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = store != null ? store : ProjectPaths.current().defaultStore();
        try (KgStore kg = KgStore.open(dir)) {
            return BuildRun.run(kg, inputs, force, out, err);
        }
    }
}
