package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.ArticleExtractor;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Incident frames (issue 14) on sentences written for this test about invented events, parsed by real CoreNLP. */
class IncidentFramesIT {
    private static final String CLASH = Vocab.CAMEO + "193";
    private static final String SHELLING = Vocab.CAMEO + "194";
    private static final String AIRSTRIKE = Vocab.CAMEO + "195";
    private static ArticleExtractor extractor;

    @BeforeAll
    static void load() throws Exception {
        extractor = new ArticleExtractor(Lexicon.load(Main.projectPaths().ontology()));
    }

    private static List<Frame> frames(String text, String concept) {
        Article article = new Article("incidents", "incidents.txt", text, null, null, "2021-05-10", null);
        AnnotatedArticle a = extractor.extract(article, CoreNlpAnnotator.shared().annotate(text, "2021-05-10"),
                "2021-05-10", false);
        return a.frames().stream().filter(f -> f.concept().equals(concept)).toList();
    }

    private static List<String> texts(Frame f, String role) {
        return f.all(role).stream().map(x -> x.span().text()).toList();
    }

    @Test
    void aBareEventNounConjoinedToAnotherSharesItsActorsAndPlace() {
        String text = "Dozens of homes in Kafr Dara were destroyed by militia airstrikes and artillery on Monday.";
        List<Frame> shelling = frames(text, SHELLING);
        assertEquals(1, shelling.size(), shelling.toString());
        assertEquals(List.of("militia"), texts(shelling.get(0), Frame.AGENT), shelling.toString());
        assertEquals(1, frames(text, AIRSTRIKE).size(), "the first conjunct keeps its own frame");
    }

    @Test
    void aConjunctWithWordsOfItsOwnKeepsThem() {
        List<Frame> shelling = frames("Army airstrikes and rebel shelling hit the town of Kafr Dara on Monday.",
                SHELLING);
        assertTrue(shelling.stream().noneMatch(f -> texts(f, Frame.AGENT).contains("Army")), shelling.toString());
    }

    @Test
    void anEventToldAsWhatHaltsOrEndsIsNoIncident() {
        assertEquals(List.of(), frames("The new truce brought a halt to the fighting in the town of Kafr Dara on"
                + " Sunday.", CLASH));
        assertEquals(List.of(), frames("Envoys demanded an end to the fighting around the port of Vella.", CLASH));
    }

    @Test
    void theSidesOfAClashAreItsParticipants() {
        List<Frame> clashes = frames("Clashes between army units and tribal militias broke out in the town of"
                + " Kafr Dara on Sunday. Later there were clashes with the border police near the port of Vella.",
                CLASH);
        assertEquals(2, clashes.size(), clashes.toString());
        assertEquals(List.of("army units", "tribal militias"), texts(clashes.get(0), Frame.PARTICIPANT),
                "each side alone, without the other or the 'and': " + clashes);
        assertTrue(String.join(" ", texts(clashes.get(1), Frame.PARTICIPANT)).contains("the border police"),
                clashes.toString());
    }
    @Test
    void aVerbTriggerThatOpensWithItsSubjectKeepsThatSubjectAsAgent() {
        // "jets struck" is one trigger ("jet strike"): its subject is its own first word, not another event
        List<Frame> strikes = frames("Coalition jets struck a grain depot in the town of Kafr Dara on Monday.",
                AIRSTRIKE);
        assertEquals(1, strikes.size(), strikes.toString());
        assertEquals(List.of("Kafr Dara"), texts(strikes.get(0), Frame.PLACE), strikes.toString());
    }

    @Test
    void anEventNounIsPlacedWhereItIsOfOrFor() {
        List<Frame> shelling = frames("Residents fled after the shelling of the town of Kafr Dara on Monday.", SHELLING);
        assertEquals(List.of("Kafr Dara"), texts(shelling.get(0), Frame.PLACE), shelling.toString());
        List<Frame> battle = frames("The battle for the port of Vella entered its second week.", CLASH);
        assertEquals(List.of("Vella"), texts(battle.get(0), Frame.PLACE), battle.toString());
    }

    @Test
    void aStruggleAgainstAnIdeaIsNoIncident() {
        assertEquals(List.of(), frames("The two governments are partners in the fight against extremism in the"
                + " region of Vella.", CLASH));
    }

    @Test
    void placesABombingVerbHitAreItsPlacesEachOfThem() {
        List<Frame> strikes = frames("Government aircraft bombed Tal Hamra and Kafr Dara on Monday.", AIRSTRIKE);
        assertEquals(1, strikes.size(), strikes.toString());
        assertEquals(List.of("Tal Hamra", "Kafr Dara"), texts(strikes.get(0), Frame.PLACE), strikes.toString());
    }

    @Test
    void theSidesNamedOnTheVerbOfAClashAreItsParticipants() {
        List<Frame> clashes = frames("Heavy clashes broke out between army units and tribal militias near the port"
                + " of Vella on Sunday.", CLASH);
        assertEquals(1, clashes.size(), clashes.toString());
        assertEquals(List.of("army units", "tribal militias"), texts(clashes.get(0), Frame.PARTICIPANT),
                clashes.toString());
    }

    @Test
    void aParticipleAfterTheNounIsItsClauseNotTheMainVerb() {
        // "rockets fired from ... hit": the parse takes "fired" for the main verb; the rockets hit the clinic
        List<Frame> shelling = frames("Rockets fired from the hills hit a clinic in Kafr Dara on Monday.", SHELLING);
        assertEquals(1, shelling.size(), shelling.toString());
        assertEquals(List.of("a clinic"), texts(shelling.get(0), Frame.PATIENT), shelling.toString());
        assertEquals(List.of(), texts(shelling.get(0), Frame.AGENT), "the rockets are no perpetrator");
        List<Frame> claimed = frames("A bombing claimed by the Vella Brigade targeted a checkpoint on Tuesday.",
                AIRSTRIKE);
        assertEquals(List.of("the Vella Brigade"), texts(claimed.get(0), Frame.AGENT), claimed.toString());
    }

    @Test
    void aircraftMovedAwayStrikeNothing() {
        assertEquals(List.of(), frames("The air force said its jets had been withdrawn from the base at Kafr Dara"
                + " in June.", AIRSTRIKE));
    }

    @Test
    void aFightWithASideAsObjectHasTwoSidesAndNoPerpetrator() {
        List<Frame> clashes = frames("Tribal militias battled army units near Kafr Dara late on Sunday.", CLASH);
        assertEquals(1, clashes.size(), clashes.toString());
        assertEquals(List.of(), texts(clashes.get(0), Frame.AGENT), clashes.toString());
        assertEquals(2, texts(clashes.get(0), Frame.PARTICIPANT).size(), clashes.toString());
        assertEquals("2021-05-09", clashes.get(0).all(Frame.TIME).get(0).normalized(), "late on Sunday");
    }

    @Test
    void whatAnEventNounDamagedIsItsTarget() {
        List<Frame> shelling = frames("A clinic in Kafr Dara was damaged by shelling on Monday.", SHELLING);
        assertEquals(List.of("A clinic"), texts(shelling.get(0), Frame.PATIENT), shelling.toString());
    }

    @Test
    void whatAStrikeWasAimedAtIsItsIntendedTargetAndWhatItHitItsTarget() {
        List<Frame> aimed = frames("The ministry said the strike on Monday was aimed at a Velan Front command post "
                + "but hit a market.", Vocab.CAMEO + "190");
        assertTrue(aimed.stream().anyMatch(f -> texts(f, Frame.INTENDED).stream().anyMatch(t -> t.contains("post"))
                && texts(f, Frame.PATIENT).stream().anyMatch(t -> t.contains("market"))), aimed.toString());
        assertTrue(aimed.stream().noneMatch(f -> texts(f, Frame.AGENT).contains("The ministry")), aimed.toString());
        List<Frame> targeted = frames("MR. DORN: The strike in Kessala on Tuesday targeted a militia headquarters "
                + "but struck a school.", Vocab.CAMEO + "190");
        assertTrue(targeted.stream().anyMatch(f -> texts(f, Frame.INTENDED).stream()
                .anyMatch(t -> t.contains("headquarters")) && texts(f, Frame.PATIENT).stream()
                .noneMatch(t -> t.contains("headquarters"))), targeted.toString());
    }

    @Test
    void theSideThatHeldOrLostTakenGroundIsTheTakingsTarget() {
        String capture = Vocab.CAMEO + "192";
        List<Frame> held = frames("The Eastern Front seized the town of Kelvar, a stronghold of the Northern Army, on"
                + " Monday, officials said.", capture);
        assertTrue(held.stream().anyMatch(f -> texts(f, Frame.PATIENT).contains("the Northern Army")
                && texts(f, Frame.PLACE).contains("Kelvar")), held.toString());
        List<Frame> retreated = frames("Rebel units captured the village of Tarvo on Sunday as the army's units"
                + " retreated from Tarvo.", capture);
        assertTrue(retreated.stream().anyMatch(f -> texts(f, Frame.PATIENT).stream().anyMatch(x -> x.contains("army"))),
                retreated.toString());
        List<Frame> pushed = frames("Government troops pushed into the Front's stronghold of Marrin on Saturday.",
                Vocab.CAMEO + "190");
        assertTrue(pushed.stream().anyMatch(f -> texts(f, Frame.PATIENT).contains("the Front")), pushed.toString());
    }

    @Test
    void aCampaignOrWaveOfRaidsIsTheRaidsItCounts() {
        List<Frame> raids = frames("The Ministry of Defence said the Northern Army launched a campaign of air raids"
                + " against the Eastern Front in Kelvar on Monday.", AIRSTRIKE);
        assertEquals(1, raids.size(), raids.toString());
        assertEquals(List.of("the Northern Army"), texts(raids.get(0), Frame.AGENT), raids.toString());
        assertEquals(List.of("the Eastern Front"), texts(raids.get(0), Frame.PATIENT), raids.toString());
        assertEquals(List.of("Kelvar"), texts(raids.get(0), Frame.PLACE), raids.toString());
        List<Frame> strikes = frames("MR. HALVERSON: The regime carried out a series of strikes against the Front in"
                + " Tarvo on Friday.", Vocab.CAMEO + "190");
        assertTrue(strikes.stream().noneMatch(f -> f.first(Frame.DEFINITE).isPresent()), "'a series' is no 'the': " + strikes);
        assertTrue(strikes.stream().anyMatch(f -> texts(f, Frame.PATIENT).contains("the Front")), strikes.toString());
    }

    @Test
    void smallArmsFireListedAsAViolationIsAClash() {
        String text = "The monitors recorded violations including small arms fire and mortar shelling in Dorsk on Sunday.";
        List<Frame> fire = frames(text, CLASH);
        assertEquals(1, fire.size(), fire.toString());
        assertEquals(List.of("Dorsk"), texts(fire.get(0), Frame.PLACE), fire.toString());
        assertTrue(frames(text, SHELLING).stream().allMatch(f -> f.all(Frame.AGENT).isEmpty()), "the arms are no doer");
    }
}
