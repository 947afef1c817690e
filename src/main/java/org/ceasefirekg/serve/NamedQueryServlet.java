package org.ceasefirekg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.ceasefirekg.store.QueryRunner;

/**
 * The named queries over HTTP: {@code /ceasefire/queries/} lists them (JSON or HTML by Accept), and
 * {@code /ceasefire/queries/NAME?format=csv|tsv|json|xml|html|sparql} runs one (or gives its text), with the
 * server's query limits.
 */
final class NamedQueryServlet extends HttpServlet {

    /** A result format: how it is asked for, its media type, and Jena's writer (null for HTML and the query text). */
    private record Format(String name, String mediaType, Lang lang) {}

    private static final List<Format> FORMATS = List.of(
            new Format("json", "application/sparql-results+json", ResultSetLang.RS_JSON),
            new Format("csv", "text/csv", ResultSetLang.RS_CSV),
            new Format("tsv", "text/tab-separated-values", ResultSetLang.RS_TSV),
            new Format("xml", "application/sparql-results+xml", ResultSetLang.RS_XML),
            new Format("html", "text/html", null),
            new Format("sparql", "application/sparql-query", null));
    private static final AcceptList RESULT_OFFERS = AcceptList.create(
            FORMATS.stream().map(Format::mediaType).toArray(String[]::new));
    private static final AcceptList LIST_OFFERS = AcceptList.create("application/json", "text/html");

    private final transient DatasetGraph dataset;
    private final transient Path dir;
    private final QueryLimits limits;
    private final IriSpace iris;

    NamedQueryServlet(DatasetGraph dataset, Path dir, QueryLimits limits, IriSpace iris) {
        this.dataset = dataset;
        this.dir = dir;
        this.limits = limits;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        response.setHeader("Vary", "Accept");
        if (name.isEmpty()) {
            list(request, response);
            return;
        }
        Optional<NamedQuery> query = NamedQuery.find(dir, name);
        if (query.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no named query '" + name + "'; see "
                    + request.getContextPath() + "/ceasefire/queries/");
            return;
        }
        Optional<Format> format = format(request);
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "formats: csv, tsv, json, xml, html, sparql");
            return;
        }
        run(query.get(), format.get(), response);
    }

    private static Optional<Format> format(HttpServletRequest request) {
        String asked = request.getParameter("format");
        if (asked != null) {
            return FORMATS.stream().filter(f -> f.name.equals(asked)).findFirst();
        }
        return Variant.negotiate(request, RESULT_OFFERS)
                .flatMap(chosen -> FORMATS.stream().filter(f -> f.mediaType.equals(chosen)).findFirst());
    }

    private void run(NamedQuery named, Format format, HttpServletResponse response) throws IOException {
        if (format.name.equals("sparql")) {
            send(response, format.mediaType, named.sparql().getBytes(StandardCharsets.UTF_8));
            return;
        }
        Query query = limits.cap(QueryRunner.parse(named.sparql()));
        if (!query.isSelectType()) {
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "a named query must be a SELECT");
            return;
        }
        // Every row is read before anything is sent: a query that times out answers 503 (QueryTimeoutFilter), not
        // a cut-off table.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowSet rows = limits.select(dataset, query);
        if (format.lang == null) {
            out.writeBytes(table(named, rows).getBytes(StandardCharsets.UTF_8));
        } else {
            ResultsWriter.create().lang(format.lang).build().write(out, ResultSet.adapt(rows));
        }
        send(response, format.mediaType, out.toByteArray());
    }

    private String table(NamedQuery named, RowSet rows) {
        List<Var> vars = rows.getResultVars();
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(named.title())).append("</h1>\n<p>")
                .append(Html.escape(named.description())).append("</p>\n<p class=\"formats\">");
        for (String f : List.of("csv", "tsv", "json", "xml", "sparql")) {
            body.append(Html.link("/ceasefire/queries/" + named.name() + "?format=" + f, f)).append(' ');
        }
        body.append("</p>\n<table class=\"results\">\n<tr>");
        vars.forEach(v -> body.append("<th>").append(Html.escape(v.getVarName())).append("</th>"));
        body.append("</tr>\n");
        while (rows.hasNext()) {
            Binding row = rows.next();
            body.append("<tr>");
            for (Var v : vars) {
                body.append("<td>").append(cell(row.get(v))).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return Html.page(named.title(), "", body.toString());
    }

    private String cell(Node value) {
        if (value == null) {
            return "";
        }
        if (value.isURI()) {
            String iri = value.getURI();
            return Html.link(iris.locate(iri), iri.substring(iri.lastIndexOf('/', iri.length() - 2) + 1));
        }
        return Html.escape(value.isLiteral() ? value.getLiteralLexicalForm() : value.toString());
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<NamedQuery> queries = NamedQuery.all(dir);
        if (Variant.negotiate(request, LIST_OFFERS).orElse("").equals("text/html")) {
            StringBuilder body = new StringBuilder("<h1>Named queries</h1>\n<p>The competency questions of the "
                    + "knowledge graph. Each runs at <code>/ceasefire/queries/NAME</code>; add "
                    + "<code>?format=csv</code>, <code>tsv</code>, <code>json</code> or <code>xml</code>.</p>\n<dl>\n");
            for (NamedQuery q : queries) {
                String url = "/ceasefire/queries/" + q.name();
                body.append("<dt>").append(Html.link(url, q.title())).append(" <small class=\"muted\">")
                        .append(Html.escape(q.name())).append("</small></dt>\n<dd>").append(Html.escape(q.description()))
                        .append(" <span class=\"formats\">").append(Html.link(url + "?format=csv", "csv"))
                        .append(Html.link(url + "?format=json", "json")).append(Html.link(url + "?format=sparql", "query"))
                        .append("</span></dd>\n");
            }
            body.append("</dl>\n");
            Html.send(response, Html.page("Named queries", "", body.toString()));
            return;
        }
        String origin = Origin.of(request);
        List<Map<String, String>> listing = queries.stream().map(q -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", q.name());
            entry.put("title", q.title());
            entry.put("description", q.description());
            entry.put("url", origin + KgServer.DATASET + "/queries/" + q.name());
            return entry;
        }).toList();
        send(response, "application/json", new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(Map.of("queries", listing)));
    }

    private static void send(HttpServletResponse response, String mediaType, byte[] body) throws IOException {
        response.setContentType(mediaType + "; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
