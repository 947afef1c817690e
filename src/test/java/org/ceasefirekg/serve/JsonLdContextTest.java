package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ceasefirekg.cli.Main;
import org.junit.jupiter.api.Test;

class JsonLdContextTest {

    static final String CLAIM = """
            PREFIX cf: <https://w3id.org/ceasefire-kg/ontology#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            <https://w3id.org/ceasefire-kg/id/claim/a-1> a cf:CasualtyClaim, cf:Claim ;
                cf:claimant <https://w3id.org/ceasefire-kg/id/actor/sohr> ;
                cf:count <https://w3id.org/ceasefire-kg/id/claim/a-1-killed> .
            <https://w3id.org/ceasefire-kg/id/claim/a-1-killed> a cf:Count ; cf:quantity cf:Killed ; cf:value 62 .
            <https://w3id.org/ceasefire-kg/id/article/a> cf:published "2016-09-17"^^xsd:date .
            """;

    @Test
    void aGraphIsCompactedWithTermsNumbersAndSetsAndReadsBackTheSame() throws Exception {
        Graph ontology = RDFDataMgr.loadGraph(Main.projectPaths().ontology().resolve("ceasefire.ttl").toString());
        JsonLdContext context = JsonLdContext.of(ontology);
        Graph claim = GraphFactory.createDefaultGraph();
        RDFParser.fromString(CLAIM, Lang.TURTLE).parse(claim);
        String text = context.compact(claim);
        JsonNode doc = new ObjectMapper().readTree(text);
        JsonNode served = new ObjectMapper().readTree(context.document());
        assertEquals(served.path("@context"), doc.path("@context"), text);
        JsonNode graph = doc.path("@graph");
        assertEquals(3, graph.size(), text);
        JsonNode first = null;
        JsonNode count = null;
        for (JsonNode n : graph) {
            if (n.path("id").asText().endsWith("claim/a-1")) {
                first = n;
            } else if (n.path("id").asText().endsWith("-killed")) {
                count = n;
            }
        }
        assertTrue(first != null && count != null, text);
        assertEquals("https://w3id.org/ceasefire-kg/id/actor/sohr", first.path("claimant").get(0).asText(), text);
        assertTrue(first.path("type").toString().contains("\"CasualtyClaim\""), text);
        assertEquals(62, count.path("value").get(0).asInt(), text);
        assertTrue(count.path("value").get(0).isNumber(), text);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.JSONLD).parse(back);
        assertTrue(back.isIsomorphicWith(claim), "the same triples read back:\n" + text);
    }
}
