package org.ceasefirekg.store;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A real HTTP server on a free loopback port that records each Graph Store Protocol request it gets and answers
 * with the status its rule gives the request (by graph name and arrival number), for tests of pushing.
 */
public final class GspRecorder implements AutoCloseable {

    /**
     * A request as received.
     *
     * @param method        its method
     * @param graph         the decoded {@code graph} parameter
     * @param authorization its Authorization header, or null
     * @param contentType   its Content-Type header
     * @param body          its body
     */
    public record Request(String method, String graph, String authorization, String contentType, String body) {}

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** Starts a server answering each request with rule.apply(request) as status, and a one-line body for errors. */
    public GspRecorder(Function<Request, Integer> rule) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/ds/data", exchange -> answer(exchange, rule));
        server.start();
    }

    private void answer(HttpExchange exchange, Function<Request, Integer> rule) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String graph = query == null ? null : URLDecoder.decode(query.replaceFirst("^graph=", ""),
                StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), graph,
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        requests.add(request);
        int status = rule.apply(request);
        byte[] body = status >= 400 ? ("Error " + status + ": refused by the test\n").getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** Returns the endpoint's URL. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ds/data";
    }

    /** Returns the requests received so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
