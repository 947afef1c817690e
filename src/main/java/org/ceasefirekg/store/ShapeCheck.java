package org.ceasefirekg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.system.Txn;

/** SHACL validation of the knowledge graph, with jena-shacl. */
public final class ShapeCheck {

    private ShapeCheck() {}

    /** Validates data against SHACL shapes. */
    public static ValidationReport check(Graph data, Graph shapes) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /**
     * Returns an in-memory copy of the union of the store's named graphs plus the given RDF files: sh:class follows
     * rdfs:subClassOf only through triples in the data graph, so the ontology has to be in it.
     */
    public static Graph dataGraph(KgStore store, List<Path> ontologyFiles) {
        Graph data = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> {
            store.dataset().getUnionGraph().find().forEachRemaining(data::add);
            data.getPrefixMapping().setNsPrefixes(store.dataset().prefixes().getMapping());
        });
        for (Path file : ontologyFiles) {
            RDFDataMgr.read(data, file.toString());
        }
        return data;
    }

    /** Returns one line per result (severity, focus node, path, message, value), prefixed names where known. */
    public static List<String> describe(ValidationReport report, Graph prefixSource) {
        PrefixMap prefixes = PrefixMapFactory.create(prefixSource.getPrefixMapping());
        Prologue prologue = new Prologue(prefixSource.getPrefixMapping());
        List<String> lines = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            StringBuilder line = new StringBuilder();
            line.append(entry.severity().level().getLocalName())
                    .append(": focus ").append(str(entry.focusNode(), prefixes));
            if (entry.resultPath() != null) {
                line.append(", path ").append(PathWriter.asString(entry.resultPath(), prologue));
            }
            line.append(": ").append(entry.message());
            if (entry.value() != null) {
                line.append(" (value ").append(str(entry.value(), prefixes)).append(')');
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String str(Node node, PrefixMap prefixes) {
        return NodeFmtLib.str(node, prefixes);
    }
}
