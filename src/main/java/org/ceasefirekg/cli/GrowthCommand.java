package org.ceasefirekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ceasefirekg.bench.GrowthStores;
import org.ceasefirekg.bench.QueryGrowth;
import org.ceasefirekg.store.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg growth}: copies a built store to k times its size and times every named query on each. */
@Command(name = "growth", mixinStandardHelpOptions = true,
        description = {"Measures how query time grows with the graph: makes stores of k times a built store (its"
                + " article and event-resolution graphs copied under new IRIs, so copies never merge) in --out,"
                + " then runs every named query on each, round after round, and prints p50 and p99 per store.",
                "Stores already in --out are reused, so a second run only measures.",
                "Exit code: 0 when done, 1 when the store is missing or empty, 2 for a bad option."})
public final class GrowthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "The built store to grow (default: data/store).")
    Path store;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Where the grown stores go (DIR/x3, DIR/x10, ...).")
    Path out;

    @Option(names = "--copies", paramLabel = "K", split = ",", defaultValue = "1,3,10",
            description = "Sizes to measure, as multiples of the store (default: ${DEFAULT-VALUE}); 1 is the store.")
    List<Integer> copies;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "10",
            description = "Recorded rounds per query and store (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Unrecorded rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path source = store != null ? store : Main.projectPaths().defaultStore();
        if (!Files.isDirectory(source)) {
            err.println(QueryCommand.emptyStore(source));
            return 1;
        }
        if (rounds < 1 || warmup < 0 || copies.stream().anyMatch(k -> k < 1)) {
            err.println("--rounds must be at least 1, --warmup at least 0, and every copy count at least 1");
            return 2;
        }
        Map<String, Path> stores = new LinkedHashMap<>();
        for (int k : copies) {
            Path dir = k == 1 ? source : out.resolve("x" + k);
            if (k > 1 && !Files.isDirectory(dir)) {
                long t0 = System.nanoTime();
                long quads = GrowthStores.grow(source, dir, k);
                o.printf("x%d: %d quads written to %s in %.0f s%n", k, quads, dir, (System.nanoTime() - t0) / 1e9);
                o.flush();
            }
            stores.put("x" + k, dir);
        }
        Path queries = Main.projectPaths().queries();
        Map<String, String> named = new LinkedHashMap<>();
        for (String name : QueryRunner.names(queries)) {
            named.put(name, QueryRunner.loadNamed(queries, name));
        }
        QueryGrowth.print(QueryGrowth.measure(stores, named, warmup, rounds), o);
        return 0;
    }
}
