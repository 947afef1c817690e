package org.ceasefirekg.serve;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Reads what is left of a small request body once the request has been answered. Fuseki refuses a write on a
 * read-only dataset without reading its body; Jetty then closes the connection after the answer, and a client that
 * pools connections (Java's HttpClient, Python's requests) may send its next request down the closed one and fail.
 */
final class UnreadBodyFilter implements Filter {

    /** Bodies larger than this are left unread: closing the connection is then cheaper than reading on. */
    static final int MAX_DRAIN_BYTES = 1 << 20;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            drain(request);
        }
    }

    private static void drain(ServletRequest request) {
        long length = request.getContentLengthLong();
        if (length == 0 || length > MAX_DRAIN_BYTES) {
            return;
        }
        try {
            InputStream body = request.getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            for (int n; read <= MAX_DRAIN_BYTES && (n = body.read(buffer)) != -1; ) {
                read += n;
            }
        } catch (IOException | IllegalStateException ignored) {
            // The body was taken as a reader, or the client went away: nothing is left for us to read.
        }
    }
}
