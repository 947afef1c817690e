package org.ceasefirekg.serve;

import java.net.URI;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ceasefirekg.lexicon.Vocab;

/**
 * Maps the canonical IRIs the store holds (under {@link Vocab#BASE}) to the IRIs this server publishes (under the
 * configured base), so that a consumer can follow links on this server; the identity when the base is canonical.
 *
 * @param base the published base, an absolute http(s) URL ending in "/"
 */
public record IriSpace(String base) {

    /** Prefixes written in Turtle and JSON-LD and used to show predicates in HTML. */
    private static final Map<String, String> STANDARD = Map.of(
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "owl", "http://www.w3.org/2002/07/owl#",
            "xsd", "http://www.w3.org/2001/XMLSchema#",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "prov", "http://www.w3.org/ns/prov#",
            "schema", "https://schema.org/",
            "dcterms", "http://purl.org/dc/terms/",
            "sem", "http://semanticweb.cs.vu.nl/2009/11/sem/",
            "nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");

    public IriSpace {
        URI uri = URI.create(base);
        if (!uri.isAbsolute() || !(base.startsWith("http://") || base.startsWith("https://"))) {
            throw new IllegalArgumentException("the base must be an absolute http(s) URL: " + base);
        }
        if (!base.endsWith("/")) {
            base = base + "/";
        }
    }

    /** Returns true when the published IRIs are the canonical ones. */
    public boolean isCanonical() {
        return base.equals(Vocab.BASE);
    }

    /** Returns the published form of an IRI: canonical IRIs move under the base, others stay. */
    public String publish(String iri) {
        return iri.startsWith(Vocab.BASE) ? base + iri.substring(Vocab.BASE.length()) : iri;
    }

    /** Returns the canonical IRI for a path under the base, e.g. "id/actor/russia". */
    public static String canonical(String path) {
        return Vocab.BASE + path;
    }

    /** Returns a copy of graph with every canonical IRI published under the base, and the prefixes to write it. */
    public Graph publish(Graph graph) {
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> out.add(Triple.create(publish(t.getSubject()), publish(t.getPredicate()),
                publish(t.getObject()))));
        out.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping()).setNsPrefixes(prefixes());
        return out;
    }

    private Node publish(Node node) {
        return node.isURI() ? NodeFactory.createURI(publish(node.getURI())) : node;
    }

    /** Returns the prefixes to write with published graphs; cf: and cameo: point under the base. */
    public PrefixMapping prefixes() {
        PrefixMapping prefixes = PrefixMapping.Factory.create();
        prefixes.setNsPrefixes(STANDARD);
        prefixes.setNsPrefix("cf", publish(Vocab.CF));
        prefixes.setNsPrefix("cameo", publish(Vocab.CAMEO));
        return prefixes;
    }
}
