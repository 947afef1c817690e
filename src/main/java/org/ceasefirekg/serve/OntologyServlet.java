package org.ceasefirekg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.ceasefirekg.lexicon.Vocab;

/**
 * The ontology at its namespace: {@code /ontology} (and its version IRI, e.g. {@code /ontology/0.2.0}) negotiates
 * Turtle, JSON-LD, RDF/XML, N-Triples or the HTML documentation (200, with Vary: Accept: the namespace is a hash
 * namespace, so the document is the answer); {@code /ontology.ttl} and the like give one format, and
 * {@code /context.jsonld} the JSON-LD context made from it. Each {@code owl:priorVersion} answers the same way with
 * its archived file, {@code versions/VERSION.ttl} beside the ontology file.
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
    /** The graph at each version IRI's path: this version's is the ontology, a prior one's its archived file. */
    private final transient Map<String, Graph> versions = new HashMap<>();

    /**
     * Serves ontology, a graph with canonical IRIs read from file (ontology/ceasefire.ttl, modified then), with its
     * prior versions from the folder versions/ beside it; a prior version without a file there stays 404.
     */
    OntologyServlet(Graph ontology, Path file, IriSpace iris, JsonLdContext context, Instant modified) {
        this.ontology = IriSpace.withPrefixes(ontology);
        this.iris = iris;
        this.context = context;
        this.modified = modified;
        for (String path : versionPaths(ontology, OWL.versionIRI.asNode())) {
            versions.put(path, this.ontology);
        }
        for (String path : versionPaths(ontology, OWL.priorVersion.asNode())) {
            Path archived = file == null ? null
                    : file.resolveSibling("versions").resolve(path.substring(path.lastIndexOf('/') + 1) + ".ttl");
            if (archived != null && Files.isRegularFile(archived)) {
                versions.put(path, IriSpace.withPrefixes(RDFDataMgr.loadGraph(archived.toString())));
            }
        }
    }

    /** The paths on this server of the ontology header's version IRIs of one kind (versionIRI, priorVersion). */
    private static List<String> versionPaths(Graph ontology, Node property) {
        Node header = NodeFactory.createURI(Vocab.BASE + "ontology");
        return ontology.find(header, property, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isURI).map(Node::getURI).filter(v -> v.startsWith(Vocab.BASE + "ontology/"))
                .map(v -> "/" + v.substring(Vocab.BASE.length())).toList();
    }

    /** Returns the paths this servlet answers besides the extensions: the version IRIs' paths. */
    Set<String> versionPaths() {
        return versions.keySet();
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
        Graph document = versions.getOrDefault(path, ontology);
        if (path.equals("/ontology") || versions.containsKey(path)) {
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
                    OntologyPage.render(document, iris).getBytes(StandardCharsets.UTF_8), modified);
        } else {
            variant.get().write(request, response, document, modified);
        }
    }
}
