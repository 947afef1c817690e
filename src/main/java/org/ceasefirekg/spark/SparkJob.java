package org.ceasefirekg.spark;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.ceasefirekg.pipeline.BuildProgress;

/**
 * The driver's Spark side: one context for the build, made only when some article must be built, and one Spark job
 * per wave of articles. Each task builds its articles on its executor's {@link ExecutorPipeline} and Spark's output
 * committer writes its shard: a task attempt writes to a temporary folder, and only one attempt per partition is
 * committed, so a task run again after a lost executor never writes an article twice.
 */
final class SparkJob implements AutoCloseable {
    /** Up to this many articles a task: enough tasks to balance executors, few enough for the scheduler. */
    private static final int MAX_TASKS = 2_000;
    private static final String STAX = "javax.xml.stream.XMLInputFactory";
    private static final String JDK_STAX = "com.sun.xml.internal.stream.XMLInputFactoryImpl";
    private final JavaSparkContext spark;
    private final String master;

    private SparkJob(JavaSparkContext spark) {
        this.spark = spark;
        this.master = spark.master();
    }

    /**
     * Starts Spark on master, unless spark-submit gave one (its settings, and any {@code spark.*} system property,
     * win over these defaults).
     */
    static SparkJob start(String master, PrintWriter err) {
        SparkConf conf = new SparkConf().setAppName("ceasefire-kg build");
        if (conf.contains("spark.master") && !conf.get("spark.master").equals(master)) {
            err.println("note: Spark's master is " + conf.get("spark.master") + " (from spark-submit), not " + master);
        } else {
            conf.setMaster(master);
        }
        // The UI's Jetty is of no use to a batch build, and one port fewer to clash with a running kg serve.
        conf.setIfMissing("spark.ui.enabled", "false");
        // CoreNLP's models need 3-4 GB in each executor JVM (docs/spark.md).
        conf.setIfMissing("spark.executor.memory", "4g");
        // Outside spark-submit, executors find this build's classes where they are on the driver's machine: the
        // same install path on every node (or a shared folder), as docs/spark.md says.
        conf.setIfMissing("spark.executor.extraClassPath", ownClassPath());
        // The JDK's StAX parser, not the shaded Woodstox Hadoop's jar registers (Jena logs an error per parser).
        conf.setIfMissing("spark.executor.extraJavaOptions", "-D" + STAX + "=" + JDK_STAX);
        return new SparkJob(new JavaSparkContext(conf));
    }

    /** Returns this build's jar (or classes folder) and the lib folder beside it, as a class path. */
    static String ownClassPath() {
        try {
            Path code = Path.of(SparkJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String sep = java.io.File.pathSeparator;
            // The Servlet 5 API first, as the launcher puts it (docs/spark.md).
            return code.resolveSibling("spark-servlet").resolve("*") + sep + code + sep
                    + code.resolveSibling("lib").resolve("*");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the master Spark runs on. */
    String master() {
        return master;
    }

    /**
     * Builds the articles on the executors into committed shards in shardDir (which must not exist), drawing
     * progress as tasks end.
     */
    void run(List<ArticlePayload> articles, ExecutorSetup setup, Path shardDir, BuildProgress progress) {
        int perTask = Math.max(1, (articles.size() + MAX_TASKS - 1) / MAX_TASKS);
        List<List<ArticlePayload>> slices = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < articles.size(); i += perTask) {
            List<ArticlePayload> slice = new ArrayList<>(articles.subList(i, Math.min(articles.size(), i + perTask)));
            slices.add(slice);
            sizes.add(slice.size());
        }
        Broadcast<ExecutorSetup> shared = spark.broadcast(setup);
        LongAccumulator tokens = spark.sc().longAccumulator(TaskProgress.TOKENS);
        TaskProgress listener = new TaskProgress(progress, sizes);
        spark.sc().addSparkListener(listener);
        try {
            spark.parallelize(slices, slices.size())
                    .flatMap(slice -> ExecutorPipeline.of(shared.value()).build(slice, tokens).iterator())
                    .saveAsTextFile(shardDir.toUri().toString());
        } finally {
            spark.sc().removeSparkListener(listener);
            shared.destroy();
        }
    }

    @Override
    public void close() {
        spark.close();
    }
}
