package org.ceasefirekg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFFormatVariant;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.WriterDatasetRIOT;
import org.apache.jena.riot.WriterDatasetRIOTFactory;
import org.apache.jena.riot.WriterGraphRIOT;
import org.apache.jena.riot.WriterGraphRIOTFactory;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.ceasefirekg.lexicon.Vocab;

/**
 * The JSON-LD context of the knowledge graph, made from the ontology: every cf: class and property is a plain key
 * ("claimant", "CasualtyClaim"; cf:id stays "cf:id" beside the "id" alias of "@id"), IRI-valued properties take IRI
 * strings, every property is a set (always an array, so a document's shape does not depend on how many values it has), and integers, doubles and booleans are JSON
 * numbers and booleans. Served at {@code /context.jsonld}; every JSON-LD document the server writes (resources,
 * the ontology, VoID, CONSTRUCT and DESCRIBE results) is compacted with it, inline, under "@graph".
 */
final class JsonLdContext {

    /** Datatypes written as JSON numbers and booleans, so their keys carry no type. */
    private static final Set<String> NATIVE = Set.of(XSD.NS + "integer", XSD.NS + "double", XSD.NS + "boolean",
            XSD.NS + "string");
    private static final Set<String> RESERVED = Set.of("id", "type", "label");
    private static final RDFFormat FORMAT = new RDFFormat(Lang.JSONLD, new RDFFormatVariant("ceasefire-kg"));

    private final JsonObject context;

    private JsonLdContext(JsonObject context) {
        this.context = context;
    }

    /** Returns the context for an ontology graph (ontology/ceasefire.ttl); prefixes only for an empty graph. */
    static JsonLdContext of(Graph ontology) {
        JsonObjectBuilder terms = Json.createObjectBuilder();
        IriSpace.PREFIXES.getNsPrefixMap().forEach(terms::add);
        terms.add("id", "@id");
        // Node types take one string or an array: "@type" cannot be a set, since datatypes share the keyword.
        terms.add("type", "@type");
        terms.add("label", Json.createObjectBuilder().add("@id", "rdfs:label").add("@container", "@set"));
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(Triple::getSubject)
                .filter(s -> s.isURI() && s.getURI().startsWith(Vocab.CF))
                // a term never hides a keyword alias or a prefix (cf:id stays "cf:id")
                .filter(s -> !RESERVED.contains(s.getURI().substring(Vocab.CF.length()))
                        && IriSpace.PREFIXES.getNsPrefixURI(s.getURI().substring(Vocab.CF.length())) == null)
                .distinct()
                .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .forEach(term -> {
                    String name = term.getURI().substring(Vocab.CF.length());
                    if (ontology.contains(term, RDF.type.asNode(), OWL.ObjectProperty.asNode())) {
                        terms.add(name, property(name).add("@type", "@id"));
                    } else if (ontology.contains(term, RDF.type.asNode(), OWL.DatatypeProperty.asNode())) {
                        JsonObjectBuilder p = property(name);
                        ontology.find(term, RDFS.range.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                                .filter(r -> r.isURI() && r.getURI().startsWith(XSD.NS) && !NATIVE.contains(r.getURI()))
                                .findFirst().ifPresent(r -> p.add("@type", "xsd:" + r.getLocalName()));
                        terms.add(name, p);
                    } else if (ontology.contains(term, RDF.type.asNode(), OWL.AnnotationProperty.asNode())) {
                        terms.add(name, property(name));
                    } else {
                        terms.add(name, "cf:" + name);
                    }
                });
        return new JsonLdContext(Json.createObjectBuilder().add("@context", terms).build());
    }

    private static JsonObjectBuilder property(String name) {
        return Json.createObjectBuilder().add("@id", "cf:" + name).add("@container", "@set");
    }

    /** Returns the context document, as served at {@code /context.jsonld}. */
    byte[] document() {
        return pretty(context).getBytes(StandardCharsets.UTF_8);
    }

    /** Returns a graph as compacted JSON-LD: the context inline, every node under "@graph". */
    String compact(Graph graph) {
        return compact(DatasetGraphFactory.wrap(graph));
    }

    /** Returns a dataset as compacted JSON-LD (named graphs as nodes with "@graph"), as {@link #compact(Graph)}. */
    String compact(DatasetGraph dataset) {
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(dataset))).nativeTypes().get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).get();
            JsonObjectBuilder out = Json.createObjectBuilder().add("@context", context.get("@context"));
            if (compacted.containsKey("@graph")) {
                out.add("@graph", compacted.get("@graph"));
            } else {
                JsonObjectBuilder node = Json.createObjectBuilder(compacted);
                node.remove("@context");
                JsonObject single = node.build();
                out.add("@graph", single.isEmpty() ? JsonValue.EMPTY_JSON_ARRAY : Json.createArrayBuilder().add(single).build());
            }
            return pretty(out.build());
        } catch (JsonLdError e) {
            throw new RiotException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    private static String pretty(JsonObject json) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(text)) {
            writer.write(json);
        }
        return text.toString().strip() + "\n";
    }

    /**
     * Makes this context's compaction Jena's JSON-LD writer for graphs, so that Fuseki's CONSTRUCT and DESCRIBE
     * results are written with it too (Fuseki writes a graph in Jena's default format for its language).
     */
    void registerAsJenaDefault() {
        CompactWriter writer = new CompactWriter();
        RDFWriterRegistry.register(FORMAT, (WriterGraphRIOTFactory) format -> writer);
        RDFWriterRegistry.register(FORMAT, (WriterDatasetRIOTFactory) format -> writer);
        RDFWriterRegistry.register(Lang.JSONLD, FORMAT);
    }

    /** Jena's writer interfaces for graphs and datasets (Fuseki writes CONSTRUCT results as a dataset). */
    private final class CompactWriter implements WriterGraphRIOT, WriterDatasetRIOT {
        @Override
        public void write(OutputStream out, Graph graph, PrefixMap prefixes, String base, Context ctx) {
            write(new OutputStreamWriter(out, StandardCharsets.UTF_8), DatasetGraphFactory.wrap(graph), prefixes,
                    base, ctx);
        }

        @Override
        public void write(Writer out, Graph graph, PrefixMap prefixes, String base, Context ctx) {
            write(out, DatasetGraphFactory.wrap(graph), prefixes, base, ctx);
        }

        @Override
        public void write(OutputStream out, DatasetGraph dataset, PrefixMap prefixes, String base, Context ctx) {
            write(new OutputStreamWriter(out, StandardCharsets.UTF_8), dataset, prefixes, base, ctx);
        }

        @Override
        public void write(Writer out, DatasetGraph dataset, PrefixMap prefixes, String base, Context ctx) {
            try {
                out.write(compact(dataset));
                out.flush();
            } catch (IOException e) {
                throw new RiotException(e);
            }
        }

        @Override
        public Lang getLang() {
            return Lang.JSONLD;
        }
    }
}
