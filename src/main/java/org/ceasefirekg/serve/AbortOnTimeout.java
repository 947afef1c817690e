package org.ceasefirekg.serve;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * SELECT results that break the HTTP response when the timeout stops them after the first row. The status 200 may
 * be sent by then, and Fuseki would only append a comment, which a CSV or TSV reader takes for one more row; a
 * response cut before its end (the connection closed without the final chunk) is an error every HTTP client reports.
 */
final class AbortOnTimeout implements RowSet {

    private final RowSet rows;
    private final HttpServletResponse response;
    private final QueryWatchdog watchdog;

    AbortOnTimeout(RowSet rows, HttpServletResponse response, QueryWatchdog watchdog) {
        this.rows = rows;
        this.response = response;
        this.watchdog = watchdog;
    }

    @Override
    public boolean hasNext() {
        try {
            return rows.hasNext();
        } catch (RuntimeException e) {
            throw abort(e);
        }
    }

    @Override
    public Binding next() {
        try {
            return rows.next();
        } catch (RuntimeException e) {
            throw abort(e);
        }
    }

    private RuntimeException abort(RuntimeException failure) {
        RuntimeException e = watchdog.explain(failure);
        if (!(e instanceof QueryCancelledException)) {
            return e;
        }
        try {
            // Jetty's way to abort a response: the connection is closed without finishing it.
            response.sendError(-1);
        } catch (IOException | IllegalStateException ignored) {
            // The client is gone already.
        }
        return e;
    }

    @Override
    public List<Var> getResultVars() {
        return rows.getResultVars();
    }

    @Override
    public long getRowNumber() {
        return rows.getRowNumber();
    }

    @Override
    public void close() {
        rows.close();
    }
}
