package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.EntityMention;
import org.junit.jupiter.api.Test;

/** People's roles and affiliations, on sentences written for this test, annotated by the real CoreNLP models. */
class PersonRolesIT {

    private static EntityMention person(AnnotatedArticle a, String name) {
        return a.entities().stream().filter(e -> e.type().equals("PERSON") && e.span().text().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no person " + name + " in " + a.entities()));
    }

    private static String affiliation(EntityMention e) {
        return e.affiliation() == null ? null : e.affiliation().text();
    }

    @Test
    void aRankBeforeTheNameGivesWayToThePostItStandsInAppositionTo() {
        AnnotatedArticle a = InventedArticles.extract("The commander of the Northern Army (NA), Major General Ivo"
                + " Tarsk, said on Tuesday that rebels had shelled the town overnight.");
        EntityMention tarsk = person(a, "Ivo Tarsk");
        assertEquals("commander", tarsk.role(), tarsk.toString());
        assertEquals("Northern Army", affiliation(tarsk), tarsk.toString());
    }

    @Test
    void aNameOfSeveralWordsBeforeTheTitleOwnsIt() {
        AnnotatedArticle a = InventedArticles.extract("A Red Hand Front spokesman, Omar Tull, denied the claim.");
        EntityMention tull = person(a, "Omar Tull");
        assertEquals("spokesman", tull.role(), tull.toString());
        assertEquals("Red Hand Front", affiliation(tull), tull.toString());
    }

    @Test
    void aRankWithNoBodyToItsPostStaysTheTitle() {
        EntityMention roe = person(InventedArticles.extract("Their spokesman, Colonel Dan Roe, denied the claim."),
                "Dan Roe");
        assertEquals("Colonel", roe.role(), roe.toString());
    }

    @Test
    void anOccupationBeforeOrAfterTheNameIsTheRole() {
        AnnotatedArticle a = InventedArticles.extract("Aid worker Mira Holm said the convoy was stopped at a"
                + " checkpoint. Tom Aske, a surgeon with Doctors Without Borders, said supplies were running low.");
        assertEquals("Aid worker", person(a, "Mira Holm").role());
        EntityMention aske = person(a, "Tom Aske");
        assertEquals("surgeon", aske.role(), aske.toString());
        assertEquals("Doctors Without Borders", affiliation(aske), "a preposition inside a name: " + aske);
    }

    @Test
    void demonymsBeforeASharedPluralTitleGoToTheNamesInOrder() {
        AnnotatedArticle a = InventedArticles.extract("Russian and Turkish Defence Ministers Ivan Dorov and Emre Kaya"
                + " signed the deal on Friday. Presidents Ivo Marsh and Lena Hart met later.");
        EntityMention dorov = person(a, "Ivan Dorov");
        EntityMention kaya = person(a, "Emre Kaya");
        assertEquals("Defence Minister", dorov.role(), dorov.toString());
        assertEquals("Russian", affiliation(dorov), dorov.toString());
        assertEquals("Defence Minister", kaya.role(), kaya.toString());
        assertEquals("Turkish", affiliation(kaya), kaya.toString());
        EntityMention hart = person(a, "Lena Hart");
        assertEquals("President", hart.role(), hart.toString());
        assertNull(hart.affiliation(), hart.toString());
    }

    @Test
    void aTranscriptLabelWithAFirstNameIsThePersonTheTextIntroduced() {
        AnnotatedArticle a = InventedArticles.extract("The briefing was opened by Tomas Reyes, director of the relief"
                + " office.\n\nMR. TOMAS: Thank you. Convoys reached the city yesterday.\n\nQUESTION: How many"
                + " trucks?\n\nMR. TOMAS: Forty trucks crossed the line.\n");
        List<String> speakers = a.quotes().stream().map(q -> q.speaker() == null ? "(none)" : q.speaker().text())
                .toList();
        assertEquals(List.of("Tomas Reyes", "Tomas Reyes"), speakers, a.quotes().toString());
    }

    private static List<String> speakers(AnnotatedArticle a) {
        return a.quotes().stream().map(q -> q.speaker() == null ? "(none)" : q.speaker().text()).toList();
    }

    @Test
    void aLabelWhoseNameOnlyTheLabelsWriteIsTheHeadlinesFullName() {
        AnnotatedArticle a = InventedArticles.extract("Varsenne, 4 March\n\nGood afternoon. I have just returned from"
                + " the talks.\n\nMINISTER VARGA: We are ready to extend the"
                + " truce for thirty days.\n\nQUESTION: And the prisoners?\n\nMINISTER VARGA: The exchange will take"
                + " place next week.\n", "Remarks by Foreign Minister Anna Varga at a press conference",
                "Ministry of Foreign Affairs of Oltenmark");
        // the words before the first label, after the place and date line, are hers too
        assertEquals(List.of("Anna Varga", "Anna Varga", "Anna Varga"), speakers(a), a.quotes().toString());
        assertTrue(a.quotes().get(2).span().text().startsWith("Good afternoon."), a.quotes().toString());
        assertEquals("Foreign Minister", person(a, "Anna Varga").role());
    }

    @Test
    void aLabelMadeOfATitleIsTheOnePersonTheHeadlineGivesIt() {
        AnnotatedArticle a = InventedArticles.extract("The President. Good morning. The fighting in the eastern"
                + " provinces will stop at midnight.\n\nQ. Mr. President, will the troops come home?\n\nThe President."
                + " Not yet.\n", "Remarks by President Ilse Marten on the ceasefire", "Office of the President");
        assertEquals(List.of("Ilse Marten", "Ilse Marten"), speakers(a), a.quotes().toString());
        AnnotatedArticle spokesperson = InventedArticles.extract("THE SPOKESPERSON: Good morning. The truce"
                + " holds.\n\nQUESTION: For how long?\n\nTHE SPOKESPERSON: We cannot say.\n",
                "Press briefing by the spokesperson Jon Keller", "Ministry of Foreign Affairs of Oltenmark");
        assertEquals(List.of("Jon Keller", "Jon Keller"), speakers(spokesperson), spokesperson.quotes().toString());
        AnnotatedArticle two = InventedArticles.extract("THE MINISTER: We welcome the truce.\n\nQUESTION: Will it"
                + " hold?\n\nTHE MINISTER: We hope so.\n", "Joint remarks by Foreign Minister Anna Varga and Defence"
                + " Minister Karel Brandt", null);
        assertEquals(List.of(), two.quotes(), "two ministers in the headline: the label names neither");
    }

    @Test
    void aFirstNameLabelIsTheIntroducedPersonEvenWhenAQuestionCallsHimByIt() {
        AnnotatedArticle a = InventedArticles.extract("MODERATOR: Good afternoon. With us today is Jon Keller, the"
                + " spokesperson of the ministry.\n\nJON: Thank you. We welcome the truce.\n\nQUESTION: Jon, when will"
                + " the monitors deploy?\n\nJON: Within days, we hope.\n");
        assertEquals(List.of("Jon Keller", "Jon Keller"), speakers(a), a.quotes().toString());
    }
}
