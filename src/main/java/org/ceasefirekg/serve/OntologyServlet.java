package org.ceasefirekg.serve;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;

/**
 * The ontology at its namespace: {@code /ontology} negotiates Turtle, JSON-LD, N-Triples or the HTML documentation
 * (200, with Vary: Accept: the namespace is a hash namespace, so the document is the answer); {@code /ontology.ttl}
 * and the like give one format.
 */
final class OntologyServlet extends HttpServlet {

    private final transient Graph ontology;
    private final IriSpace iris;

    /** Serves ontology, a graph with canonical IRIs read from ontology/ceasefire.ttl. */
    OntologyServlet(Graph ontology, IriSpace iris) {
        this.ontology = ontology;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        Optional<Variant> variant;
        int dot = path.lastIndexOf('.');
        if (dot >= 0) {
            variant = Variant.byExtension(path.substring(dot + 1));
        } else {
            response.setHeader("Vary", "Accept");
            variant = Variant.negotiate(request);
        }
        if (variant.isEmpty()) {
            Variant.notAcceptable(response);
        } else if (variant.get() == Variant.HTML) {
            Html.send(response, OntologyPage.render(ontology, iris));
        } else {
            variant.get().write(response, iris.publish(ontology));
        }
    }
}
