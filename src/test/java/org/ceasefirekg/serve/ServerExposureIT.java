package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server exposes: it listens on loopback only by default, and no request path, however encoded, reaches
 * a file: not the project's files around the working directory, not the store's own files.
 */
class ServerExposureIT {

    @TempDir
    Path tmp;

    /** A test that needs a server on a TDB2 store. */
    interface ServerTest {
        void run(KgServer server, Path storeDir) throws Exception;
    }

    /** Runs test against a server on a store of one triple in tmp, with named queries and the ontology. */
    void withServer(ServerTest test) throws Exception {
        Path storeDir = tmp.resolve("store");
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("all.rq"), "SELECT * { ?s ?p ?o }");
        try (KgStore store = KgStore.open(storeDir)) {
            store.replaceGraph(NodeFactory.createURI("http://example.org/g"), out -> out.triple(Triple.create(
                    NodeFactory.createURI("http://example.org/a"), NodeFactory.createURI("http://example.org/p"),
                    NodeFactory.createLiteralString("1"))));
            KgServer server = KgServer.create(store.dataset()).port(0).queries(queries)
                    .ontology(Path.of("ontology", "ceasefire.ttl")).start();
            try {
                test.run(server, storeDir);
            } finally {
                server.stop();
            }
        }
    }

    /** Sends a request line exactly as written (no client normalizes it) and returns the whole raw response. */
    static String raw(KgServer server, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void noPathReachesAFileOfTheProjectOrOfTheStore() throws Exception {
        withServer((server, storeDir) -> {
            // The tests run in the project folder: pom.xml, README.md and ontology/ are in the working directory.
            List<String> targets = new ArrayList<>();
            for (String file : List.of("pom.xml", "README.md", "ontology/ceasefire.ttl")) {
                for (String prefix : List.of("/", "/web/../", "/web/..%2F", "/web/%2e%2e/", "/web/%2E%2E%2F",
                        "/web/%252e%252e/", "/web/..\\", "/web/..;/", "/ceasefire/../", "/ceasefire/..%2F..%2F",
                        "/ceasefire/queries/..%2F..%2F", "/ceasefire/queries/%2e%2e/%2e%2e/", "/doc/..%2F..%2F",
                        "/id/%2e%2e/%2e%2e/", "/ontology/../", "/.well-known/../", "/%2e%2e/", "//", "/./")) {
                    targets.add(prefix + file);
                }
            }
            // The store: its data files by their names, below the paths that serve it, and by absolute path.
            try (var files = Files.walk(storeDir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String relative = storeDir.relativize(file).toString();
                    for (String prefix : List.of("/", "/store/", "/ceasefire/", "/ceasefire/data/", "/data/store/",
                            "/web/../store/")) {
                        targets.add(prefix + relative);
                    }
                    targets.add(file.toAbsolutePath().toString());
                    targets.add("/ceasefire/..%2F.." + file.toAbsolutePath());
                }
            }
            targets.add("/store/");
            targets.add("/ceasefire/data?graph=file:///etc/passwd");
            for (String target : targets) {
                String response = raw(server, target);
                String status = response.lines().findFirst().orElse("");
                assertTrue(status.matches("HTTP/1\\.1 (4\\d\\d|303) .*"), target + " gave " + status);
                assertFalse(response.contains("<artifactId>") || response.contains("## Command reference")
                        || response.contains("owl:Ontology") || response.contains("root:x:0:0"),
                        target + " showed a file");
            }
        });
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
        Assumptions.assumeTrue(other.isPresent(), "this machine has no address besides loopback");
        withServer((server, storeDir) -> {
            assertThrows(ConnectException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(other.get(), server.port()), 5_000);
                }
            }, "connecting to " + other.get() + ":" + server.port());
            assertTrue(raw(server, "/").startsWith("HTTP/1.1 200"), "loopback answers");
        });
    }
}
