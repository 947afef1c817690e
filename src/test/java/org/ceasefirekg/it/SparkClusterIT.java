package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.spark.launcher.JavaModuleOptions;
import org.ceasefirekg.cli.CliRun;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone Spark cluster on loopback: a Master and two Workers, each a JVM of Spark's own classes started as
 * start-master.sh and start-worker.sh start them, with a Spark home whose jars are this build's target/spark-lib. The
 * build runs on it from this JVM (the driver, which must not load CoreNLP); one Worker and its executor are killed
 * once a few tasks are committed; Spark runs the lost tasks again on the other, and every article lands exactly once,
 * isomorphic with the thread build.
 */
@Tag("spark")
class SparkClusterIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    /** Executors read annotations from the shared cache, so they need no CoreNLP heap. */
    private static final Map<String, String> DRIVER_SETTINGS = Map.of("spark.executor.memory", "1200m",
            "spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1");

    @Test
    void aWorkerKilledMidJobLosesNoArticleAndWritesNoneTwice(@TempDir Path dir) throws Exception {
        Path fakes = SparkFixtures.fakes(dir, 40);
        Path seeds = Path.of("seeds");
        List<Long> expected = SparkFixtures.summary(SparkFixtures.reference(seeds, fakes));
        Path home = sparkHome(dir.resolve("spark-home"));
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        try (Daemon m = Daemon.start(dir, "master", home, "org.apache.spark.deploy.master.Master", "--host",
                "127.0.0.1", "--port", String.valueOf(port), "--webui-port", "0")) {
            m.awaitPort(port);
            try (Daemon w1 = worker(dir, home, "worker-1", master); Daemon w2 = worker(dir, home, "worker-2", master)) {
                w1.awaitLog("Successfully registered with master");
                w2.awaitLog("Successfully registered with master");
                DRIVER_SETTINGS.forEach(System::setProperty);
                int loads = CoreNlpAnnotator.loads();
                Path store = dir.resolve("store");
                Path out = dir.resolve("out");
                List<String> args = new ArrayList<>(List.of("build", "--spark", master, "--store", store.toString(),
                        "--out", out.toString(), "--annotation-cache", SparkFixtures.CACHE.toAbsolutePath().toString()));
                args.addAll(SparkFixtures.FAKES_COLUMNS);
                args.add(seeds.toString());
                args.add(fakes.toString());
                CliRun.Running build = CliRun.start(args.toArray(String[]::new));

                int committedAtKill = -1;
                long deadline = System.nanoTime() + 300_000_000_000L;
                while (build.thread().isAlive() && System.nanoTime() < deadline) {
                    int committed = committedTasks(out);
                    if (committed >= 2) {
                        w1.kill(); // the Worker and its executor, as a machine that dies
                        committedAtKill = committed;
                        break;
                    }
                    Thread.sleep(50);
                }
                build.thread().join(300_000);
                assertFalse(build.thread().isAlive(), "the build ends: " + build.out());
                String output = build.out().toString();
                System.out.printf("worker-1 killed after %d of %d tasks committed%n%s", committedAtKill,
                        expected.get(0), output.lines().reduce((a, b) -> b).orElse(""));
                assertTrue(committedAtKill >= 2 && committedAtKill < expected.get(0),
                        "killed mid-job, after " + committedAtKill + " of " + expected.get(0) + " tasks: " + output);
                assertEquals(expected, SparkFixtures.summary(new CliRun(0, output, "")), output + build.err());
                assertEquals(loads, CoreNlpAnnotator.loads(), "the driver never loads CoreNLP");

                Map<String, Integer> blocks = SparkFixtures.shardBlocks(out);
                assertEquals(expected.get(0), (long) blocks.size(), blocks.toString());
                assertTrue(blocks.values().stream().allMatch(c -> c == 1), "each article once: " + blocks);
                assertEquals(expected.get(0), (long) Files.readAllLines(out.resolve("manifest.tsv")).size());
                Map<String, Model> threads = BuildGraphs.graphs(SparkFixtures.REFERENCE);
                assertEquals(List.of(), BuildGraphs.differences(threads, BuildGraphs.graphs(store)));
                assertEquals(1, SparkFixtures.buildRecords(store));
            } finally {
                DRIVER_SETTINGS.keySet().forEach(System::clearProperty);
            }
        }
    }

    private static Daemon worker(Path dir, Path home, String name, String master) throws IOException {
        Path work = Files.createDirectories(dir.resolve(name + "-work"));
        return Daemon.start(dir, name, home, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--cores", "1", "--memory", "1500m", "--work-dir", work.toString(), "--webui-port", "0", master);
    }

    /** Task outputs committed so far (FileOutputCommitter moves each committed attempt to _temporary/0/task_*). */
    private static int committedTasks(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        int n = 0;
        try (Stream<Path> shardDirs = Files.list(out)) {
            for (Path shards : shardDirs.filter(p -> p.getFileName().toString().startsWith("shards-")).toList()) {
                Path committed = shards.resolve("_temporary").resolve("0");
                if (Files.isDirectory(committed)) {
                    try (Stream<Path> tasks = Files.list(committed)) {
                        n += (int) tasks.filter(p -> p.getFileName().toString().startsWith("task_")).count();
                    }
                }
            }
        } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
            return 0; // the job committed meanwhile and moved them
        }
        return n;
    }

    /** A Spark home as a distribution lays it out (RELEASE, jars/), its jars those Maven copied for Spark. */
    private static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        Files.writeString(home.resolve("RELEASE"), "Spark (jars from ceasefire-kg target/spark-lib)\n");
        for (String folder : List.of("spark-lib", "spark-servlet")) {
            try (Stream<Path> files = Files.list(TARGET.resolve(folder))) {
                for (Path jar : files.toList()) {
                    Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
                }
            }
        }
        return home;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A Spark daemon JVM, its output in a log file. */
    private record Daemon(Process process, Path log) implements AutoCloseable {
        static Daemon start(Path dir, String name, Path home, String mainClass, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-cp", TARGET.resolve("spark-servlet").resolve("*") + ":"
                    + TARGET.resolve("spark-lib").resolve("*") + ":" + TARGET.resolve("lib").resolve("*")));
            command.addAll(List.of(JavaModuleOptions.defaultModuleOptions().split("\\s+")));
            command.add(mainClass);
            command.addAll(List.of(args));
            Path log = dir.resolve(name + ".log");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("SPARK_HOME", home.toString());
            pb.environment().put("SPARK_SCALA_VERSION", "2.13");
            pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            return new Daemon(pb.start(), log);
        }

        void awaitPort(int port) throws InterruptedException {
            for (int i = 0; i < 600; i++) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return;
                } catch (IOException e) {
                    Thread.sleep(100);
                }
            }
            throw new AssertionError("the master did not listen on " + port + ": " + text());
        }

        void awaitLog(String line) throws InterruptedException {
            for (int i = 0; i < 600 && process.isAlive(); i++) {
                if (text().contains(line)) {
                    return;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no '" + line + "' in " + log + ":\n" + text());
        }

        String text() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return e.toString();
            }
        }

        void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }

        @Override
        public void close() {
            kill();
        }
    }
}
