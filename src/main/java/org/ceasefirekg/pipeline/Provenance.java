package org.ceasefirekg.pipeline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.store.KgStore;

/** A build's record in the builds graph: when it ran, with which software and annotators, and what it generated. */
public final class Provenance {
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    private Provenance() {}

    /** Adds the build that started at started and generated the given article IRIs to the store's builds graph. */
    static void record(KgStore store, Instant started, List<String> generated, String pipelineVersion) {
        store.addToGraph(NodeFactory.createURI(Iris.BUILDS_GRAPH), sink -> write(sink, started, generated,
                pipelineVersion));
    }

    /** Sends the triples of the build's record (for the builds graph) to sink, ending now. */
    public static void write(StreamRDF sink, Instant started, List<String> generated, String pipelineVersion) {
        String build = Iris.build(started.toString());
        Instant ended = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        emit(sink, build, RDF_TYPE, iri(CF.Build));
        emit(sink, build, RDFS_LABEL, str("Build of " + started));
        emit(sink, build, CF.startedAt, NodeFactory.createLiteralDT(started.toString(), XSDDatatype.XSDdateTime));
        emit(sink, build, CF.endedAt, NodeFactory.createLiteralDT(ended.toString(), XSDDatatype.XSDdateTime));
        emit(sink, build, CF.annotators, str(CoreNlpAnnotator.RECIPE));
        software(sink, build, "ceasefire-kg", PipelineVersion.VERSION + " (" + pipelineVersion + ")");
        software(sink, build, "Stanford CoreNLP", CoreNlpAnnotator.coreNlpVersion());
        software(sink, build, "Apache Jena", org.apache.jena.sys.JenaSystem.class.getPackage().getImplementationVersion());
        generated.forEach(a -> emit(sink, build, CF.generated, iri(a)));
    }

    private static void software(StreamRDF sink, String build, String name, String version) {
        String iri = Vocab.ID + "software/" + Iris.slug(name);
        emit(sink, build, CF.usedSoftware, iri(iri));
        emit(sink, iri, RDF_TYPE, iri(CF.Software));
        emit(sink, iri, RDFS_LABEL, str(name));
        if (version != null) {
            emit(sink, iri, CF.version, str(version));
        }
    }

    private static void emit(StreamRDF sink, String s, String p, Node o) {
        sink.triple(Triple.create(iri(s), iri(p), o));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
