package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.Test;

/**
 * The trigger lexicon's verb-particle and light-verb phrases (lex19) on sentences written for this test about
 * invented places and sides, in the words of wire reports, statements and briefings, and their false friends: the
 * same words in a strike of workers, a business deal, a dismissal or a law coming into force.
 */
class LexiconBreadthIT {
    private static final String ATTACK = Vocab.CAMEO + "190";
    private static List<Frame> frames(String text, String concept) {
        return InventedArticles.extract(text).frames().stream().filter(f -> f.concept().equals(concept)).toList();
    }

    private static List<String> texts(Frame f, String role) {
        return f.all(role).stream().map(x -> x.span().text()).toList();
    }

    @Test
    void aVerbAndItsOwnNounAttackWhatOnOrToNames() {
        List<Frame> siege = frames("Insurgents laid siege to the garrison town of Ngoro in early March.", ATTACK);
        assertEquals(1, siege.size(), siege.toString());
        assertEquals(List.of("Insurgents"), texts(siege.get(0), Frame.AGENT), siege.toString());
        assertTrue(texts(siege.get(0), Frame.PATIENT).stream().noneMatch(x -> x.contains("siege")), siege.toString());
        List<Frame> arson = frames("Militiamen set fire to dozens of huts in the village of Tumbali, witnesses said.",
                ATTACK);
        assertEquals(List.of("Militiamen"), texts(arson.get(0), Frame.AGENT), arson.toString());
        List<Frame> torched = frames("Paramilitary units torched three hamlets near San Lucio on Tuesday.", ATTACK);
        assertEquals(List.of("three hamlets"), texts(torched.get(0), Frame.PATIENT), torched.toString());
    }

    @Test
    void workersOnStrikeAndDealsStruckAreNoAttack() {
        assertEquals(List.of(), frames("Dock workers went on strike in Port Marvel on Monday over wages.", ATTACK));
        assertEquals(List.of(), frames("Teachers began a nationwide strike in Kessala on Tuesday.", ATTACK));
        assertEquals(List.of(), frames("The two telecom firms struck a deal to merge their units.", ATTACK));
        assertEquals(List.of(), frames("The rival clans struck a truce on Friday, elders said.", ATTACK));
    }

    @Test
    void aTruceTornUpOrScrappedEnds() {
        assertEquals(1, frames("The junta tore up the truce with the Hill Army on Saturday.",
                Vocab.CEASEFIRE_END).size());
        assertEquals(1, frames("The military government scrapped the ceasefire after the rebels took Muselo.",
                Vocab.CEASEFIRE_END).size());
        assertEquals(1, frames("The rebels called the truce off on Monday, their spokesman said.",
                Vocab.CEASEFIRE_END).size(), "a particle apart from its verb");
    }

    @Test
    void defyingATruceViolatesIt() {
        List<Frame> violations = frames("The ministry said the separatists had disregarded the ceasefire in Tashir.",
                Vocab.VIOLATE);
        assertEquals(1, violations.size(), violations.toString());
        assertEquals(1, frames("Vardan forces defied the truce again on Sunday, the statement said.",
                Vocab.VIOLATE).size());
    }
}
