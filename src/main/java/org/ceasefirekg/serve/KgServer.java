package org.ceasefirekg.serve;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded, read-only Fuseki server for the knowledge graph: SPARQL query at {@code /ceasefire/sparql} and
 * {@code /ceasefire/query}, Graph Store Protocol read at {@code /ceasefire/data}, no update.
 */
public final class KgServer {

    /** The dataset's path on the server. */
    public static final String DATASET = "/ceasefire";

    private final FusekiServer server;
    private final String host;

    private KgServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Starts serving ds on host:port (port 0 picks a free port); if queriesDir is a directory, its .rq files are
     * served as static files at the root, e.g. {@code /claims.rq}.
     */
    public static KgServer start(DatasetGraph ds, String host, int port, Path queriesDir) {
        DataService.Builder readOnly = DataService.newBuilder(ds)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "data");
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .add(DATASET, readOnly)
                .enableCors(true, null)
                .enablePing(true)
                .verbose(false);
        if (queriesDir != null && Files.isDirectory(queriesDir)) {
            builder.staticFileBase(queriesDir.toAbsolutePath().toString());
        }
        FusekiServer server = builder.build();
        // The builder only offers loopback(true), which binds "localhost" (possibly ::1 only):
        // bind exactly the host asked for instead.
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            }
        }
        server.start();
        return new KgServer(server, host);
    }

    /** Returns the port the server listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** Returns the SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/ceasefire/sparql}. */
    public String url() {
        return baseUrl() + DATASET + "/sparql";
    }

    /** Returns the server's root URL without a trailing slash, e.g. {@code http://127.0.0.1:3030}. */
    public String baseUrl() {
        String shown = switch (host) {
            case "0.0.0.0", "::", "" -> "localhost"; // a wildcard address is not something to connect to
            default -> host.contains(":") ? "[" + host + "]" : host;
        };
        return "http://" + shown + ":" + port();
    }

    /** Stops the server; the dataset stays open. */
    public void stop() {
        server.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }
}
