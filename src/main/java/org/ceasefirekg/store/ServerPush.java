package org.ceasefirekg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;

/**
 * A build into the store of a running {@code kg serve --allow-update}, through its Graph Store Protocol with the
 * update user's credentials: TDB2 lets one process open a store, so another process writes through the server. The
 * server's graphs are read into memory first, so that the build skips what is current and refuses what it would
 * replace, as on disk; each graph the build writes is then sent with one PUT, which the server applies in one
 * transaction and its clients see at once.
 */
public final class ServerPush {
    /** Retries of a graph's PUT on a connection failure or a 5xx answer, as {@code kg push} does by default. */
    private static final int RETRIES = 3;

    private final URI dataset;
    private final GraphStore graphStore;

    private ServerPush(URI dataset, GraphStore graphStore) {
        this.dataset = dataset;
        this.graphStore = graphStore;
    }

    /**
     * Returns true when url is the dataset of a ceasefire-kg server (it has a {@code /dump.nq}), false for any other
     * address, such as another store's Graph Store Protocol endpoint or one that does not answer.
     */
    public static boolean servesDataset(String url) {
        URI uri = GraphStore.httpUrl(url, "--push", ", such as http://127.0.0.1:3030/ceasefire");
        HttpRequest head = HttpRequest.newBuilder(URI.create(uri + "/dump.nq"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<Void> answer = http.send(head, HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200 && answer.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/n-quads");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Checks that the server at datasetUrl (e.g. {@code http://127.0.0.1:3030/ceasefire}) takes updates from this
     * user, and returns the connection; throws {@link IllegalArgumentException} saying why not, in one line.
     * Assumes our own server's layout: {@code /update}, {@code /data} and {@code /dump.nq} under the dataset (a
     * foreign store is written with {@link StorePush} instead).
     */
    public static ServerPush connect(String datasetUrl, String user, String password) {
        URI uri = GraphStore.httpUrl(datasetUrl, "--push", " of a dataset, such as http://127.0.0.1:3030/ceasefire");
        ServerPush push = new ServerPush(uri, GraphStore.at(uri + "/data", user, password, RETRIES, "--push"));
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
        KgStore staging = KgStore.inMemory(cacheDir, graph -> put(graph, self[0].copyOf(graph)));
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

    /** Replaces the server's graph with this content, in one request (tried again on a 5xx or no connection). */
    public void put(Node graphName, Graph content) {
        graphStore.put(graphName, content);
    }

    private URI at(String path) {
        return URI.create(dataset + path);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return graphStore.send(request, body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot reach the server at " + dataset + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }

    /** Sends a graph of the store to the server as it is now (the build writes its graphs in memory first). */
    public void send(KgStore staging, Node graphName) {
        put(graphName, staging.copyOf(graphName));
    }
}
