package org.ceasefirekg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.ceasefirekg.lexicon.Vocab;

/**
 * The ontology at its namespace: {@code /ontology} (and its version IRIs, e.g. {@code /ontology/0.1.0}) negotiates
 * Turtle, JSON-LD, RDF/XML, N-Triples or the HTML documentation (200, with Vary: Accept: the namespace is a hash
 * namespace, so the document is the answer); {@code /ontology.ttl} and the like give one format, and
 * {@code /context.jsonld} the JSON-LD context made from it.
 */
final class OntologyServlet extends HttpServlet {

    /** The paths of the ontology document: negotiated, and one per format. */
    static final List<String> PATHS = List.of("/ontology", "/ontology.ttl", "/ontology.jsonld", "/ontology.rdf",
            "/ontology.nt", "/ontology.html");
    /** The path of the JSON-LD context. */
    static final String CONTEXT = "/context.jsonld";

    private final transient Graph ontology;
    private final IriSpace iris;
    private final transient JsonLdContext context;
    private final Instant modified;
    private final Set<String> versionPaths;

    /** Serves ontology, a graph with canonical IRIs read from ontology/ceasefire.ttl (modified then). */
    OntologyServlet(Graph ontology, IriSpace iris, JsonLdContext context, Instant modified) {
        this.ontology = IriSpace.withPrefixes(ontology);
        this.iris = iris;
        this.context = context;
        this.modified = modified;
        Node header = NodeFactory.createURI(Vocab.BASE + "ontology");
        this.versionPaths = ontology.find(header, OWL.versionIRI.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isURI).map(Node::getURI)
                .filter(v -> v.startsWith(Vocab.BASE)).map(v -> "/" + v.substring(Vocab.BASE.length()))
                .collect(Collectors.toSet());
    }

    /** Returns the paths this servlet answers besides the extensions: the version IRIs' paths. */
    Set<String> versionPaths() {
        return versionPaths;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals(CONTEXT)) {
            Caching.send(request, response, HttpServletResponse.SC_OK, "application/ld+json; charset=utf-8",
                    context.document(), modified);
            return;
        }
        Optional<Variant> variant;
        int dot = path.lastIndexOf('.');
        if (path.equals("/ontology") || versionPaths.contains(path)) {
            response.setHeader("Vary", "Accept");
            variant = Variant.negotiate(request);
        } else if (dot >= 0 && path.startsWith("/ontology.")) {
            variant = Variant.byExtension(path.substring(dot + 1));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (variant.isEmpty()) {
            Variant.notAcceptable(response);
        } else if (variant.get() == Variant.HTML) {
            Caching.send(request, response, HttpServletResponse.SC_OK, "text/html; charset=utf-8",
                    OntologyPage.render(ontology, iris).getBytes(StandardCharsets.UTF_8), modified);
        } else {
            variant.get().write(request, response, ontology, modified);
        }
    }
}
