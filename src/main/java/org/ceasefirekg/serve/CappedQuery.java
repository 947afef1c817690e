package org.ceasefirekg.serve;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Fuseki's query processor with the server's {@link QueryLimits}: the row cap, a watchdog that enforces the timeout
 * where Jena's own does not (counted from the request's first byte, and cut short when Jetty reports the request failed), a
 * clear end to a query stopped while its rows stream, and a 400 for a query too deeply nested to compile. The
 * timeout itself and the refusal of SERVICE come from the endpoint context.
 */
final class CappedQuery extends SPARQL_QueryDataset {

    /** The request attribute holding the watchdog of the request's query. */
    private static final String WATCHDOG = CappedQuery.class.getName() + ".watchdog";
    /** The request attribute saying that the SELECT asks for one row over the cap, to tell whether it was cut. */
    private static final String PEEK = CappedQuery.class.getName() + ".peek";

    private final QueryLimits limits;
    private final RemoteHosts remote;

    CappedQuery(QueryLimits limits, RemoteHosts remote) {
        this.limits = limits;
        this.remote = remote;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        // Fuseki reports a parser's StackOverflowError as just that; parsed here first, it gets a clear message.
        // Parsing a query within the size limit takes milliseconds.
        try {
            QueryShape.checkSize(QueryFactory.create(queryString, Syntax.syntaxARQ).getQueryPattern());
        } catch (QueryParseException e) {
            if (QueryShape.tooDeep(e)) {
                ServletOps.errorBadRequest(QueryShape.TOO_DEEP);
            }
            // Fuseki parses it again below and reports why.
        }
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            // Parsing, compiling and optimizing are recursive: thousands of nested groups or OPTIONALs exhaust the
            // thread's stack. The stack is unwound by now; the thread and the server are fine.
            ServletOps.errorBadRequest(QueryShape.TOO_DEEP);
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
        if (remote.any()) {
            remote.checkServices(query.getQueryPattern());
        }
        Query capped = limits.cap(query);
        if (capped != query) {
            if (query.isSelectType()) {
                capped.setLimit(limits.maxRows() + 1);
                action.getRequest().setAttribute(PEEK, Boolean.TRUE);
            } else {
                action.getResponse().setHeader(QueryLimits.CAPPED_HEADER, Long.toString(limits.maxRows()));
            }
        }
        QueryExec exec = super.createQueryExec(action, capped, dataset);
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(action.getRequest());
        long spent = request == null ? 0 : System.nanoTime() - request.getBeginNanoTime();
        QueryWatchdog watchdog = QueryWatchdog.arm(exec, limits.timeoutSeconds(), spent);
        if (request != null) {
            // Jetty reports a failure of the request (an idle timeout, a reset HTTP/2 stream): nobody waits any more.
            // A closed HTTP/1.1 connection shows only at the next write, which fails and ends the query too.
            request.addFailureListener(failure -> watchdog.cancel());
            // A client that simply hangs up fails nothing until the answer is written: the kernel tells it sooner.
            watchdog.cancelOnHangUp(request.getConnectionMetaData().getLocalSocketAddress(),
                    request.getConnectionMetaData().getRemoteSocketAddress());
        }
        action.getRequest().setAttribute(WATCHDOG, watchdog);
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String log) {
        QueryExecResult result = super.executeQuery(action, exec, query, log);
        if (!result.isRowSet()) {
            return result; // only SELECT results stream; the other forms are complete before the status is sent
        }
        if (action.getRequest().getAttribute(PEEK) != null) {
            return new QueryExecResult(cut(action, result.rowSet()));
        }
        return new QueryExecResult(new AbortOnTimeout(result.rowSet(), action.getResponse(), watchdog(action)));
    }

    /**
     * Reads the rows of a capped SELECT, one more than the cap at most, and says in the header whether there were
     * more than the cap; read before the status is sent, a timeout still answers 503.
     */
    private RowSet cut(HttpAction action, RowSet rows) {
        List<Binding> kept = new ArrayList<>();
        try {
            while (rows.hasNext()) {
                kept.add(rows.next());
            }
        } catch (RuntimeException e) {
            throw watchdog(action).explain(e);
        }
        if (kept.size() > limits.maxRows()) {
            kept.remove(kept.size() - 1);
            action.getResponse().setHeader(QueryLimits.CAPPED_HEADER, Long.toString(limits.maxRows()));
        }
        return RowSetStream.create(rows.getResultVars(), kept.iterator());
    }
}
