package org.ceasefirekg.serve;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.QueryCancelledException;

/**
 * Answers 503 when a query of the server's own pages (landing page, descriptions, named queries, VoID) runs into
 * the timeout, as Fuseki does for its endpoints; a page whose answer had already started is cut off instead.
 */
final class QueryTimeoutFilter implements Filter {

    private final QueryLimits limits;

    QueryTimeoutFilter(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (QueryCancelledException e) {
            HttpServletResponse http = (HttpServletResponse) response;
            if (http.isCommitted()) {
                http.sendError(-1); // Jetty closes the connection without finishing the response
            } else {
                http.reset();
                http.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, limits.timeoutMessage());
            }
        }
    }
}
