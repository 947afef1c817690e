package org.ceasefirekg.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ceasefirekg.cli.Main;

/** The real {@code kg build} run in a child JVM on the test class path, so that a test can SIGKILL it. */
final class ChildBuild implements AutoCloseable {
    /** Exit status of a process ended by SIGKILL (128 + 9), which {@link Process#destroyForcibly} sends on Linux. */
    static final int KILLED = 137;
    /**
     * Without CoreNLP a build is short, and a short JVM spends much of it compiling: C1 alone and one GC thread
     * halved a 30-article build from the annotation cache (20 s to 10 s on 2 busy cores).
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * How a child build ended.
     *
     * @param code    its exit status ({@link #KILLED} when killed)
     * @param output  what it printed on both streams
     * @param seconds from its start to its end
     */
    record Ended(int code, String output, double seconds) {}

    private final Process process;
    private final long started = System.nanoTime();
    /**
     * When the process ended, as the JVM's process reaper saw it: a build that ends by itself before its kill then
     * reports its own length, not the moment of the kill, so the next kill aims within the shorter run.
     */
    private final CompletableFuture<Long> endedAt;
    private final StringBuffer output = new StringBuffer();
    private final CountDownLatch firstArticle = new CountDownLatch(1);
    private volatile long firstArticleAt;
    private final Thread drain;

    private ChildBuild(Process process) {
        this.process = process;
        endedAt = process.onExit().thenApply(p -> System.nanoTime());
        drain = new Thread(this::drain, "child-build-output");
        drain.setDaemon(true);
        drain.start();
    }

    /** Starts {@code kg build --store store --threads 1 [options] input} in a new JVM. */
    static ChildBuild start(Path store, Path input, String... options) {
        return start(JVM_OPTIONS, store, input, options);
    }

    /**
     * Starts the build in a JVM with the heap CoreNLP needs, for a build that annotates: it loads CoreNLP once more
     * (about 30 s), and its standard error is that of the real command.
     */
    static ChildBuild startAnnotating(Path store, Path input, String... options) {
        return start(List.of("-Xmx4g"), store, input, options);
    }

    private static ChildBuild start(List<String> jvmOptions, Path store, Path input, String... options) {
        Path home = Main.projectPaths().home();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dkg.home=" + home, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--store", store.toString(), "--threads", "1"));
        command.addAll(List.of(options));
        command.add(input.toString());
        try {
            return new ChildBuild(new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** Returns seconds since the start. */
    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * Waits until the build reports its first article (written or skipped), from when on it writes the store;
     * returns the seconds from the start to it, or -1 when the build ended or the wait timed out before.
     */
    double awaitFirstArticle(double timeoutSeconds) throws InterruptedException {
        firstArticle.await((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS);
        long at = firstArticleAt;
        return at == 0 ? -1 : (at - started) / 1e9;
    }

    /** Sleeps until the given seconds after the start (at once when they are past). */
    void sleepUntil(double secondsAfterStart) throws InterruptedException {
        long millis = (long) ((secondsAfterStart - seconds()) * 1000);
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** Sends SIGKILL unless the build has ended already, and returns how it ended. */
    Ended kill() throws InterruptedException {
        process.destroyForcibly();
        return await(30);
    }

    /** Waits for the build to end by itself; one still running after the timeout is killed. */
    Ended await(double timeoutSeconds) throws InterruptedException {
        if (!process.waitFor((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        double seconds = (endedAt.join() - started) / 1e9;
        drain.join(10_000);
        return new Ended(process.exitValue(), output.toString(), seconds);
    }

    /** Kills the build if it still runs, so that a failing test leaves no process behind. */
    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void drain() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (firstArticle.getCount() > 0 && (line.startsWith("ok ") || line.startsWith("same "))) {
                    firstArticleAt = System.nanoTime();
                    firstArticle.countDown();
                }
                output.append(line).append('\n');
            }
        } catch (IOException e) {
            output.append("(output cut: ").append(e).append(")\n");
        } finally {
            firstArticle.countDown();
        }
    }
}
