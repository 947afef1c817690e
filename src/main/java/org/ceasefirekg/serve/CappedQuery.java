package org.ceasefirekg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's query processor with the server's {@link QueryLimits}: the row cap, a watchdog that enforces the timeout
 * where Jena's own does not, and a clear end to a query stopped while its rows stream. The timeout itself and the
 * refusal of SERVICE come from the endpoint context.
 */
final class CappedQuery extends SPARQL_QueryDataset {

    /** The request attribute holding the watchdog of the request's query. */
    private static final String WATCHDOG = CappedQuery.class.getName() + ".watchdog";

    private final QueryLimits limits;

    CappedQuery(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (RuntimeException e) {
            QueryWatchdog watchdog = watchdog(action);
            throw watchdog == null ? e : watchdog.explain(e);
        } finally {
            QueryWatchdog watchdog = watchdog(action);
            if (watchdog != null) {
                watchdog.close();
            }
        }
    }

    private static QueryWatchdog watchdog(HttpAction action) {
        return (QueryWatchdog) action.getRequest().getAttribute(WATCHDOG);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query capped = limits.cap(query);
        if (capped != query) {
            action.getResponse().setHeader(QueryLimits.CAPPED_HEADER, Long.toString(limits.maxRows()));
        }
        QueryExec exec = super.createQueryExec(action, capped, dataset);
        action.getRequest().setAttribute(WATCHDOG, QueryWatchdog.arm(exec, limits.timeoutSeconds()));
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String log) {
        QueryExecResult result = super.executeQuery(action, exec, query, log);
        // Only SELECT results stream; the other forms are complete before the status is sent.
        return result.isRowSet()
                ? new QueryExecResult(new AbortOnTimeout(result.rowSet(), action.getResponse(), watchdog(action)))
                : result;
    }
}
