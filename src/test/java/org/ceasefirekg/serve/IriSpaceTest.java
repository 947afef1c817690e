package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class IriSpaceTest {

    static final String RUSSIA = "https://w3id.org/ceasefire-kg/id/actor/russia";

    @Test
    void canonicalIrisMoveUnderTheBaseAndOthersStay() {
        IriSpace local = new IriSpace("http://127.0.0.1:3030");
        assertEquals("http://127.0.0.1:3030/", local.base());
        assertEquals("http://127.0.0.1:3030/id/actor/russia", local.publish(RUSSIA));
        assertEquals("http://127.0.0.1:3030/ontology#Claim", local.publish("https://w3id.org/ceasefire-kg/ontology#Claim"));
        assertEquals("http://www.wikidata.org/entity/Q159", local.publish("http://www.wikidata.org/entity/Q159"));
        IriSpace canonical = new IriSpace("https://w3id.org/ceasefire-kg/");
        assertTrue(canonical.isCanonical());
        assertEquals(RUSSIA, canonical.publish(RUSSIA));
    }

    @Test
    void aGraphIsPublishedWithPrefixesUnderTheBase() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI(RUSSIA),
                NodeFactory.createURI("https://w3id.org/ceasefire-kg/ontology#demonym"),
                NodeFactory.createLiteralString("https://w3id.org/ceasefire-kg/ stays in literals")));
        Graph out = new IriSpace("http://kg.example/").publish(g);
        Triple t = out.find().next();
        assertEquals("http://kg.example/id/actor/russia", t.getSubject().getURI());
        assertEquals("http://kg.example/ontology#demonym", t.getPredicate().getURI());
        assertEquals("https://w3id.org/ceasefire-kg/ stays in literals", t.getObject().getLiteralLexicalForm());
        assertEquals("http://kg.example/ontology#", out.getPrefixMapping().getNsPrefixURI("cf"));
    }

    @Test
    void aBaseMustBeAnAbsoluteHttpUrl() {
        assertThrows(IllegalArgumentException.class, () -> new IriSpace("/relative/"));
        assertThrows(IllegalArgumentException.class, () -> new IriSpace("ftp://example.org/"));
    }
}
