package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Frame;
import org.junit.jupiter.api.Test;

/**
 * Taking ground (CAMEO 192) on sentences written for this test and annotated by the real CoreNLP models: a town, a
 * base or half of a district taken by a side is an incident; weapons, power, a company or a vote taken is none.
 */
class CaptureSensesIT {

    private static List<Frame> takings(String text) {
        AnnotatedArticle a = InventedArticles.extract(text);
        return a.frames().stream().filter(f -> f.concept().endsWith("/cameo/192")).toList();
    }

    private static String role(Frame f, String role) {
        return f.first(role).map(a -> a.span().text()).orElse("");
    }

    @Test
    void groundTakenByASideIsAnIncident() {
        for (String s : List.of("Insurgents seized control of the border crossing at Velmara on Tuesday.",
                "The army said it had retaken the village of Dorsk late on Monday.",
                "The seizure of the Tolvo airfield by the militia broke the truce.",
                "Rebel fighters have taken possession of two villages in the Ostra valley.")) {
            assertEquals(1, takings(s).size(), s);
        }
    }

    @Test
    void theSideThatLostTheGroundIsTheTarget() {
        List<Frame> f = takings("Government troops recaptured the hilltop outpost from the Velan Front on Sunday.");
        assertEquals(1, f.size(), f.toString());
        assertEquals("Government troops", role(f.get(0), Frame.AGENT));
        assertTrue(f.get(0).all(Frame.PATIENT).stream().anyMatch(a -> a.span().text().contains("Velan Front")),
                f.toString());
    }

    @Test
    void takingsOfOtherThingsAreNoIncident() {
        for (String s : List.of("Customs officers seized weapons and ammunition from a lorry near Velmara.",
                "General Dorn seized power in a coup in 1998.",
                "The film captured the imagination of a generation.",
                "A telecoms firm took over the company in a deal worth 40 million dollars.",
                "The ruling coalition gained control of parliament after the vote.",
                "Soldiers seized 12 rifles during a search of the village.",
                "Government forces took up positions outside the capital.",
                "Police seized cocaine at the port of Velmara on Monday.")) {
            assertTrue(takings(s).isEmpty(), s);
        }
    }

    @Test
    void groundLostToASideOrPutUnderItsControlIsTakenByThatSide() {
        List<Frame> lost = takings("Government forces lost control of Morvala to the Velan Front on Tuesday, residents said.");
        assertEquals(1, lost.size(), lost.toString());
        assertEquals("the Velan Front", role(lost.get(0), Frame.AGENT));
        assertEquals("Government forces", role(lost.get(0), Frame.PATIENT));
        assertEquals("Morvala", role(lost.get(0), Frame.PLACE));
        List<Frame> under = takings("The town of Kessala came under the Velan Front's control on Wednesday.");
        assertEquals(1, under.size(), under.toString());
        assertEquals("the Velan Front", role(under.get(0), Frame.AGENT));
        assertEquals("Kessala", role(under.get(0), Frame.PLACE));
        List<Frame> hands = takings("The village of Ostrava changed hands twice on Saturday.");
        assertEquals(1, hands.size(), hands.toString());
        assertEquals("Ostrava", role(hands.get(0), Frame.PLACE));
        // losing ground to no one named, or a game lost to a team, is no taking
        assertTrue(takings("The ruling party lost the vote to the opposition on Monday.").isEmpty());
    }

    @Test
    void aTakingToldDaysAfterAnotherEventIsDatedFromIt() {
        List<Frame> f = takings("Jets bombed the town of Karsk on September 28. One day after the bombing, the "
                + "Velan Front captured Azaz. Two days after the raid, militia fighters seized the village of Dorsk.");
        assertEquals(2, f.size(), f.toString());
        assertEquals("2016-09-29", f.get(0).first(Frame.TIME).map(a -> a.normalized()).orElse(""), f.toString());
        assertEquals("2016-09-30", f.get(1).first(Frame.TIME).map(a -> a.normalized()).orElse(""), f.toString());
        List<Frame> next = takings("Jets bombed the town of Karsk on September 28. The next day, the army seized "
                + "Karsk from the Velan Front.");
        assertEquals("2016-09-29", next.get(0).first(Frame.TIME).map(a -> a.normalized()).orElse(""), next.toString());
    }
}
