package org.ceasefirekg.serve;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;

/**
 * Limits on every query the server runs: a timeout for the whole execution, a cap on the rows (solutions) of
 * SELECT, CONSTRUCT and DESCRIBE queries, applied by lowering the query's LIMIT, and no SERVICE to other endpoints,
 * so that no query can make the server fetch a URL.
 *
 * @param timeoutSeconds the time a query may take, 0 for no limit
 * @param maxRows the most solutions a query returns, 0 for no limit
 */
public record QueryLimits(long timeoutSeconds, long maxRows) {

    /** No timeout, no cap (SERVICE stays refused). */
    public static final QueryLimits NONE = new QueryLimits(0, 0);

    public QueryLimits {
        if (timeoutSeconds < 0 || maxRows < 0) {
            throw new IllegalArgumentException("limits must be 0 (none) or positive");
        }
    }

    /** Response header telling a client that its results were cut at the cap (sent only when they were). */
    static final String CAPPED_HEADER = "X-Result-Limit";

    /** Returns query, or a copy with its LIMIT lowered to the cap when it asks for more. */
    Query cap(Query query) {
        if (maxRows == 0 || query.isAskType() || (query.hasLimit() && query.getLimit() <= maxRows)) {
            return query;
        }
        Query capped = query.cloneQuery();
        capped.setLimit(maxRows);
        return capped;
    }

    /**
     * Returns the Fuseki endpoint context: the timeout (ARQ.queryTimeout, in milliseconds, which a client's
     * {@code ?timeout=} can only lower) and HTTP SERVICE disallowed, so that a query cannot reach other hosts or
     * the server's own network (server-side request forgery).
     */
    Context endpointContext() {
        Context context = new Context();
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQConstants.sysOptimizerFactory, CancellableRegex.OPTIMIZER);
        if (timeoutSeconds > 0) {
            context.set(ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000));
        }
        return context;
    }

    /** Runs a SELECT of the server's own pages within the timeout, without SERVICE; the rows are all read. */
    RowSet select(DatasetGraph dataset, Query query) {
        return select(dataset, query, BindingFactory.empty());
    }

    /**
     * Runs a SELECT of the server's own pages with variables replaced by the values of substitution, within the
     * timeout and without SERVICE, in a read transaction (or the caller's); the rows are all read before it returns.
     */
    RowSet select(DatasetGraph dataset, Query query, Binding substitution) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).substitution(substitution)
                    .set(ARQ.httpServiceAllowed, false).build();
                 QueryWatchdog watchdog = QueryWatchdog.arm(exec, timeoutSeconds)) {
                try {
                    return exec.select().materialize();
                } catch (RuntimeException e) {
                    throw watchdog.explain(e);
                }
            }
        });
    }

    /** Returns the message of a query stopped by the timeout. */
    String timeoutMessage() {
        return "the query took longer than " + timeoutSeconds + " s, the server's limit";
    }
}
