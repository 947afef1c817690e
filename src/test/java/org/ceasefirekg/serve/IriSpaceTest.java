package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IriSpaceTest {

    static final String RUSSIA = "https://w3id.org/ceasefire-kg/id/actor/russia";

    @Test
    void canonicalIrisAreAnsweredUnderTheBaseAndOthersStay() {
        IriSpace local = new IriSpace("http://127.0.0.1:3030");
        assertEquals("http://127.0.0.1:3030/", local.base());
        assertEquals("http://127.0.0.1:3030/id/actor/russia", local.locate(RUSSIA));
        assertEquals("http://127.0.0.1:3030/ontology#Claim", local.locate("https://w3id.org/ceasefire-kg/ontology#Claim"));
        assertEquals("http://www.wikidata.org/entity/Q159", local.locate("http://www.wikidata.org/entity/Q159"));
        assertEquals(RUSSIA, new IriSpace("https://w3id.org/ceasefire-kg/").locate(RUSSIA));
        assertEquals(RUSSIA, IriSpace.canonical("id/actor/russia"));
    }

    @Test
    void thePrefixesAreTheCanonicalOnes() {
        assertEquals("https://w3id.org/ceasefire-kg/ontology#", IriSpace.PREFIXES.getNsPrefixURI("cf"));
    }

    @Test
    void aBaseMustBeAnAbsoluteHttpUrl() {
        assertThrows(IllegalArgumentException.class, () -> new IriSpace("/relative/"));
        assertThrows(IllegalArgumentException.class, () -> new IriSpace("ftp://example.org/"));
    }
}
