package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.Test;

/** Incident triggers, constructions and guards on invented sentences, parsed by real CoreNLP. */
class IncidentTriggersIT {
    private static final String ATTACK = Vocab.CAMEO + "190";
    private static final String CLASH = Vocab.CAMEO + "193";
    private static final String SHELLING = Vocab.CAMEO + "194";
    private static final String AIRSTRIKE = Vocab.CAMEO + "195";

    /** The frames of one concept the pipeline finds in an invented text (published on InventedArticles.DAY). */
    private static List<Frame> frames(String text, String concept) {
        return InventedArticles.extract(text).frames().stream().filter(f -> f.concept().equals(concept)).toList();
    }

    private static List<String> texts(Frame f, String role) {
        return f.all(role).stream().map(x -> x.span().text()).toList();
    }

    @Test
    void anEventThatNoOneSawIsNoIncident() {
        assertEquals(List.of(), frames("There has been no rocket fire since late Tuesday, residents of Velmora said.",
                SHELLING));
        assertEquals(List.of(), frames("No shelling was reported in Velmora on Wednesday.", SHELLING));
        assertEquals(List.of(), frames("There were no reports of fighting in Dorsk overnight, the monitor said.",
                CLASH));
        assertEquals(1, frames("Rocket fire hit Velmora on Tuesday, residents said.", SHELLING).size(),
                "without 'no' the same noun is an incident");
    }

    @Test
    void fightingThatATruceWillHaltIsNoIncident() {
        assertEquals(List.of(), frames("The truce will halt the fighting in Dorsk, the envoy said.", CLASH));
    }

    @Test
    void whoSaysTheyDidItIsTheDoer() {
        String text = "The offensive by the Northern Front began on Sunday. Kestria said it carried out raids on"
                + " Dorsk early Monday.";
        List<Frame> raids = frames(text, AIRSTRIKE);
        assertEquals(1, raids.size(), raids.toString());
        assertEquals(List.of("Kestria"), texts(raids.get(0), Frame.AGENT), raids.toString());
        List<Frame> shelled = frames("The rebels said they shelled army posts near Velmora on Tuesday.", SHELLING);
        assertEquals(List.of("The rebels"), texts(shelled.get(0), Frame.AGENT), shelled.toString());
    }

    @Test
    void aSideBeforeAMisparsedGerundAfterAPrepositionOfTimeIsItsDoer() {
        List<Frame> shelling = frames("Following Front shelling of the port, the mayor ordered an evacuation.",
                SHELLING);
        assertEquals(1, shelling.size(), shelling.toString());
        assertEquals(List.of("Front"), texts(shelling.get(0), Frame.AGENT), shelling.toString());
        assertEquals(List.of("the port"), texts(shelling.get(0), Frame.PATIENT), shelling.toString());
    }

    @Test
    void anEventNounAfterAPrepositionOfTimeKeepsItsOwner() {
        List<Frame> raids = frames("After the junta's night raids on Velmora, the council urged calm.", AIRSTRIKE);
        assertEquals(1, raids.size(), raids.toString());
        assertEquals(List.of("the junta"), texts(raids.get(0), Frame.AGENT), raids.toString());
    }

    @Test
    void forcesThatTargetOrPushIntoAPlaceAttackIt() {
        // aircraft that target something strike it from the air, one incident, not an attack besides
        assertEquals(List.of(), frames("Kestrian gunships targeted Front depots near Velmora on Monday.", ATTACK));
        List<Frame> targeted = frames("Kestrian gunships targeted Front depots near Velmora on Monday.", AIRSTRIKE);
        assertEquals(1, targeted.size(), targeted.toString());
        assertEquals(List.of("Front depots"), texts(targeted.get(0), Frame.PATIENT), targeted.toString());
        assertEquals(1, frames("Varrish forces targeted Front depots near Velmora on Monday.", ATTACK).size());
        assertEquals(List.of(), frames("The European Union imposed targeted sanctions on Kestria.", ATTACK));
        // moving into a place by force attacks it; it is no taking of it yet
        assertTrue(frames("Varrish troops pushed into Kestria a week ago, officials said.", ATTACK)
                .stream().anyMatch(f -> texts(f, Frame.AGENT).contains("Varrish troops")));
        assertEquals(List.of(), frames("Varrish troops pushed into Kestria a week ago, officials said.",
                Vocab.CAMEO + "192"));
    }
}
