package org.ceasefirekg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * Limits on every query the server runs: a timeout for the whole execution and a cap on the rows (solutions) of
 * SELECT, CONSTRUCT and DESCRIBE queries, applied by lowering the query's LIMIT.
 *
 * @param timeoutSeconds the time a query may take, 0 for no limit
 * @param maxRows the most solutions a query returns, 0 for no limit
 */
public record QueryLimits(long timeoutSeconds, long maxRows) {

    /** No timeout, no cap. */
    public static final QueryLimits NONE = new QueryLimits(0, 0);

    public QueryLimits {
        if (timeoutSeconds < 0 || maxRows < 0) {
            throw new IllegalArgumentException("limits must be 0 (none) or positive");
        }
    }

    /** Response header telling a client that its results were cut at the cap. */
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

    /** Returns the Fuseki endpoint context carrying the timeout (ARQ.queryTimeout, in milliseconds). */
    Context endpointContext() {
        Context context = new Context();
        if (timeoutSeconds > 0) {
            context.set(ARQ.queryTimeout, Long.toString(timeoutSeconds * 1000));
        }
        return context;
    }

    /** Fuseki's query processor with the row cap; the timeout comes from the endpoint context. */
    static final class CappedQuery extends SPARQL_QueryDataset {
        private final QueryLimits limits;

        CappedQuery(QueryLimits limits) {
            this.limits = limits;
        }

        @Override
        protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
            Query capped = limits.cap(query);
            if (capped != query) {
                action.getResponse().setHeader(CAPPED_HEADER, Long.toString(limits.maxRows));
            }
            return super.createQueryExec(action, capped, dataset);
        }
    }
}
