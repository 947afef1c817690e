package org.ceasefirekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ceasefirekg.bench.BenchSample;
import org.ceasefirekg.bench.BuildBenchmark;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.ingest.CsvColumns;
import org.ceasefirekg.pipeline.BuildConfig;
import org.ceasefirekg.pipeline.ProjectPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg bench}: our build against plain CoreNLP on the same texts in one process, then the competency queries
 * on our server against plain Fuseki serving the same TDB2 store. Prints figures; keeps nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks the build against plain CoreNLP (same annotators, same texts, no mapping, no store)"
                + " and the competency queries on our server against plain Fuseki on the same TDB2 store.",
                "Prints tokens/s, articles/s, the ratio ours/plain, peak heap, the load rate and query latencies;"
                        + " builds into a temporary store that is deleted afterwards."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100",
            description = "How many articles to take from the inputs (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--threads", paramLabel = "N",
            description = "Annotating threads of our build; plain CoreNLP runs on one, its own multi-threaded API"
                    + " crashing in the quote annotator; --threads 1 compares like with like (default: one per"
                    + " processor)")
    int threads;

    @Option(names = "--batches", paramLabel = "N", defaultValue = "5",
            description = "The articles run in N batches, plain CoreNLP and our build taking turns, so a change in"
                    + " the machine's load hits both alike (default: ${DEFAULT-VALUE})")
    int batches;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20",
            description = "Timed rounds of the competency queries (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Untimed rounds of the queries first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Mixin
    CsvOptions csv;

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Inputs as for build: .txt files, directories, .jsonl, .csv (default: seeds/)")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int threadCount = BuildCommand.threadCount(spec, threads);
        CsvColumns columns = csv.columns(spec);
        ProjectPaths paths = Main.projectPaths();
        List<Article> sample = BenchSample.take(inputs == null || inputs.isEmpty() ? List.of(paths.seeds()) : inputs,
                columns, articles, err);
        if (sample.isEmpty()) {
            err.println("no readable articles in the inputs");
            return 1;
        }
        // The batches are JSON Lines written by the benchmark, so our build reads them with the default columns.
        BuildConfig config = BuildConfig.builder(paths.ontology()).threads(threadCount).build();
        Path tmp = Files.createTempDirectory("kg-bench");
        try {
            return new BuildBenchmark(config, batches, warmup, rounds, out, err).run(sample, tmp, paths.queries());
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
