package org.ceasefirekg.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code kg serve} in a process of its own, started as the {@code kg} launcher starts it (java -jar the built jar),
 * with its output kept for the test to read, and its CPU time readable from /proc.
 */
final class ServeProcess implements AutoCloseable {

    final Process process;
    final int port;
    private final StringBuffer output = new StringBuffer();

    private ServeProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code kg serve --store store --port P options...} and waits until it serves (at most 90 s). */
    static ServeProcess start(Path store, String... options) throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("kg.project.dir", ".")).toAbsolutePath();
        Path jar = project.resolve("target/ceasefire-kg.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run the integration tests through mvn verify");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-Dkg.home=" + project, "-jar", jar.toString(), "serve", "--store",
                store.toString(), "--port", Integer.toString(port)));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ServeProcess serve = new ServeProcess(process, port);
        Thread reader = new Thread(serve::readOutput, "kg-serve-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!serve.output().contains("Serving SPARQL at")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                serve.close();
                throw new IllegalStateException("kg serve did not start: " + serve.output());
            }
            Thread.sleep(100);
        }
        return serve;
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.append(line).append('\n');
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    /** What the server printed so far, stdout and stderr (its log) together. */
    String output() {
        return output.toString();
    }

    /** The CPU time the server process has used, in milliseconds (Linux). */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // utime + stime at 100 ticks/s
    }

    /** The server's threads and their stacks now (jcmd Thread.print). */
    String threads() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).start();
        String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(30, TimeUnit.SECONDS);
        return dump;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
