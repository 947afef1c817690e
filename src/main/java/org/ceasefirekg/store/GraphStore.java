package org.ceasefirekg.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * A SPARQL 1.1 Graph Store Protocol endpoint (such as Fuseki's {@code http://host:3030/ds/data}) that takes graphs
 * by PUT, optionally as a user with HTTP Basic credentials. Assumes only the protocol: a graph is named by the
 * {@code ?graph=} parameter and a PUT replaces it whole. Connection failures and 5xx answers are tried again a
 * bounded number of times with a doubling pause; anything else is final.
 */
public final class GraphStore {
    /** Pause before the first retry; each further retry waits twice as long. */
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(8);

    private final URI endpoint;
    private final String authorization;
    private final int retries;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private GraphStore(URI endpoint, String authorization, int retries) {
        this.endpoint = endpoint;
        this.authorization = authorization;
        this.retries = retries;
    }

    /**
     * Returns the endpoint at url, sending user's credentials when user is not null, trying a failed request
     * again up to retries times; throws {@link IllegalArgumentException} naming option when url is no http(s) URL.
     */
    public static GraphStore at(String url, String user, String password, int retries, String option) {
        URI uri = httpUrl(url, option, ", such as http://127.0.0.1:3030/ds/data");
        if (retries < 0) {
            throw new IllegalArgumentException("the number of retries must be 0 or more");
        }
        String authorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new GraphStore(uri, authorization, retries);
    }

    /**
     * Returns url without trailing slashes as a URI; throws {@link IllegalArgumentException} naming option when it
     * is no http(s) URL, the message ending with example.
     */
    static URI httpUrl(String url, String option, String example) {
        URI uri;
        try {
            uri = URI.create(url.replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " '" + url + "' is not a URL");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(option + " '" + url + "' is not an http(s) URL" + example);
        }
        return uri;
    }

    /** Returns the endpoint's URL. */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Replaces the endpoint's graph graphName with content in one PUT, trying again on connection failures and 5xx;
     * returns the number of retries it took, or throws {@link Failure} naming the graph and the last answer.
     */
    public int put(Node graphName, Graph content) {
        for (int attempt = 0; ; attempt++) {
            try {
                GSP request = GSP.service(endpoint.toString()).graphName(graphName).httpClient(http)
                        .contentType(RDFFormat.NTRIPLES);
                if (authorization != null) {
                    request.httpHeader("Authorization", authorization);
                }
                request.PUT(content);
                return attempt;
            } catch (HttpException e) {
                Failure failure = Failure.of(endpoint, graphName, e, attempt + 1);
                if (!failure.transientFailure() || attempt >= retries) {
                    throw failure;
                }
                pause(attempt, failure);
            }
        }
    }

    /**
     * Asks the endpoint, with one HEAD of graph, whether it can be reached with these credentials; throws
     * {@link Failure} when it cannot (no connection, 401, 403, 5xx), so a build learns it before, not after, its work.
     * Whether the endpoint takes writes is known only from a PUT.
     */
    public void checkReachable(Node graph) {
        URI graphUri = URI.create(endpoint + "?graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8));
        int status;
        try {
            status = send(HttpRequest.newBuilder(graphUri).method("HEAD", HttpRequest.BodyPublishers.noBody()),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw Failure.of(endpoint, graph, new HttpException(e), 1);
        }
        if (status == 401 || status == 403 || status >= 500) {
            throw Failure.of(endpoint, graph, new HttpException(status, "", null), 1);
        }
    }

    /** Sends a request to another address of the same server with the endpoint's credentials, once. */
    <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws IOException {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.timeout(Duration.ofMinutes(10)).build(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to " + endpoint);
        }
    }

    private static void pause(int attempt, Failure failure) {
        long millis = Math.min(LONGEST_PAUSE.toMillis(), FIRST_PAUSE.toMillis() << Math.min(attempt, 10));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    /**
     * A graph the endpoint did not take: its message is one line for the user, naming the graph, the HTTP status
     * (or the connection error) and how many attempts were made.
     */
    public static final class Failure extends RuntimeException {
        private final Node graphName;
        private final int status;
        private final int attempts;

        private Failure(String message, Node graphName, int status, int attempts) {
            super(message);
            this.graphName = graphName;
            this.status = status;
            this.attempts = attempts;
        }

        static Failure of(URI endpoint, Node graphName, HttpException e, int attempts) {
            String tries = attempts == 1 ? "" : " (after " + attempts + " attempts)";
            int status = e.getStatusCode();
            if (status <= 0) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                // The JDK's client gives a refused connection no message.
                String reason = cause instanceof ConnectException && cause.getMessage() == null
                        ? "connection refused" : cause.getMessage() == null || cause.getMessage().isBlank()
                        ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("");
                return new Failure("cannot reach " + endpoint + " to put graph <" + graphName.getURI() + ">: "
                        + reason + tries, graphName, status, attempts);
            }
            String answer = e.getStatusLine() == null ? "" : " " + e.getStatusLine().strip();
            String body = e.getResponse() == null ? "" : e.getResponse().lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("<")).findFirst()
                    .map(line -> ": " + abbreviate(line)).orElse("");
            return new Failure(endpoint + " refused graph <" + graphName.getURI() + "> with HTTP " + status + answer
                    + body + tries + hint(status), graphName, status, attempts);
        }

        private static String hint(int status) {
            return switch (status) {
                case 401, 403 -> " (check --user and --password-file)";
                case 404, 405 -> " (is it the Graph Store Protocol endpoint of a dataset that takes updates,"
                        + " such as http://host:3030/ds/data?)";
                default -> "";
            };
        }

        private static String abbreviate(String line) {
            return line.length() <= 200 ? line : line.substring(0, 200) + "...";
        }

        /** Returns the graph that was refused. */
        public Node graphName() {
            return graphName;
        }

        /** Returns the number of requests sent for the graph, the first included. */
        public int attempts() {
            return attempts;
        }

        /** Returns the HTTP status of the last answer, or 0 or less when the server could not be reached. */
        public int status() {
            return status;
        }

        /** Returns true for a failure worth trying again: no connection, or a server error (5xx). */
        boolean transientFailure() {
            return status <= 0 || status >= 500;
        }

        /**
         * Returns true when every other graph would meet the same fate: the server is unreachable or in error, or
         * it refuses these credentials, this address or this method.
         */
        public boolean refusesEveryGraph() {
            return transientFailure() || status == 401 || status == 403 || status == 404 || status == 405
                    || status == 407;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a user's situation, reported in one line: no stack to keep
        }
    }
}
