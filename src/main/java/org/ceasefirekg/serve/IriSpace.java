package org.ceasefirekg.serve;

import java.net.URI;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ceasefirekg.lexicon.Vocab;

/**
 * Where this server answers for the knowledge graph's IRIs. Every IRI the server sends, in query results,
 * descriptions, pages, VoID, dumps and the ontology, is the canonical one (under {@link Vocab#BASE}), whatever the
 * base; the base only says where the documents about them are: {@code BASE/id/X} answers for
 * {@code https://w3id.org/ceasefire-kg/id/X}, and HTML pages link there so a browser stays on this server.
 *
 * @param base the address this server is reached at, an absolute http(s) URL ending in "/"
 */
public record IriSpace(String base) {

    /** Prefixes written in Turtle and JSON-LD and used to show predicates in HTML; cf: is the canonical one. */
    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(Map.of(
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "owl", "http://www.w3.org/2002/07/owl#",
            "xsd", "http://www.w3.org/2001/XMLSchema#",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "prov", "http://www.w3.org/ns/prov#",
            "schema", "https://schema.org/",
            "dcterms", "http://purl.org/dc/terms/",
            "sem", "http://semanticweb.cs.vu.nl/2009/11/sem/",
            "nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"))
            .setNsPrefix("cf", Vocab.CF).setNsPrefix("cameo", Vocab.CAMEO).lock();

    public IriSpace {
        URI uri = URI.create(base);
        if (!uri.isAbsolute() || !(base.startsWith("http://") || base.startsWith("https://"))) {
            throw new IllegalArgumentException("the base must be an absolute http(s) URL: " + base);
        }
        if (!base.endsWith("/")) {
            base = base + "/";
        }
    }

    /** Returns where this server answers for an IRI: canonical IRIs under the base, others unchanged. */
    public String locate(String iri) {
        return iri.startsWith(Vocab.BASE) ? base + iri.substring(Vocab.BASE.length()) : iri;
    }

    /** Returns the canonical IRI for a path under the base, e.g. "id/actor/russia". */
    public static String canonical(String path) {
        return Vocab.BASE + path;
    }

    /** Returns a copy of graph with the prefixes to write it (the graph's own first, then {@link #PREFIXES}). */
    static Graph withPrefixes(Graph graph) {
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(out::add);
        out.getPrefixMapping().setNsPrefixes(PREFIXES).setNsPrefixes(graph.getPrefixMapping());
        return out;
    }
}
