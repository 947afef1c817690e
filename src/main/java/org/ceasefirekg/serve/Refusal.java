package org.ceasefirekg.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A refusal answered by a guard in front of Fuseki: the status and the reason as plain text, whatever the client
 * accepts (Jetty's error page would leave the body empty for a client that asks for SPARQL results), and the
 * connection closed, since the request's body may be left unread.
 */
final class Refusal {
    private Refusal() {}

    /** Answers status with reason as text/plain and closes the connection afterwards. */
    static void send(Request request, Response response, Callback callback, int status, String reason) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap((reason + "\n").getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** Answers 503 with the reason and a {@code Retry-After}. */
    static void busy(Request request, Response response, Callback callback, String reason) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RequestLimits.RETRY_AFTER_SECONDS));
        send(request, response, callback, 503, reason);
    }
}
