package org.ceasefirekg.serve;

/**
 * Limits on every request before any query runs: how large a request body may be, and how many requests that can
 * run a query are served at once, per client address and in all, with a bounded queue for the rest.
 *
 * @param maxQueryBytes the largest body (query, update or form) of any request but a Graph Store upload
 * @param maxUploadBytes the largest body of a Graph Store upload ({@code /ceasefire/data})
 * @param maxRunning requests served at once; more wait in the queue
 * @param maxPerClient requests of one client address served at once; its others wait in the queue, so that a
 *     client's slow queries always leave places for other clients
 * @param maxQueued requests waiting for a turn; more get 503
 */
public record RequestLimits(long maxQueryBytes, long maxUploadBytes, int maxRunning, int maxPerClient,
        int maxQueued) {

    /**
     * The defaults of {@code kg serve}: 256 KiB queries, 64 MiB uploads, 8 running, 2 per client (about a core each
     * on a small machine, so another client's query still finds a core), 64 queued.
     */
    public static final RequestLimits DEFAULT = new RequestLimits(256 * 1024, 64L * 1024 * 1024, 8, 2, 64);

    /** Seconds a refused client is told to wait before it tries again. */
    static final int RETRY_AFTER_SECONDS = 2;

    public RequestLimits {
        if (maxQueryBytes < 1 || maxUploadBytes < 1 || maxRunning < 1 || maxPerClient < 1 || maxQueued < 0) {
            throw new IllegalArgumentException("sizes and counts must be positive (the queue may be 0)");
        }
    }
}
