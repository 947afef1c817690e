package org.ceasefirekg.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A plain Apache Jena Fuseki server (the {@code jena-fuseki-server} jar, not our {@code kg serve}) in a process of
 * its own on a free loopback port, over a TDB2 dataset with the union of its named graphs as default graph. It
 * serves {@code /ds} (SPARQL at {@code /ds/sparql}, a Graph Store Protocol endpoint at {@code /ds/data} that takes
 * writes from user {@value #USER} only) and {@code /ro}, the same dataset read-only; and {@code /built}, laid out as
 * {@code /ds} over a dataset of its own.
 */
final class FusekiProcess {
    static final String USER = "pusher";
    static final String PASSWORD = "push-secret";

    private static final String PREFIXES = """
            PREFIX fuseki: <http://jena.apache.org/fuseki#>
            PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

            <#ro> rdf:type fuseki:Service ;
              fuseki:name "ro" ;
              fuseki:endpoint [ fuseki:operation fuseki:gsp-r ; fuseki:name "data" ] ;
              fuseki:dataset <#tdb-ds> .
            """;

    /** A service NAME over a TDB2 dataset of its own at LOCATION, queried and written (by USER) over GSP. */
    private static final String SERVICE = """

            <#%1$s> rdf:type fuseki:Service ;
              fuseki:name "%1$s" ;
              fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
              fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ;
                                fuseki:allowedUsers "%2$s" ] ;
              fuseki:dataset <#tdb-%1$s> .
            <#tdb-%1$s> rdf:type tdb2:DatasetTDB2 ;
              tdb2:location "%3$s" ;
              tdb2:unionDefaultGraph true .
            """;

    private final Process process;
    private final int port;
    private final Path log;

    private FusekiProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the server with its files (database, configuration, log) under dir; waits until it answers. */
    static FusekiProcess start(Path dir) throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("kg.project.dir", ".")).toAbsolutePath();
        Path jar = project.resolve("target/fuseki-server/jena-fuseki-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run the integration tests through mvn verify");
        }
        Path config = Files.writeString(dir.resolve("config.ttl"),
                PREFIXES + SERVICE.formatted("ds", USER, dir.resolve("tdb2").toAbsolutePath())
                        + SERVICE.formatted("built", USER, dir.resolve("tdb2-built").toAbsolutePath()));
        Path passwords = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("fuseki.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-jar", jar.toString(), "--config", config.toString(), "--passwd",
                passwords.toString(), "--auth", "basic", "--localhost", "--port", Integer.toString(port)))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("FUSEKI_BASE", dir.resolve("run").toString());
        FusekiProcess fuseki = new FusekiProcess(builder.start(), port, log);
        fuseki.awaitReady();
        return fuseki;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(sparql() + "?query=ASK%7B%7D"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("Fuseki did not start: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }

    /** Returns the read-write Graph Store Protocol endpoint. */
    String graphStore() {
        return "http://127.0.0.1:" + port + "/ds/data";
    }

    /** Returns the Graph Store Protocol endpoint of the read-only service over the same dataset. */
    String readOnlyGraphStore() {
        return "http://127.0.0.1:" + port + "/ro/data";
    }

    /** Returns the SPARQL query endpoint. */
    String sparql() {
        return "http://127.0.0.1:" + port + "/ds/sparql";
    }

    /** Returns the read-write Graph Store Protocol endpoint of the second dataset. */
    String builtGraphStore() {
        return "http://127.0.0.1:" + port + "/built/data";
    }

    /** Returns the SPARQL query endpoint of the second dataset. */
    String builtSparql() {
        return "http://127.0.0.1:" + port + "/built/sparql";
    }

    /** Stops the server and waits until its port is closed; safe to repeat. */
    void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
