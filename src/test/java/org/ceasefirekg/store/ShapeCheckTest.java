package org.ceasefirekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShapeCheckTest {

    static final String PREFIXES = """
            @prefix ex: <http://example.org/> .
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    static final String SHAPES = PREFIXES + """
            ex:ClaimShape a sh:NodeShape ;
                sh:targetClass ex:Claim ;
                sh:property [ sh:path ex:by ; sh:class ex:Actor ; sh:minCount 1 ] .
            """;

    @TempDir
    Path tmp;

    static Graph turtle(String text) {
        return RDFParser.fromString(text, Lang.TURTLE).toGraph();
    }

    @Test
    void shClassFollowsSubclassesFromTheOntology() throws IOException {
        Path ontology = Files.writeString(tmp.resolve("onto.ttl"), PREFIXES + "ex:Army rdfs:subClassOf ex:Actor .");
        try (KgStore store = KgStore.open(tmp.resolve("store"))) {
            store.replaceGraph(NodeFactory.createURI("http://example.org/doc1"), out -> RDFParser
                    .fromString(PREFIXES + "ex:c1 a ex:Claim ; ex:by ex:idf . ex:idf a ex:Army .", Lang.TURTLE)
                    .parse(out));
            assertFalse(ShapeCheck.check(ShapeCheck.dataGraph(store, List.of()), turtle(SHAPES)).conforms(),
                    "without the ontology ex:Army is not known to be an ex:Actor");
            assertTrue(ShapeCheck.check(ShapeCheck.dataGraph(store, List.of(ontology)), turtle(SHAPES)).conforms());
        }
    }

    @Test
    void describeGivesOneReadableLinePerResult() {
        Graph data = turtle(PREFIXES + "ex:c1 a ex:Claim . ex:c2 a ex:Claim ; ex:by \"someone\" .");
        ValidationReport report = ShapeCheck.check(data, turtle(SHAPES));
        List<String> lines = ShapeCheck.describe(report, data);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Violation: focus ex:c1, path ex:by: ")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("focus ex:c2") && l.endsWith("(value \"someone\")")),
                lines.toString());
    }
}
