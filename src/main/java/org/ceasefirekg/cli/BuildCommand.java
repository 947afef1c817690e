package org.ceasefirekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.ceasefirekg.extract.AnnotationCache;
import org.ceasefirekg.pipeline.BuildConfig;
import org.ceasefirekg.pipeline.BuildRun;
import org.ceasefirekg.pipeline.ProjectPaths;
import org.ceasefirekg.pipeline.PushedBuild;
import org.apache.jena.graph.NodeFactory;
import org.ceasefirekg.resolve.EventResolution;
import org.ceasefirekg.spark.SparkBuild;
import org.ceasefirekg.store.GraphStore;
import org.ceasefirekg.store.KgStore;
import org.ceasefirekg.store.ServerPush;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg build}: reads articles into the store, one named graph per article. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads news articles (.txt files, directories of them with an optional manifest.csv,"
                + " .jsonl files with one article per line, .csv files with one article per record),"
                + " extracts ceasefire claims and writes one named graph per article into the store.",
                "Exit code: 0 when every input landed, 1 when some input failed (the rest still lands)."})
public final class BuildCommand implements Callable<Integer> {
    /** Times a graph's PUT is sent again after a connection failure or a 5xx answer, as {@code kg push} does. */
    private static final int PUT_RETRIES = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: data/store)")
    Path store;

    @Option(names = "--force", description = "Annotate every article again with CoreNLP (replacing its cached"
            + " annotation) and rebuild it, even when its text and the pipeline are unchanged")
    boolean force;

    @Option(names = "--remap", description = "Rebuild every article from the annotation cache, without annotating"
            + " again (only articles missing from the cache are annotated): for a change of mapper or rules")
    boolean remap;

    @Option(names = "--threads", paramLabel = "N", description = "Articles annotated at once, on one shared CoreNLP"
            + " pipeline (default: one per processor)")
    int threads;

    @Option(names = "--replace", description = "Replace an article stored under the same id with another text or"
            + " metadata (without it such an article is refused by name and the stored one kept)")
    boolean replace;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Time one article may take, annotation, extraction and mapping together; a slower one is"
                    + " stopped and reported, and the build goes on (default: ${DEFAULT-VALUE}; loading CoreNLP does"
                    + " not count)")
    double articleTimeout;

    @Option(names = "--push", paramLabel = "URL", description = "Also write the build into another store: the"
            + " dataset of a running `kg serve --allow-update` (e.g. http://127.0.0.1:3030/ceasefire), built through"
            + " its store as its clients watch; or any store's Graph Store Protocol endpoint (e.g."
            + " http://host:3030/ds/data), which gets every graph this build wrote into --store")
    String push;

    @Option(names = "--user", paramLabel = "NAME", description = "With --push: the update user (default: admin for"
            + " a kg server, none for another store)")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "With --push: file whose first line is"
            + " the update password (default: the environment variable " + ServeCommand.PASSWORD_VARIABLE + ")")
    Path passwordFile;

    @Option(names = "--spark", paramLabel = "MASTER", description = "Build on Apache Spark: local[N] on this"
            + " machine, spark://HOST:7077 on a standalone cluster, or the master spark-submit gives (docs/spark.md)")
    String spark;

    @Option(names = "--out", paramLabel = "DIR", description = "With --spark: write each article's graph as N-Quads"
            + " shards into DIR (with a manifest, so a later build skips what is current); with --store as well, the"
            + " shards are also loaded into the store")
    Path out;

    @Option(names = "--annotation-cache", paramLabel = "DIR", description = "With --spark: the annotation cache the"
            + " executors share (a shared folder on a cluster; default: the store's, or none with --out alone)")
    Path annotationCache;

    @Mixin
    CsvOptions csv;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = ".txt files or directories of them, .jsonl files, .csv files (see --csv-text)")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (force && remap) {
            throw new ParameterException(spec.commandLine(), "--force and --remap exclude each other");
        }
        if (!(articleTimeout > 0) || articleTimeout > 1e9) {
            throw new ParameterException(spec.commandLine(), "--article-timeout must be a positive number of seconds");
        }
        ProjectPaths paths = Main.projectPaths();
        BuildConfig config = BuildConfig.builder(paths.ontology()).reannotate(force).remap(remap)
                .threads(threadCount(spec, threads)).columns(csv.columns(spec)).progress(System.console() != null)
                .replace(replace).budget(Duration.ofNanos((long) (articleTimeout * 1e9)))
                .build();
        if (spark != null || this.out != null || annotationCache != null) {
            return sparkBuild(config, err, out);
        }
        Path dir = store != null ? store : paths.defaultStore();
        if (push != null) {
            return pushed(config, dir, out, err);
        }
        try (KgStore kg = KgStore.open(dir)) {
            return BuildRun.run(kg, inputs, config, out, err).exitCode();
        }
    }

    /** The build on Spark; Spark's jars are on the class path only through {@code ./kg build --spark}. */
    private int sparkBuild(BuildConfig config, PrintWriter err, PrintWriter stdout) {
        if (spark == null) {
            throw new ParameterException(spec.commandLine(), "--out and --annotation-cache go with --spark");
        }
        if (push != null || threads != 0) {
            throw new ParameterException(spec.commandLine(), "--spark excludes --push and --threads (Spark's master"
                    + " says how many cores build: local[N])");
        }
        Path storeDir = store != null ? store : out == null ? Main.projectPaths().defaultStore() : null;
        Path cache = annotationCache != null ? annotationCache
                : storeDir != null ? AnnotationCache.besideStore(storeDir) : null;
        try {
            return SparkBuild.run(spark, new SparkBuild.Target(storeDir, out, cache), inputs, config, stdout, err);
        } catch (NoClassDefFoundError e) {
            err.println("Spark is not on the class path (" + e.getMessage() + "): run `./kg build --spark ...`, which"
                    + " adds target/spark-lib, or spark-submit (docs/spark.md)");
            return 2;
        }
    }

    /** The build sent to a running kg server, or built here and pushed to another store. */
    private int pushed(BuildConfig config, Path dir, PrintWriter out, PrintWriter err) throws IOException {
        String password = ServeCommand.password(passwordFile);
        boolean hasPassword = password != null && !password.isEmpty();
        boolean kgServer;
        GraphStore target;
        try {
            kgServer = ServerPush.servesDataset(push);
            // Another store gets credentials as from kg push: only when a user is named.
            target = kgServer ? null : GraphStore.at(push, user, password, PUT_RETRIES, "--push");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (target != null && (user == null || hasPassword)) {
            try {
                return PushedBuild.run(dir, target, inputs, config, out, err).exitCode();
            } catch (GraphStore.Failure unusable) {
                err.println(unusable.getMessage() + "; nothing was built");
                return 2;
            }
        }
        if (!hasPassword) {
            err.println("--push " + (kgServer ? "to a kg server" : "as --user " + user) + " needs the update password:"
                    + " give --password-file FILE or set " + ServeCommand.PASSWORD_VARIABLE);
            return 2;
        }
        ServerPush server;
        KgStore staging;
        try {
            server = ServerPush.connect(push, user == null ? "admin" : user, password);
            staging = server.pull(dir);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        BuildRun.Summary summary = BuildRun.run(staging, inputs, config, out, err);
        if (summary.built() > 0) {
            // The build linked reports of one event across the server's whole store, in a graph of its own.
            server.send(staging, NodeFactory.createURI(EventResolution.GRAPH));
        }
        return summary.exitCode();
    }

    /** Returns the thread count asked for, or one per processor for 0; rejects negative counts. */
    static int threadCount(CommandSpec spec, int threads) {
        if (threads < 0) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 or more (0 = one per processor)");
        }
        return threads == 0 ? BuildConfig.defaultThreads() : threads;
    }
}
