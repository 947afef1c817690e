package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.map.ArticleMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A ceasefire's sides told by anaphor or by who serves them, a capital inside an agreement's title, brokers told by a
 * credit idiom and starts told by a fronted time adverbial: invented wires, statements and briefings (written on
 * Tuesday 2016-10-04) through the real models and the real mapper.
 */
class CeasefireSidesIT {
    private static final String CF = "https://w3id.org/ceasefire-kg/ontology#";
    private static final String ACT = "https://w3id.org/ceasefire-kg/id/actor/";
    private static ArticleMapper mapper;

    @BeforeAll
    static void loadMapper() throws Exception {
        mapper = new ArticleMapper(Lexicon.load(Main.projectPaths().ontology()));
    }

    private static Graph graph(String text) {
        AnnotatedArticle a = InventedArticles.extract(text);
        Graph g = GraphFactory.createDefaultGraph();
        mapper.map(a, StreamRDFLib.graph(g));
        return g;
    }

    /** The objects of a ceasefire property, actors without their namespace. */
    private static Set<String> values(Graph g, String property) {
        return g.find(Node.ANY, NodeFactory.createURI(CF + property), Node.ANY)
                .mapWith(t -> t.getObject().isURI() ? t.getObject().getURI().replace(ACT, "")
                        : t.getObject().getLiteralLexicalForm())
                .toSet().stream().collect(Collectors.toSet());
    }

    @Test
    void theTwoSidesAreThePairNamedBeforeWithTheirKindWord() {
        Graph wire = graph("LUNDEN, Oct 4 (Wire) - The Sudanese army and the Rapid Support Forces have fought for the"
                + " valley since January. On Tuesday the two sides agreed to a truce after talks in Palmora.");
        assertEquals(Set.of("sudanese-armed-forces", "rapid-support-forces"), values(wire, "signatory"));
    }

    @Test
    void fightersWithANamedBodyAgreeForIt() {
        Graph wire = graph("PALMORA, Oct 4 (Wire) - Fighters with the Northern Front agreed to halt fighting around"
                + " the city on Sunday, a spokesman for the group said.");
        assertEquals(Set.of("northern-front"), values(wire, "signatory"));
        // "commanders with ties to" a body are not said to act for it
        Graph ties = graph("Commanders with ties to the Northern Front agreed to a truce on Sunday.");
        assertFalse(values(ties, "signatory").contains("northern-front"), values(ties, "signatory").toString());
    }

    @Test
    void theGovernmentIsTheOneStateTheArticleNames() {
        Graph statement = graph("Moldova has faced a rebellion in the east since spring. On Saturday the government"
                + " agreed to a ceasefire with the rebels, a spokesman said.");
        assertEquals(Set.of("moldova"), values(statement, "signatory"));
        // two states named: whose government agreed is not clear, so no side is written
        Graph two = graph("Moldova and Romania discussed the rebellion in the east. On Saturday the government agreed"
                + " to a ceasefire with the rebels, a spokesman said.");
        assertEquals(Set.of(), values(two, "signatory"));
    }

    @Test
    void aCapitalInsideAnAgreementsTitleIsNeitherItsCountryNorASide() {
        Graph wire = graph("The Vienna Agreement, signed by Armenia and Azerbaijan on Monday, has largely held,"
                + " monitors said. Officials credited Norway with brokering the accord.");
        assertEquals(Set.of("armenia", "azerbaijan"), values(wire, "signatory"));
        assertEquals(Set.of("norway"), values(wire, "brokeredBy"));
        assertFalse(values(wire, "place").contains("austria"), values(wire, "place").toString());
    }

    @Test
    void whomAStatementThanksForItsRoleInTheTruceBrokeredIt() {
        Graph statement = graph("The Ministry of Foreign Affairs of Ghana welcomes the ceasefire between Armenia and"
                + " Azerbaijan. The Ministry thanked Norway for its role in facilitating the truce.");
        assertEquals(Set.of("norway"), values(statement, "brokeredBy"));
    }

    @Test
    void fightingThatHaltsFromAFrontedTimeStartsTheTruceThen() {
        Graph wire = graph("Beginning this morning, fighting will halt for four days, the two sides said in a joint"
                + " statement.");
        assertEquals(Set.of(InventedArticles.DAY), values(wire, "startTime"));
        Graph briefing = graph("MR. HALVEN: Starting at midnight on Friday, the guns will fall silent across the"
                + " valley.");
        Set<String> starts = values(briefing, "startTime");
        // a midnight told with a weekday ends that day
        assertTrue(starts.size() == 1 && starts.iterator().next().startsWith("2016-10-08"), starts.toString());
        // a market that stops from Monday is no truce
        assertEquals(Set.of(), values(graph("Starting on Monday, trading will stop for a week."), "startTime"));
    }
}
