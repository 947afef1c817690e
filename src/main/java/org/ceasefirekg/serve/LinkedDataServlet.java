package org.ceasefirekg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Dereferences resource IRIs with 303 See Other: {@code /id/X} (and {@code /cameo/X}) redirect to the document
 * {@code /doc/X.EXT} (and {@code /doc/cameo/X.EXT}) in the format the Accept header prefers; {@code /doc/X} without
 * an extension negotiates directly. An IRI the store does not know is 404. The path under this server is the path
 * under {@code https://w3id.org/ceasefire-kg/}: {@code /id/actor/russia} answers for
 * {@code https://w3id.org/ceasefire-kg/id/actor/russia}, and the description says that IRI (see {@link IriSpace}).
 */
final class LinkedDataServlet extends HttpServlet {

    private static final String CAMEO = "cameo/";

    private final transient DatasetGraph dataset;
    private final IriSpace iris;
    private final QueryLimits limits;

    LinkedDataServlet(DatasetGraph dataset, IriSpace iris, QueryLimits limits) {
        this.dataset = dataset;
        this.iris = iris;
        this.limits = limits;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The raw path keeps percent-encodings exactly as the IRIs in the store have them.
        String path = request.getRequestURI().substring(request.getContextPath().length() + 1);
        if (path.startsWith("doc/")) {
            document(path.substring("doc/".length()), request, response);
        } else {
            redirect(path, request, response);
        }
    }

    /** Thing to document: 303 to the document in the negotiated format. */
    private void redirect(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Description.exists(dataset, NodeFactory.createURI(IriSpace.canonical(path)))) {
            notFound(response, path);
            return;
        }
        response.setHeader("Vary", "Accept");
        Optional<Variant> variant = Variant.negotiate(request);
        if (variant.isEmpty()) {
            Variant.notAcceptable(response);
            return;
        }
        String docPath = path.startsWith(CAMEO) ? path : path.substring("id/".length());
        String location = iris.base() + "doc/" + docPath + "." + variant.get().extension;
        // A thing is not its document: the IRI stays the canonical one, the document lives on this server.
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println("303 See Other: described by " + location);
    }

    private void document(String docPath, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Variant> variant;
        String withoutExtension = docPath;
        int dot = docPath.lastIndexOf('.');
        if (dot > docPath.lastIndexOf('/') && dot >= 0) {
            variant = Variant.byExtension(docPath.substring(dot + 1));
            withoutExtension = docPath.substring(0, dot);
            if (variant.isEmpty()) {
                notFound(response, docPath);
                return;
            }
        } else {
            response.setHeader("Vary", "Accept");
            variant = Variant.negotiate(request);
            if (variant.isEmpty()) {
                Variant.notAcceptable(response);
                return;
            }
        }
        String thingPath = withoutExtension.startsWith(CAMEO) ? withoutExtension : "id/" + withoutExtension;
        Node subject = NodeFactory.createURI(IriSpace.canonical(thingPath));
        Optional<Description> description = Description.read(dataset, subject, limits);
        if (description.isEmpty()) {
            notFound(response, thingPath);
            return;
        }
        Instant modified = Caching.storeModified(dataset).orElse(null);
        if (variant.get() == Variant.HTML) {
            String page = ResourcePage.render(description.get(), iris, iris.base() + "doc/" + withoutExtension);
            Caching.send(request, response, HttpServletResponse.SC_OK, "text/html; charset=utf-8",
                    page.getBytes(StandardCharsets.UTF_8), modified);
        } else {
            variant.get().write(request, response, description.get().document(iris), modified);
        }
    }

    private void notFound(HttpServletResponse response, String path) throws IOException {
        Html.send(response, HttpServletResponse.SC_NOT_FOUND, Html.page("Not found", "",
                "<h1>Not found</h1>\n<p>The knowledge graph has nothing about <code>"
                        + Html.escape(IriSpace.canonical(path)) + "</code>.</p>"));
    }
}
