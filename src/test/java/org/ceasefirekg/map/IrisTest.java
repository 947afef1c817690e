package org.ceasefirekg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class IrisTest {
    @Test
    void anArticleGraphNeverTakesTheNameOfABuildGraph() {
        assertNotEquals(Iris.BUILDS_GRAPH, Iris.articleGraph("Builds"));
        assertNotEquals(Iris.ONTOLOGY_GRAPH, Iris.articleGraph("ontology"));
        assertNotEquals(Iris.articleGraph("ontology"), Iris.articleGraph("ontology-article"));
        assertEquals("https://w3id.org/ceasefire-kg/id/graph/deir-ez-zor-report",
                Iris.articleGraph("Deir ez-Zor report"));
    }
}
