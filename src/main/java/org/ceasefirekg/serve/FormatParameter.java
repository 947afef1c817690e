package org.ceasefirekg.serve;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * Makes the query endpoint understand the {@code format=} (and {@code output=}, {@code results=}) values that
 * clients send: SPARQLWrapper sends {@code rdf+xml}, {@code n3}, {@code turtle} or {@code json-ld} (with the media
 * type as a second value), which Fuseki rejects with "Can't determine output content type". Each such value becomes
 * the media type it names for the query's form; a value that names nothing for that form is dropped, so the
 * Accept header (which these clients always send) decides.
 */
final class FormatParameter implements Filter {

    private static final List<String> NAMES = List.of("format", "output", "results");
    private static final Map<String, String> GRAPH_FORMATS = Map.ofEntries(
            Map.entry("rdf+xml", "application/rdf+xml"), Map.entry("rdf", "application/rdf+xml"),
            Map.entry("xml", "application/rdf+xml"), Map.entry("rdfxml", "application/rdf+xml"),
            Map.entry("n3", "text/turtle"), Map.entry("turtle", "text/turtle"), Map.entry("ttl", "text/turtle"),
            Map.entry("json-ld", "application/ld+json"), Map.entry("jsonld", "application/ld+json"),
            Map.entry("json", "application/ld+json"),
            Map.entry("nt", "application/n-triples"), Map.entry("ntriples", "application/n-triples"),
            Map.entry("n-triples", "application/n-triples"));
    /** Fuseki's own short names for results, and the media types it writes. */
    private static final Set<String> RESULT_FORMATS = Set.of("json", "xml", "csv", "tsv", "text", "sparql",
            "application/sparql-results+json", "application/sparql-results+xml", "application/json",
            "application/xml", "text/csv", "text/tab-separated-values", "text/plain");
    private static final Set<String> GRAPH_TYPES = Set.copyOf(GRAPH_FORMATS.values());

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String queryText = request.getParameter("query");
        if (queryText == null || NAMES.stream().allMatch(n -> request.getParameter(n) == null)) {
            chain.doFilter(req, resp);
            return;
        }
        boolean graph;
        try {
            Query query = QueryFactory.create(queryText);
            graph = query.isConstructType() || query.isDescribeType();
        } catch (QueryParseException e) {
            chain.doFilter(req, resp); // Fuseki reports the syntax error
            return;
        }
        Map<String, String[]> params = new LinkedHashMap<>(request.getParameterMap());
        for (String name : NAMES) {
            String[] values = params.remove(name);
            if (values != null && values.length > 0) {
                String understood = understood(values[0], graph);
                if (understood != null) {
                    params.put(name, new String[] {understood});
                }
            }
        }
        chain.doFilter(new Parameters(request, params), resp);
    }

    /** The value Fuseki understands for a format value and a query form, or null when it names nothing there. */
    static String understood(String value, boolean graph) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (graph) {
            return GRAPH_FORMATS.containsKey(v) ? GRAPH_FORMATS.get(v) : GRAPH_TYPES.contains(v) ? v : null;
        }
        return RESULT_FORMATS.contains(v) ? v : null;
    }

    /** The request with the parameters rewritten. */
    private static final class Parameters extends HttpServletRequestWrapper {
        private final Map<String, String[]> params;

        Parameters(HttpServletRequest request, Map<String, String[]> params) {
            super(request);
            this.params = Collections.unmodifiableMap(params);
        }

        @Override
        public String getParameter(String name) {
            String[] values = params.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(params.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return params.get(name);
        }
    }
}
