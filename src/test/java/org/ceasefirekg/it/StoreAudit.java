package org.ceasefirekg.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.map.GoldenGraphs;
import org.ceasefirekg.map.Iris;

/**
 * What a store holds, read through {@code KgStore.open}, compared with what an uninterrupted build wrote.
 *
 * <p>Article graphs and the ontology graph are written whole in one transaction each and have fixed content, so each
 * must equal the uninterrupted build's graph of the same name or be absent. The build log ({@code id/graph/builds})
 * differs by nature: every finished build adds its own record with its times, so it is audited record by record:
 * each record must carry every property a record has, and the articles it names must be in the store.
 */
final class StoreAudit {
    private static final Property GENERATED = ModelFactory.createDefaultModel().createProperty(Vocab.cf("generated"));
    private static final Resource BUILD = ModelFactory.createDefaultModel().createResource(Vocab.cf("Build"));
    private static final Resource ARTICLE = ModelFactory.createDefaultModel().createResource(Vocab.cf("Article"));

    /** Every named graph but the build log, by name. */
    final Map<String, Model> graphs;
    final Model buildLog;

    private StoreAudit(Map<String, Model> graphs, Model buildLog) {
        this.graphs = graphs;
        this.buildLog = buildLog;
    }

    /** Reads the store in dir; throws when it does not open. */
    static StoreAudit of(Path dir) {
        Map<String, Model> graphs = BuildGraphs.allGraphs(dir);
        Model buildLog = graphs.remove(Iris.BUILDS_GRAPH);
        // derived from the article graphs after every build, and replaced whole: not an article's
        org.ceasefirekg.pipeline.StoreWrites.DERIVED_GRAPHS.forEach(graphs::remove);
        return new StoreAudit(graphs, buildLog == null ? ModelFactory.createDefaultModel() : buildLog);
    }

    /** Returns how many article graphs the store holds. */
    int articles() {
        return (int) graphs.keySet().stream().filter(n -> !n.equals(Iris.ONTOLOGY_GRAPH)).count();
    }

    /** Describes each graph here that is not the reference's graph of that name, triple by triple; empty if none. */
    String partialGraphs(StoreAudit reference) {
        StringBuilder report = new StringBuilder();
        graphs.forEach((name, graph) -> {
            Model expected = reference.graphs.get(name);
            if (expected == null) {
                report.append("unexpected graph ").append(name).append('\n');
            } else if (!graph.isIsomorphicWith(expected)) {
                report.append("graph ").append(name).append(" is not whole:\n")
                        .append(GoldenGraphs.differenceReport(expected, graph));
            }
        });
        return report.toString();
    }

    /** Describes each graph of the reference that is missing here; empty if none. */
    String missingGraphs(StoreAudit reference) {
        return reference.graphs.keySet().stream().filter(name -> !graphs.containsKey(name))
                .map(name -> "missing graph " + name + "\n").collect(Collectors.joining());
    }

    /** Lists the build records that lack a property the reference's record has, or name an absent article. */
    List<String> brokenBuildRecords(StoreAudit reference) {
        List<Resource> referenceRecords = reference.buildLog.listSubjectsWithProperty(RDF.type, BUILD).toList();
        if (referenceRecords.size() != 1) {
            throw new IllegalArgumentException("the reference has " + referenceRecords.size() + " build records");
        }
        Map<String, Long> whole = propertyCounts(referenceRecords.get(0));
        List<String> broken = new ArrayList<>();
        for (Resource record : buildLog.listSubjectsWithProperty(RDF.type, BUILD).toList()) {
            Map<String, Long> counts = propertyCounts(record);
            if (!counts.equals(whole)) {
                broken.add(record + " has " + counts + ", a whole record " + whole);
            }
            for (RDFNode article : buildLog.listObjectsOfProperty(record, GENERATED).toList()) {
                if (graphs.values().stream().noneMatch(g -> g.contains(article.asResource(), RDF.type, ARTICLE))) {
                    broken.add(record + " generated " + article + ", which is in no graph");
                }
            }
        }
        return broken;
    }

    /** Counts a build record's values per property; the articles it generated vary by build, so only whether any. */
    private Map<String, Long> propertyCounts(Resource record) {
        Map<String, Long> counts = record.getModel().listStatements(record, null, (RDFNode) null).toList().stream()
                .map(Statement::getPredicate)
                .collect(Collectors.groupingBy(Property::getURI, TreeMap::new, Collectors.counting()));
        counts.computeIfPresent(GENERATED.getURI(), (p, n) -> 1L);
        return counts;
    }
}
