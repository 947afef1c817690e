package org.ceasefirekg.serve;

import java.net.SocketAddress;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * Stops a query at its time limit by setting the query's cancel signal, which every step of the execution checks.
 * Jena 5.6's own timeout waits for a lock that query planning holds, and planning runs some subqueries to their end
 * (a sub-SELECT joined to a pattern, or under ORDER BY): such a query would otherwise run for as long as it takes,
 * minutes or hours, whatever the timeout.
 */
final class QueryWatchdog implements AutoCloseable {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    /** How often the connection of a running query is looked at, to stop it soon after its client hung up. */
    static final long HANG_UP_CHECK_MILLIS = 250;

    private final AtomicBoolean signal;
    private final ScheduledFuture<?> alarm;
    private volatile ScheduledFuture<?> hangUpCheck;

    private QueryWatchdog(AtomicBoolean signal, ScheduledFuture<?> alarm) {
        this.signal = signal;
        this.alarm = alarm;
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "kg-query-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        // Most queries end long before their alarm: drop it at once instead of keeping it until it is due.
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** Arms a watchdog that cancels exec once timeoutSeconds have passed; 0 arms none. */
    static QueryWatchdog arm(QueryExec exec, long timeoutSeconds) {
        return arm(exec, timeoutSeconds, 0);
    }

    /**
     * Arms a watchdog that cancels exec once timeoutSeconds have passed since a request began, spentNanos ago:
     * the time the request waited for its turn and its query took to parse counts against the same budget.
     */
    static QueryWatchdog arm(QueryExec exec, long timeoutSeconds, long spentNanos) {
        return arm(exec.getContext(), timeoutSeconds, spentNanos);
    }

    /** Arms a watchdog on the cancel signal of an execution's context (a query's or an update's). */
    static QueryWatchdog arm(Context context, long timeoutSeconds, long spentNanos) {
        AtomicBoolean signal = context == null ? null : Context.getCancelSignal(context);
        if (signal == null) {
            signal = new AtomicBoolean(); // an execution without a signal cannot be stopped this way
        }
        AtomicBoolean cancel = signal;
        long leftNanos = Math.max(0, TimeUnit.SECONDS.toNanos(timeoutSeconds) - spentNanos);
        ScheduledFuture<?> alarm = timeoutSeconds > 0
                ? TIMER.schedule(() -> cancel.set(true), leftNanos, TimeUnit.NANOSECONDS)
                : null;
        return new QueryWatchdog(signal, alarm);
    }

    /**
     * Cancels the query soon after the client of the connection local-remote hangs up (see {@link HungUpClients}),
     * instead of at its timeout: an abandoned query would hold its place among the running ones to the end.
     */
    void cancelOnHangUp(SocketAddress local, SocketAddress remote) {
        hangUpCheck = TIMER.scheduleWithFixedDelay(() -> {
            if (HungUpClients.hungUp(local, remote)) {
                signal.set(true);
                ScheduledFuture<?> self = hangUpCheck;
                if (self != null) {
                    self.cancel(false);
                }
            }
        }, HANG_UP_CHECK_MILLIS, HANG_UP_CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Cancels the query now, e.g. because its request failed. */
    void cancel() {
        signal.set(true);
    }

    /** Returns true when the query was cancelled, by this watchdog or by Jena's own timeout. */
    boolean cancelled() {
        return signal.get();
    }

    /**
     * Returns what a failure of the query means: a cancellation when the query was cancelled. Jena 5.6 can fail
     * with a NullPointerException while it closes a cancelled hash join (Jena issue GH-3516), which would otherwise
     * reach the client as a 500.
     */
    RuntimeException explain(RuntimeException failure) {
        return cancelled() && !(failure instanceof QueryCancelledException) ? new QueryCancelledException() : failure;
    }

    /** Disarms the watchdog of a query that has ended. */
    @Override
    public void close() {
        if (alarm != null) {
            alarm.cancel(false);
        }
        ScheduledFuture<?> check = hangUpCheck;
        if (check != null) {
            check.cancel(false);
        }
    }
}
