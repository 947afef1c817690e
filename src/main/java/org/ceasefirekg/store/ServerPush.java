package org.ceasefirekg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * A build into the store of a running {@code kg serve --allow-update}, through its Graph Store Protocol with the
 * update user's credentials: TDB2 lets one process open a store, so another process writes through the server. The
 * server's graphs are read into memory first, so that the build skips what is current and refuses what it would
 * replace, as on disk; each graph the build writes is then sent with one PUT, which the server applies in one
 * transaction and its clients see at once.
 */
public final class ServerPush {
    private final URI dataset;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServerPush(URI dataset, String user, String password) {
        this.dataset = dataset;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Checks that the server at datasetUrl (e.g. {@code http://127.0.0.1:3030/ceasefire}) takes updates from this
     * user, and returns the connection; throws {@link IllegalArgumentException} saying why not, in one line.
     */
    public static ServerPush connect(String datasetUrl, String user, String password) {
        URI uri;
        try {
            uri = URI.create(datasetUrl.replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--push '" + datasetUrl + "' is not a URL");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("--push '" + datasetUrl + "' is not an http(s) URL of a dataset, such as"
                    + " http://127.0.0.1:3030/ceasefire");
        }
        ServerPush push = new ServerPush(uri, user, password);
        // An empty update does nothing, and says whether the server takes updates from this user.
        HttpResponse<String> answer = push.send(HttpRequest.newBuilder(push.at("/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("")), HttpResponse.BodyHandlers.ofString());
        switch (answer.statusCode()) {
            case 200, 204 -> {
                return push;
            }
            case 401, 403 -> throw new IllegalArgumentException("the server at " + uri + " refused user '" + user
                    + "' (" + answer.statusCode() + "): check --user and the password");
            case 404, 405 -> throw new IllegalArgumentException("the server at " + uri + " takes no updates ("
                    + answer.statusCode() + "): start it with --allow-update, and give the dataset's URL");
            default -> throw new IllegalArgumentException("the server at " + uri + " answered "
                    + answer.statusCode() + " to a test update: " + firstLine(answer.body()));
        }
    }

    /**
     * Returns a store in memory holding the server's graphs, which sends each graph written into it to the server;
     * the annotation cache sits beside cacheDir.
     */
    public KgStore pull(Path cacheDir) {
        KgStore[] self = new KgStore[1];
        KgStore staging = KgStore.inMemory(cacheDir, graph -> put(graph, copy(self[0], graph)));
        self[0] = staging;
        HttpResponse<InputStream> dump = send(HttpRequest.newBuilder(at("/dump.nq")).GET(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = dump.body()) {
            if (dump.statusCode() != 200) {
                throw new IllegalArgumentException("the server at " + dataset + " answered " + dump.statusCode()
                        + " to reading its store (" + dataset + "/dump.nq)");
            }
            Txn.executeWrite(staging.dataset(), () -> RDFParser.source(body).lang(Lang.NQUADS)
                    .parse(StreamRDFLib.dataset(staging.dataset())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store of " + dataset, e);
        }
        return staging;
    }

    /** Replaces the server's graph with this content, in one request. */
    public void put(Node graphName, Graph content) {
        GSP.service(dataset + "/data").graphName(graphName).httpClient(http).httpHeader("Authorization", authorization)
                .contentType(RDFFormat.NTRIPLES).PUT(content);
    }

    private URI at(String path) {
        return URI.create(dataset + path);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.header("Authorization", authorization).timeout(Duration.ofMinutes(10)).build(),
                    body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot reach the server at " + dataset + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to " + dataset);
        }
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }

    /** Sends a graph of the store to the server as it is now (the build writes its graphs in memory first). */
    public void send(KgStore staging, Node graphName) {
        put(graphName, copy(staging, graphName));
    }

    /** Copies a graph of the store out of a read transaction. */
    private static Graph copy(KgStore store, Node graphName) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> store.dataset().find(graphName, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> copy.add(q.asTriple())));
        return copy;
    }
}
