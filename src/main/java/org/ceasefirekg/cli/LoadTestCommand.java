package org.ceasefirekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.ceasefirekg.bench.LoadTest;
import org.ceasefirekg.serve.KgServer;
import org.ceasefirekg.serve.QueryLimits;
import org.ceasefirekg.store.KgStore;
import org.ceasefirekg.store.QueryRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg loadtest}: many concurrent clients send the named queries to a SPARQL endpoint for a fixed time; prints
 * throughput, latency percentiles and errors, and exits 1 when any request failed.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"Load-tests a SPARQL endpoint: --clients concurrent clients send the named queries round-robin "
                + "for --seconds, each waiting for its answer before the next.",
                "Prints queries/s, p50, p99 and max latency per query and over all, and the errors; exits 1 when a "
                        + "request failed (an error status, a timeout, a broken connection)."})
public final class LoadTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Where the endpoint is: a running server, or one this command starts on a store. */
    static final class Target {
        @Option(names = "--url", paramLabel = "URL", description = "SPARQL endpoint of a running server, e.g. "
                + "http://127.0.0.1:3030/ceasefire/sparql.")
        String url;

        @Option(names = "--store", paramLabel = "DIR", description = "Start a server on this TDB2 store on a free "
                + "loopback port for the test (default, with data/store, when --url is not given).")
        Path store;
    }

    @ArgGroup(exclusive = true)
    Target target;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "32",
            description = "Concurrent clients, each with its own connection (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "60",
            description = "How long to measure (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5",
            description = "Load before measuring, not counted (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--queries", paramLabel = "DIR", description = "The queries to send, every .rq file of the "
            + "folder (default: queries/, the competency questions).")
    Path queries;

    @Mixin
    QueryLimitOptions limitOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (clients < 1 || seconds < 1 || warmup < 0) {
            err.println("--clients and --seconds must be at least 1, --warmup at least 0");
            return 2;
        }
        Path queryDir = queries != null ? queries : Main.projectPaths().queries();
        QueryLimits limits;
        Map<String, String> texts;
        try {
            limits = limitOptions.limits();
            texts = readQueries(queryDir);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("cannot read the queries in " + queryDir + ": " + e);
            return 2;
        }
        if (target != null && target.url != null) {
            return measure(target.url, "", texts, out);
        }
        Path dir = target != null && target.store != null ? target.store : Main.projectPaths().defaultStore();
        try (KgStore store = KgStore.open(dir)) {
            if (store.isEmpty()) {
                err.println("the store at " + dir + " is empty: build it first (./kg build --store " + dir + " ...)");
                return 1;
            }
            KgServer server = KgServer.create(store.dataset()).port(0).queries(queryDir).limits(limits).start();
            try {
                return measure(server.url(), String.format(Locale.ROOT, " (a server started on %s; query timeout "
                        + "%d s, row cap %d)", dir, limits.timeoutSeconds(), limits.maxRows()), texts, out);
            } finally {
                server.stop();
            }
        }
    }

    private static Map<String, String> readQueries(Path dir) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : QueryRunner.names(dir)) {
            texts.put(name, QueryRunner.loadNamed(dir, name));
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no queries (.rq files) in " + dir);
        }
        return texts;
    }

    private int measure(String url, String about, Map<String, String> texts, PrintWriter out) {
        out.printf(Locale.ROOT, "%d clients for %d s after %d s of warm-up, %d queries round-robin, against %s%s%n",
                clients, seconds, warmup, texts.size(), url, about);
        out.flush();
        LoadTest.Result result;
        try {
            result = LoadTest.run(url, texts, clients, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        out.printf(Locale.ROOT, "%-20s %8s %7s %9s %9s %9s%n", "query", "answers", "errors", "p50 ms", "p99 ms",
                "max ms");
        result.perQuery().forEach((name, stats) -> row(out, name, stats));
        row(out, "all", result.all());
        out.printf(Locale.ROOT, "throughput: %.1f queries/s (%d answers in %.1f s, %.1f MB received)%n",
                result.throughput(), result.all().nanos().length, result.seconds(), result.bytes() / 1e6);
        out.printf(Locale.ROOT, "errors: %d%n", result.all().errors());
        result.errorSamples().forEach(e -> out.println("  " + e));
        out.flush();
        return result.all().errors() == 0 ? 0 : 1;
    }

    private static void row(PrintWriter out, String name, LoadTest.QueryStats stats) {
        long[] nanos = stats.nanos();
        out.printf(Locale.ROOT, "%-20s %8d %7d %9.1f %9.1f %9.1f%n", name, nanos.length, stats.errors(),
                stats.percentile(0.5) / 1e6, stats.percentile(0.99) / 1e6,
                nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
    }
}
