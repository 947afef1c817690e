package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.ArticleExtractor;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.map.ArticleMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accusations and violation counts, from sentences written for this test, through the real CoreNLP models and the
 * real mapper: who accuses (the one who says it) and who is accused.
 */
class AccusationClaimsIT {
    private static final String CF = "https://w3id.org/ceasefire-kg/ontology#";
    private static final String ACT = "https://w3id.org/ceasefire-kg/id/actor/";
    private static ArticleExtractor extractor;
    private static ArticleMapper mapper;

    @BeforeAll
    static void loadRulesAndMapper() throws Exception {
        Lexicon rules = Lexicon.load(Main.projectPaths().ontology());
        extractor = new ArticleExtractor(rules);
        mapper = new ArticleMapper(rules);
    }

    private static AnnotatedArticle extract(String text) {
        Article article = new Article("acc", "acc.txt", text, null, null, "2021-05-04", null);
        return extractor.extract(article, CoreNlpAnnotator.shared().annotate(text, "2021-05-04"), "2021-05-04", false);
    }

    private static Graph graph(AnnotatedArticle a) {
        Graph g = GraphFactory.createDefaultGraph();
        mapper.map(a, StreamRDFLib.graph(g));
        return g;
    }

    private static List<Frame> frames(AnnotatedArticle a, String concept) {
        return a.frames().stream().filter(f -> f.concept().equals(concept)).toList();
    }

    private static String texts(Frame f, String role) {
        return f.all(role).stream().map(x -> x.span().text()).collect(Collectors.joining(" | "));
    }

    private static Node cf(String term) {
        return NodeFactory.createURI(CF + term);
    }

    /** "claimant -> accused" of every claim of a type in the graph. */
    private static Set<String> pairs(Graph g, String type) {
        return g.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), cf(type))
                .mapWith(t -> t.getSubject()).toList().stream()
                .flatMap(claim -> {
                    String claimant = g.find(claim, cf("claimant"), Node.ANY).mapWith(t -> t.getObject().getURI())
                            .toList().stream().findFirst().orElse("(none)").replace(ACT, "");
                    return g.find(claim, cf("accused"), Node.ANY).mapWith(t -> t.getObject().getURI()).toList()
                            .stream().map(x -> claimant + " -> " + x.replace(ACT, ""));
                })
                .collect(Collectors.toSet());
    }

    @Test
    void violationsCountedInAnAccusationAreTheAccusedsAndTheAccuserClaimsThem() {
        AnnotatedArticle a = extract("The interior ministry accused the northern militia of violating the truce"
                + " more than 40 times in the past week.");
        Frame count = frames(a, Vocab.VIOLATION_COUNT).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no violation count in " + a.frames()));
        assertEquals("the northern militia", texts(count, Frame.AGENT), count.toString());
        assertTrue(texts(count, Frame.SOURCE).contains("interior ministry"), count.toString());
        assertEquals("40", count.first(Frame.COUNT).orElseThrow().normalized().replaceAll("\\D*(\\d+).*", "$1"),
                count.toString());
    }

    @Test
    void responsibleToDoSomethingIsADutyNotBlame() {
        AnnotatedArticle a = extract("Peru is responsible, as the host of the talks, to keep the mountain roads"
                + " open for the convoys.");
        assertTrue(frames(a, Vocab.ACCUSE).stream().noneMatch(f -> texts(f, Frame.PATIENT).contains("Peru")),
                a.frames().toString());
        AnnotatedArticle blame = extract("Officials said the militia was responsible for the raid on the clinic.");
        assertTrue(frames(blame, Vocab.ACCUSE).stream().anyMatch(f -> texts(f, Frame.PATIENT).contains("militia")),
                blame.frames().toString());
    }

    @Test
    void whoAccusesAlongWithTheSubjectAccusesToo() {
        AnnotatedArticle a = extract("Kenya, along with Uganda, accuses Somalia of shelling the border"
                + " villages every night.");
        Set<String> accusations = pairs(graph(a), "Accusation");
        assertTrue(accusations.contains("kenya -> somalia")
                && accusations.contains("uganda -> somalia"), accusations.toString());
    }

    @Test
    void sidesThatAccuseEachOtherAccuseEachTheOther() {
        // "accused each other", and the accusations traded, which stand for "each other"
        for (String text : List.of("Armenia and Azerbaijan accused each other on Sunday of breaking the new"
                + " ceasefire in the mountains.", "Armenia and Azerbaijan traded accusations over the shelling of a"
                + " border village.")) {
            AnnotatedArticle a = extract(text);
            Set<String> accusations = pairs(graph(a), "Accusation");
            assertTrue(accusations.containsAll(Set.of("armenia -> azerbaijan", "azerbaijan -> armenia")),
                    accusations + " from " + a.frames());
            assertTrue(accusations.stream().noneMatch(p -> p.contains("each") || p.contains("none")),
                    accusations.toString());
        }
    }

    @Test
    void aSideThatClaimsAnAttackIsNoSourceOfItsToll() {
        AnnotatedArticle a = extract("The Red Crescent said the militia claimed the bombing of the bus station,"
                + " which killed nine passengers.");
        Frame killed = frames(a, Vocab.KILLED).stream().findFirst().orElseThrow();
        assertEquals("The Red Crescent", texts(killed, Frame.SOURCE), a.frames().toString());
    }

    @Test
    void aNationalityBeforeANounModifierNamesTheAccusedWithIt() {
        AnnotatedArticle a = extract("Monitors reported Ethiopian army violations of the truce near the border.");
        assertTrue(frames(a, Vocab.VIOLATE).stream().anyMatch(f -> texts(f, Frame.PATIENT).equals("Ethiopian army")),
                a.frames().toString());
    }

    @Test
    void blameLaidOnSomeoneIsTheirsHoweverTheOnIsHung() {
        AnnotatedArticle a = extract("Opposition activists blamed the strike on government warplanes.");
        List<Frame> accusations = frames(a, Vocab.ACCUSE);
        assertTrue(accusations.stream().anyMatch(f -> texts(f, Frame.PATIENT).contains("government warplanes"))
                && accusations.stream().noneMatch(f -> texts(f, Frame.PATIENT).contains("strike")), a.frames().toString());
        AnnotatedArticle firing = extract("Separatist leaders accused Kyiv-backed battalions of firing on civilians.");
        assertTrue(frames(firing, Vocab.ACCUSE).stream().noneMatch(f -> texts(f, Frame.PATIENT).contains("civilians")),
                firing.frames().toString());
    }

    @Test
    void aQuestionAccusesNoOne() {
        Set<String> accusations = pairs(graph(extract("Q: Do you blame Kenya for the strike on the market?")), "Accusation");
        assertTrue(accusations.isEmpty(), accusations.toString());
    }

    @Test
    void anAccusationToldByTwoFramesHasTheAccuserOfTheOneThatNamesHim() {
        Set<String> accusations = pairs(graph(extract("Kenya strongly condemns Somalia's repeated violations of the"
                + " ceasefire in the border region.")), "Accusation");
        assertEquals(Set.of("kenya -> somalia"), accusations);
    }

    @Test
    void pointingTheFingerAccusesWhomItPointsAtOnce() {
        AnnotatedArticle a = extract("Kenya pointed the finger at Somalia after the border post was shelled.");
        assertEquals(1, frames(a, Vocab.ACCUSE).size(), a.frames().toString());
    }

    @Test
    void blameLaidWithAnIdiomIsOnWhomItIsLaid() {
        for (String text : List.of("Kenya heaped blame on Uganda for the renewed fighting near the border.",
                "Kenya placed the blame for the escalation squarely on Uganda.",
                "NAIROBI, May 3 (Reuters) - Kenya pinned the blame on Uganda for the ambush on the convoy.")) {
            Set<String> accusations = pairs(graph(extract(text)), "Accusation");
            assertEquals(Set.of("kenya -> uganda"), accusations, text);
        }
        Set<String> modal = pairs(graph(extract("Kenya may lay the blame on Uganda for the collapse of the truce.")),
                "Accusation");
        assertTrue(modal.isEmpty(), modal.toString());
    }

    @Test
    void sidesThatEachAccuseTheOtherAccuseEachTheOther() {
        for (String text : List.of("Both Armenia and Azerbaijan accused the other of breaking the truce.",
                "Armenia and Azerbaijan each accused the other side of violating the ceasefire on Sunday.")) {
            Set<String> accusations = pairs(graph(extract(text)), "Accusation");
            assertEquals(Set.of("armenia -> azerbaijan", "azerbaijan -> armenia"), accusations, text);
        }
    }

    @Test
    void actingInResponseToASidesAggressionAccusesThatSide() {
        Set<String> said = pairs(graph(extract("Peru said its air strikes came in response to Ecuador's provocations"
                + " along the border.")), "Accusation");
        assertTrue(said.contains("peru -> ecuador"), said.toString());
        Set<String> acted = pairs(graph(extract("Kenyan troops and the Kenyan police, saying they acted in response to"
                + " Somali aggression, raided the camp.")), "Accusation");
        assertTrue(!acted.isEmpty() && acted.stream().allMatch(x -> x.endsWith("-> somalia") && !x.startsWith("(none)")),
                acted.toString());
        Set<String> ahead = pairs(graph(extract("Peru will strike back in response to any provocations by Ecuador.")),
                "Accusation");
        assertTrue(ahead.isEmpty(), ahead.toString());
    }

    @Test
    void attacksToldBeforeThatViolateTheTruceAreTheirDoers() {
        AnnotatedArticle a = extract("Ecuador shelled the border posts overnight. These attacks violate the ceasefire,"
                + " Peru said.");
        Set<String> accusations = pairs(graph(a), "Accusation");
        assertTrue(accusations.contains("peru -> ecuador"), accusations + " from " + a.frames());
        AnnotatedArticle called = extract("Ecuador shelled the border posts overnight. These attacks are a flagrant"
                + " violation of the ceasefire, Peru said.");
        Set<String> violation = pairs(graph(called), "Accusation");
        assertTrue(violation.contains("peru -> ecuador"), violation + " from " + called.frames());
    }

    @Test
    void whoHoldsASideResponsibleAccusesIt() {
        Set<String> accusations = pairs(graph(extract("The Kenyan government held Somalia responsible for the attack"
                + " on the border post.")), "Accusation");
        assertTrue(accusations.stream().anyMatch(x -> x.endsWith("-> somalia") && !x.startsWith("(none)")),
                accusations.toString());
    }

    @Test
    void aDeniedAccusationKeepsItsAccuser() {
        Set<String> accusations = pairs(graph(extract("Ecuador denied Peru's accusations that it broke the truce.")),
                "Accusation");
        assertTrue(accusations.stream().noneMatch(x -> x.endsWith("-> peru")), accusations.toString());
        Set<String> claims = pairs(graph(extract("Peru denied Ecuador's claims that its troops violated the"
                + " ceasefire.")), "Accusation");
        assertTrue(claims.stream().noneMatch(x -> x.startsWith("peru") || x.startsWith("(none)")), claims.toString());
        Set<String> unowned = pairs(graph(extract("Peru denied claims that its troops violated the ceasefire.")),
                "Accusation");
        assertTrue(unowned.isEmpty(), unowned.toString());
    }

    @Test
    void aTrailingSpeakerClaimsTheViolationAParticipleTellsOfTheClausesSubject() {
        for (String text : List.of("Ecuador shelled the town of Varno overnight, violating the truce, Peru said.",
                "Ecuador shelled Varno on Sunday, breaking the ceasefire, according to Peru.",
                "Ecuador fired mortars at Varno, breaching the truce, said Peru.",
                "In a statement, Peru said Ecuador shelled Varno on Sunday, violating the ceasefire.")) {
            Set<String> accusations = pairs(graph(extract(text)), "Accusation");
            assertTrue(accusations.contains("peru -> ecuador"), text + ": " + accusations);
        }
        Set<String> accused = pairs(graph(extract("Peru accused Ecuador of shelling Varno, violating the truce.")),
                "Accusation");
        assertTrue(accused.stream().noneMatch(x -> x.endsWith("-> peru")), accused.toString());
    }

    @Test
    void anUnnamedHolderOfAPostAccusesForTheBodyHeServes() {
        for (String text : List.of("An official of the Northern Front accused Ecuador of violating the truce.",
                "A spokesman for the Northern Front accused Ecuador of shelling civilians near Varno.")) {
            Set<String> accusations = pairs(graph(extract(text)), "Accusation");
            assertTrue(accusations.stream().anyMatch(x -> x.matches(".*northern.*front.* -> ecuador")),
                    text + ": " + accusations);
        }
    }

    @Test
    void aHarmPointedBackToIsTheAttackToldBeforeWhenOneSideDidIt() {
        Set<String> one = pairs(graph(extract("Ecuador shelled three villages near the border on Monday. Peru"
                + " condemned this escalation as a breach of the truce.")), "Accusation");
        assertTrue(one.contains("peru -> ecuador"), one.toString());
        Set<String> two = pairs(graph(extract("Ecuador and Colombia shelled three villages near the border on Monday."
                + " Peru condemned this escalation as a breach of the truce.")), "Accusation");
        assertTrue(two.isEmpty(), two.toString());
    }

    @Test
    void anAttackASpeakerSaysCameDespiteTheTruceAccusesTheAttacker() {
        Set<String> said = pairs(graph(extract("Peru said Ecuadorian troops attacked its positions near the border on"
                + " Tuesday despite the truce.")), "Accusation");
        assertTrue(said.contains("peru -> ecuador"), said.toString());
        Set<String> trailing = pairs(graph(extract("Ecuadorian troops shelled three villages near the border on Monday"
                + " despite the truce, Peru said.")), "Accusation");
        assertTrue(trailing.contains("peru -> ecuador"), trailing.toString());
        Set<String> reported = pairs(graph(extract("Ecuadorian troops attacked Peruvian positions near the border on"
                + " Tuesday despite the truce.")), "Accusation");
        assertTrue(reported.isEmpty(), reported.toString());
    }

    @Test
    void strikingBackAtASidesFireReportsAnAttackAndAccusesNoOne() {
        Set<String> accusations = pairs(graph(extract("Peru said its troops returned fire in retaliation for Ecuadorian"
                + " attacks on its posts.")), "Accusation");
        assertTrue(accusations.isEmpty(), accusations.toString());
    }
}
