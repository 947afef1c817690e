package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Quote;
import org.junit.jupiter.api.Test;

/**
 * Attack senses, doers told in a nearby sentence or a cleft, and titles told again, on sentences written for this test and
 * annotated by the real CoreNLP models.
 */
class SensesAndReferencesIT {

    /** The CAMEO codes of the article's incident frames (codes 18-20: assault, fight, mass violence). */
    private static List<Frame> attacks(AnnotatedArticle a) {
        return a.frames().stream().filter(f -> f.concept().matches(".*/cameo/(18|19|20)\\d*")).toList();
    }

    @Test
    void aVerbOfSeveralSensesIsAnAttackOnlyOnSomethingThatCanBeHit() {
        assertTrue(attacks(InventedArticles.extract("The delegate pounded the table and stormed out of the hall."))
                .isEmpty(), "a table and a hall are not hit");
        assertTrue(attacks(InventedArticles.extract("Shares in the airline bombed after the results on Monday."))
                .isEmpty(), "a share price is not bombed");
        assertTrue(!attacks(InventedArticles.extract("Government jets pounded the town of Velo on Monday.")).isEmpty(),
                "jets pounding a town attack it");
    }

    @Test
    void anAttackCondemnedAccusesTheDoerTheNextSentenceNames() {
        AnnotatedArticle a = InventedArticles.extract("The Ministry of the Interior condemns the attack on a police"
                + " post near Tessa on Friday, in which four officers were killed. It was carried out by the Velan"
                + " Liberation Front.");
        // condemning (CAMEO 111) or accusing (112) the doer the next sentence names
        List<String> accused = a.frames().stream().filter(f -> f.concept().matches(".*/cameo/11\\d"))
                .flatMap(f -> f.all(Frame.PATIENT).stream()).map(x -> x.span().text()).toList();
        assertTrue(accused.stream().anyMatch(d -> d.contains("Velan Liberation Front")), a.frames().toString());
    }

    @Test
    void theDoerOfACleftIsTheNounBeforeWho() {
        // "it was X who ...": the parse hangs the clause on X by a loose dep and leaves "who" as the subject
        AnnotatedArticle a = InventedArticles.extract("A rebel spokesman denied the claim and said it was Velan army"
                + " forces who attacked the group's positions near Tessa.");
        List<String> doers = attacks(a).stream().flatMap(f -> f.all(Frame.AGENT).stream()).map(x -> x.span().text())
                .toList();
        assertEquals(List.of("Velan army forces"), doers, a.frames().toString());
    }

    @Test
    void theMinisterSpeaksAsTheOneMinisterNamedBefore() {
        AnnotatedArticle a = InventedArticles.extract("Foreign Minister Anna Korsak arrived in Velo on Monday for"
                + " talks with the rebels. \"We will not sign a truce that divides the country,\" the minister said.");
        List<Quote> quotes = a.quotes();
        assertEquals(1, quotes.size(), quotes.toString());
        assertTrue(quotes.get(0).speaker() != null && quotes.get(0).speaker().text().contains("Korsak"),
                quotes.toString());
    }
}
