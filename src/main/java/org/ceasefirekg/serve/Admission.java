package org.ceasefirekg.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Admission control in front of everything that can run a query: at most maxRunning requests are served at once
 * and at most maxPerClient of one client address, so one client's slow queries always leave places for the others;
 * the rest wait (holding no thread) in a queue of maxQueued, for at most maxWait, and are let in first come first
 * served among the clients that have a place. A refused request gets 503 with {@code Retry-After} and the reason.
 * Static files, the ping and CORS preflights pass without a turn. (Jetty's QoSHandler queues too, but knows
 * nothing of clients and answers an overflow with an empty 503.)
 */
final class Admission extends Handler.Wrapper {

    private record Waiting(Request request, Response response, Callback callback, String client) {}

    private final RequestLimits limits;
    private final Duration maxWait;
    private final LinkedList<Waiting> queue = new LinkedList<>();
    private final Map<String, Integer> runningPerClient = new HashMap<>();
    private int running;

    Admission(RequestLimits limits, Duration maxWait) {
        this.limits = limits;
        this.maxWait = maxWait;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (path.startsWith("/web/") || path.startsWith("/$/ping") || request.getMethod().equals("OPTIONS")) {
            return super.handle(request, response, callback);
        }
        Waiting waiting = new Waiting(request, response, callback, Request.getRemoteAddr(request));
        boolean runNow = false;
        boolean queued = false;
        synchronized (this) {
            if (hasPlace(waiting.client())) {
                start(waiting.client());
                runNow = true;
            } else if (queue.size() < limits.maxQueued()) {
                queue.addLast(waiting);
                queued = true;
            }
        }
        if (runNow) {
            run(waiting);
        } else if (queued) {
            request.getComponents().getScheduler().schedule(() -> expire(waiting), maxWait.toMillis(),
                    TimeUnit.MILLISECONDS);
        } else {
            Refusal.busy(request, response, callback, "the server is busy: " + limits.maxRunning() + " requests are "
                    + "running and " + limits.maxQueued() + " waiting, the most it takes");
        }
        return true;
    }

    private boolean hasPlace(String client) {
        return running < limits.maxRunning() && runningPerClient.getOrDefault(client, 0) < limits.maxPerClient();
    }

    private void start(String client) {
        running++;
        runningPerClient.merge(client, 1, Integer::sum);
    }

    private void run(Waiting turn) {
        AtomicBoolean ended = new AtomicBoolean();
        Callback done = new Callback() {
            @Override
            public void succeeded() {
                turn.callback().succeeded();
                end();
            }

            @Override
            public void failed(Throwable failure) {
                turn.callback().failed(failure);
                end();
            }

            @Override
            public InvocationType getInvocationType() {
                return turn.callback().getInvocationType();
            }

            private void end() {
                if (ended.compareAndSet(false, true)) {
                    finished(turn.client());
                }
            }
        };
        try {
            if (!super.handle(turn.request(), turn.response(), done)) {
                Response.writeError(turn.request(), turn.response(), done, 404);
            }
        } catch (Throwable failure) {
            Response.writeError(turn.request(), turn.response(), done, failure);
        }
    }

    /** Frees the place of a request that ended and lets in the first waiting requests that now have one. */
    private void finished(String client) {
        List<Waiting> next = new ArrayList<>();
        synchronized (this) {
            running--;
            runningPerClient.computeIfPresent(client, (c, n) -> n == 1 ? null : n - 1);
            for (Iterator<Waiting> it = queue.iterator(); it.hasNext() && running < limits.maxRunning(); ) {
                Waiting waiting = it.next();
                if (hasPlace(waiting.client())) {
                    it.remove();
                    start(waiting.client());
                    next.add(waiting);
                }
            }
        }
        for (Waiting waiting : next) {
            waiting.request().getComponents().getThreadPool().execute(() -> run(waiting));
        }
    }

    private void expire(Waiting waiting) {
        synchronized (this) {
            if (!queue.remove(waiting)) {
                return; // its turn came
            }
        }
        Refusal.busy(waiting.request(), waiting.response(), waiting.callback(), "the server is busy: the request waited "
                + maxWait.toSeconds() + " s for one of its " + limits.maxRunning() + " places");
    }
}
