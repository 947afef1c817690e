package org.ceasefirekg.serve;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses a request body over its limit with 413 and the limit before a byte of it is read: the query limit for
 * queries, updates and forms (parsing is the cost: 1 MB of query text took 1.2 s, 8 MB 21 s), the upload limit for
 * Graph Store writes. A body without a length (chunked) is counted as it is read and fails at the limit.
 * (Jetty's SizeLimitHandler has one limit for every path.)
 */
final class BodyLimit extends Handler.Wrapper {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final RequestLimits limits;

    BodyLimit(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        boolean upload = Request.getPathInContext(request).startsWith(KgServer.DATASET + "/data");
        long limit = upload ? limits.maxUploadBytes() : limits.maxQueryBytes();
        String message = (upload ? "the upload" : "the request body") + " is larger than " + limit
                + " bytes, the server's limit" + (upload ? " (--max-upload-bytes)" : " (--max-query-bytes)");
        long length = request.getLength();
        if (length > limit) {
            Refusal.send(request, response, callback, 413, message);
            return true;
        }
        if (length < 0 && FORM.equalsIgnoreCase(String.valueOf(request.getHeaders().get(HttpHeader.CONTENT_TYPE))
                .split(";")[0].trim()) && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            // Jetty's form parser turns a body cut at the limit into a 500: a form must say its length.
            Refusal.send(request, response, callback, 411, "a form must be sent with its Content-Length (at most "
                    + limit + " bytes)");
            return true;
        }
        return super.handle(length < 0 ? new Counted(request, limit, message) : request, response, callback);
    }

    /** A request whose body fails with 413 once more than the limit has been read. */
    private static final class Counted extends Request.Wrapper {
        private final long limit;
        private final String message;
        private long read;

        Counted(Request request, long limit, String message) {
            super(request);
            this.limit = limit;
            this.message = message;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk != null && !Content.Chunk.isFailure(chunk)) {
                read += chunk.remaining();
                if (read > limit) {
                    chunk.release();
                    return Content.Chunk.from(new BadMessageException(413, message), true);
                }
            }
            return chunk;
        }
    }
}
