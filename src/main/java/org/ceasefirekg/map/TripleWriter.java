package org.ceasefirekg.map;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;

/** Writes triples to a {@link StreamRDF} sink, each at most once, so the sink can be TDB2, a file or a test. */
final class TripleWriter {
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    private final StreamRDF sink;
    private final Set<Triple> written = new HashSet<>();

    TripleWriter(StreamRDF sink) {
        this.sink = sink;
    }

    void iri(String s, String p, String o) {
        node(s, p, NodeFactory.createURI(o));
    }

    void literal(String s, String p, String value) {
        if (value != null && !value.isBlank()) {
            node(s, p, NodeFactory.createLiteralString(value.strip()));
        }
    }

    /** An English literal: gazetteer and ontology labels carry @en, so the article graphs repeat them exactly. */
    void english(String s, String p, String value) {
        if (value != null && !value.isBlank()) {
            node(s, p, NodeFactory.createLiteralLang(value.strip(), "en"));
        }
    }

    void typed(String s, String p, String lexical, RDFDatatype type) {
        node(s, p, NodeFactory.createLiteralDT(lexical, type));
    }

    void node(String s, String p, Node o) {
        Triple t = Triple.create(NodeFactory.createURI(s), NodeFactory.createURI(p), o);
        if (written.add(t)) {
            sink.triple(t);
        }
    }

    /** An xsd:integer literal. */
    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /** Returns the number of distinct triples written. */
    int count() {
        return written.size();
    }
}
