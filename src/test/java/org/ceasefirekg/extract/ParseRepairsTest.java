package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.HandParses.rel;
import static org.ceasefirekg.extract.HandParses.word;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The parses CoreNLP gets wrong that {@link ParseRepairs} mends, as CoreNLP 4.5 gives them. */
class ParseRepairsTest {

    private static IndexedWord named(List<CoreLabel> tokens, int i, String text, String ner) {
        IndexedWord w = word(tokens, i, text, text, "NNP");
        w.setNER(ner);
        tokens.get(i - 1).setNER(ner);
        return w;
    }

    private static Set<String> possessors(SemanticGraph g, IndexedWord noun) {
        return g.outgoingEdgeList(noun).stream().filter(e -> e.getRelation().toString().equals("nmod:poss"))
                .map(e -> e.getDependent().word()).collect(Collectors.toSet());
    }

    @Test
    void aParticipleReadAsTheMainVerbHandsItsGovernorToTheRealVerb() {
        // "Villages shelled by the army included Sebrin, residents said": the participle heads the clause of "said"
        List<CoreLabel> tokens = new ArrayList<>();
        IndexedWord villages = word(tokens, 1, "Villages", "village", "NNS");
        IndexedWord shelled = word(tokens, 2, "shelled", "shell", "VBN");
        word(tokens, 3, "by", "by", "IN");
        word(tokens, 4, "the", "the", "DT");
        IndexedWord army = word(tokens, 5, "army", "army", "NN");
        IndexedWord included = word(tokens, 6, "included", "include", "VBD");
        IndexedWord sebrin = word(tokens, 7, "Sebrin", "Sebrin", "NNP");
        word(tokens, 8, ",", ",", ",");
        IndexedWord residents = word(tokens, 9, "residents", "resident", "NNS");
        IndexedWord said = word(tokens, 10, "said", "say", "VBD");
        SemanticGraph g = new SemanticGraph();
        List.of(villages, shelled, army, included, sebrin, residents, said).forEach(g::addVertex);
        g.setRoot(said);
        g.addEdge(said, shelled, rel("advcl"), 1.0, false);
        g.addEdge(said, residents, rel("nsubj"), 1.0, false);
        g.addEdge(shelled, villages, rel("nsubj"), 1.0, false);
        g.addEdge(shelled, army, rel("obl:by"), 1.0, false);
        g.addEdge(shelled, included, rel("dep"), 1.0, false);
        g.addEdge(included, sebrin, rel("obj"), 1.0, false);

        ParseRepairs.mend(g, tokens);

        assertEquals("advcl", g.getEdge(said, included).getRelation().toString());
        assertEquals("nsubj", g.getEdge(included, villages).getRelation().toString());
        assertEquals(List.of(villages), g.getParentList(shelled), "the participle hangs on its noun only");
        assertNotNull(g.getEdge(shelled, army), "the by-phrase stays the participle's");
    }

    @Test
    void whoseLeftWithoutItsAntecedentBelongsToTheNamesTheClauseHangsOn() {
        // "thanked Lopez and Brand, whose mediation led to the truce": the clause hangs on Brand by a loose dep
        List<CoreLabel> tokens = new ArrayList<>();
        IndexedWord thanked = word(tokens, 1, "thanked", "thank", "VBD");
        IndexedWord lopez = named(tokens, 2, "Lopez", "PERSON");
        word(tokens, 3, "and", "and", "CC");
        IndexedWord brand = named(tokens, 4, "Brand", "PERSON");
        IndexedWord whose = word(tokens, 5, "whose", "whose", "WP$");
        IndexedWord mediation = word(tokens, 6, "mediation", "mediation", "NN");
        IndexedWord led = word(tokens, 7, "led", "lead", "VBD");
        SemanticGraph g = new SemanticGraph();
        List.of(thanked, lopez, brand, whose, mediation, led).forEach(g::addVertex);
        g.setRoot(thanked);
        g.addEdge(thanked, lopez, rel("obj"), 1.0, false);
        g.addEdge(lopez, brand, rel("conj:and"), 1.0, false);
        g.addEdge(brand, led, rel("dep"), 1.0, false);
        g.addEdge(led, mediation, rel("nsubj"), 1.0, false);
        g.addEdge(mediation, whose, rel("nmod:poss"), 1.0, false);

        ParseRepairs.mend(g, tokens);

        assertEquals(Set.of("Lopez", "Brand"), possessors(g, mediation));
        ParseRepairs.mend(g, tokens);
        assertEquals(Set.of("Lopez", "Brand"), possessors(g, mediation), "mending twice changes nothing");
    }

    @Test
    void twoNamesBeforeOnePossessiveOwnTheNounTogether() {
        // "rejected Norway and Ghana's call": parsed as rejected -obj-> Norway, Norway -conj-> call, call -poss-> Ghana
        List<CoreLabel> tokens = new ArrayList<>();
        IndexedWord rejected = word(tokens, 1, "rejected", "reject", "VBD");
        IndexedWord norway = named(tokens, 2, "Norway", "COUNTRY");
        word(tokens, 3, "and", "and", "CC");
        IndexedWord ghana = named(tokens, 4, "Ghana", "COUNTRY");
        word(tokens, 5, "'s", "'s", "POS");
        IndexedWord call = word(tokens, 6, "call", "call", "NN");
        SemanticGraph g = new SemanticGraph();
        List.of(rejected, norway, ghana, call).forEach(g::addVertex);
        g.setRoot(rejected);
        g.addEdge(rejected, norway, rel("obj"), 1.0, false);
        g.addEdge(rejected, call, rel("obj"), 1.0, false);
        g.addEdge(norway, call, rel("conj:and"), 1.0, false);
        g.addEdge(call, ghana, rel("nmod:poss"), 1.0, false);

        ParseRepairs.mend(g, tokens);

        assertEquals(Set.of("Norway", "Ghana"), possessors(g, call));
        assertNull(g.getEdge(rejected, norway), "what was rejected is the call, not Norway");
        assertNotNull(g.getEdge(rejected, call));
    }

    @Test
    void aNameJoinedToAnotherNounIsLeftAlone() {
        // "rejected Norway and the rebels' call": the first conjunct is a name, but a common word stands between
        List<CoreLabel> tokens = new ArrayList<>();
        IndexedWord rejected = word(tokens, 1, "rejected", "reject", "VBD");
        IndexedWord norway = named(tokens, 2, "Norway", "COUNTRY");
        word(tokens, 3, "and", "and", "CC");
        word(tokens, 4, "the", "the", "DT");
        IndexedWord rebels = word(tokens, 5, "rebels", "rebel", "NNS");
        IndexedWord call = word(tokens, 6, "call", "call", "NN");
        SemanticGraph g = new SemanticGraph();
        List.of(rejected, norway, rebels, call).forEach(g::addVertex);
        g.setRoot(rejected);
        g.addEdge(rejected, norway, rel("obj"), 1.0, false);
        g.addEdge(norway, call, rel("conj:and"), 1.0, false);
        g.addEdge(call, rebels, rel("nmod:poss"), 1.0, false);

        ParseRepairs.mend(g, tokens);

        assertEquals(Set.of("rebels"), possessors(g, call));
        assertNotNull(g.getEdge(rejected, norway));
    }

    @Test
    void aParticipleReadAsTheMainVerbBecomesAClauseOfItsNoun() {
        // "Shells fired from the ridge hit a clinic": parsed as fired -nsubj-> Shells, fired -dep-> hit
        List<CoreLabel> tokens = new ArrayList<>();
        IndexedWord shells = word(tokens, 1, "Shells", "shell", "NNS");
        IndexedWord fired = word(tokens, 2, "fired", "fire", "VBN");
        word(tokens, 3, "from", "from", "IN");
        word(tokens, 4, "the", "the", "DT");
        IndexedWord ridge = word(tokens, 5, "ridge", "ridge", "NN");
        IndexedWord hit = word(tokens, 6, "hit", "hit", "VBD");
        word(tokens, 7, "a", "a", "DT");
        IndexedWord clinic = word(tokens, 8, "clinic", "clinic", "NN");
        SemanticGraph g = new SemanticGraph();
        List.of(shells, fired, ridge, hit, clinic).forEach(g::addVertex);
        g.setRoot(fired);
        g.addEdge(fired, shells, rel("nsubj"), 1.0, false);
        g.addEdge(fired, ridge, rel("obl:from"), 1.0, false);
        g.addEdge(fired, hit, rel("dep"), 1.0, false);
        g.addEdge(hit, clinic, rel("obj"), 1.0, false);

        ParseRepairs.mend(g, tokens);

        assertEquals("nsubj", g.getEdge(hit, shells).getRelation().toString());
        assertEquals("acl", g.getEdge(shells, fired).getRelation().toString());
        assertNull(g.getEdge(fired, hit));
        assertEquals(hit, g.getFirstRoot());
    }

    @Test
    void aNameInCapitalsTaggedAsACopulaIsTheSubjectOfItsVerb() {
        // "ZAP in a note posted on the site Pingo said ...": "ZAP" tagged as a verb, "Pingo" taken for the subject
        List<CoreLabel> tokens = new ArrayList<>();
        IndexedWord zap = word(tokens, 1, "ZAP", "zap", "VBZ");
        word(tokens, 2, "in", "in", "IN");
        word(tokens, 3, "a", "a", "DT");
        IndexedWord note = word(tokens, 4, "note", "note", "NN");
        IndexedWord posted = word(tokens, 5, "posted", "post", "VBN");
        word(tokens, 6, "on", "on", "IN");
        word(tokens, 7, "the", "the", "DT");
        IndexedWord site = word(tokens, 8, "site", "site", "NN");
        IndexedWord pingo = named(tokens, 9, "Pingo", "ORGANIZATION");
        IndexedWord said = word(tokens, 10, "said", "say", "VBD");
        SemanticGraph g = new SemanticGraph();
        List.of(zap, note, posted, site, pingo, said).forEach(g::addVertex);
        g.setRoot(said);
        g.addEdge(said, zap, rel("cop"), 1.0, false);
        g.addEdge(said, note, rel("obl:in"), 1.0, false);
        g.addEdge(note, posted, rel("acl"), 1.0, false);
        g.addEdge(posted, site, rel("obl:on"), 1.0, false);
        g.addEdge(said, pingo, rel("nsubj"), 1.0, false);

        ParseRepairs.mend(g, tokens);

        assertEquals("nsubj", g.getEdge(said, zap).getRelation().toString());
        assertNull(g.getEdge(said, pingo), "the later name is no subject");
        assertEquals("appos", g.getEdge(site, pingo).getRelation().toString());
    }

    @Test
    void aSecondSideHungUnderTheFirstSidesOfPhraseBecomesASideOfBetween() {
        // "a truce between the Government of Korva and the Tesk movement": the parse joins the movement to Korva
        List<CoreLabel> tokens = new ArrayList<>();
        IndexedWord truce = word(tokens, 1, "truce", "truce", "NN");
        word(tokens, 2, "between", "between", "IN");
        IndexedWord government = word(tokens, 3, "Government", "government", "NN");
        word(tokens, 4, "of", "of", "IN");
        IndexedWord korva = named(tokens, 5, "Korva", "COUNTRY");
        word(tokens, 6, "and", "and", "CC");
        IndexedWord movement = named(tokens, 7, "Movement", "ORGANIZATION");
        SemanticGraph g = new SemanticGraph();
        List.of(truce, government, korva, movement).forEach(g::addVertex);
        g.setRoot(truce);
        g.addEdge(truce, government, rel("nmod:between"), 1.0, false);
        g.addEdge(government, korva, rel("nmod:of"), 1.0, false);
        g.addEdge(government, movement, rel("nmod:of"), 1.0, true);
        g.addEdge(korva, movement, rel("conj:and"), 1.0, false);

        ParseRepairs.mend(g, tokens);

        assertEquals("nmod:between", g.getEdge(truce, movement).getRelation().toString());
        assertEquals("conj:and", g.getEdge(government, movement).getRelation().toString());
        assertNull(g.getEdge(korva, movement));
    }

    @Test
    void aPluralBeforeOfKeepsBothNamesInsideIt() {
        // "talks between the governments of Korva and Estavia": the governments are the two sides
        List<CoreLabel> tokens = new ArrayList<>();
        IndexedWord talks = word(tokens, 1, "talks", "talk", "NNS");
        word(tokens, 2, "between", "between", "IN");
        IndexedWord governments = word(tokens, 3, "governments", "government", "NNS");
        word(tokens, 4, "of", "of", "IN");
        IndexedWord korva = named(tokens, 5, "Korva", "COUNTRY");
        word(tokens, 6, "and", "and", "CC");
        IndexedWord estavia = named(tokens, 7, "Estavia", "COUNTRY");
        SemanticGraph g = new SemanticGraph();
        List.of(talks, governments, korva, estavia).forEach(g::addVertex);
        g.setRoot(talks);
        g.addEdge(talks, governments, rel("nmod:between"), 1.0, false);
        g.addEdge(governments, korva, rel("nmod:of"), 1.0, false);
        g.addEdge(korva, estavia, rel("conj:and"), 1.0, false);

        ParseRepairs.mend(g, tokens);

        assertNull(g.getEdge(talks, estavia));
        assertNotNull(g.getEdge(korva, estavia));
    }
}
