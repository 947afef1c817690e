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
                "Separatist units advanced into the outskirts of Karvela overnight.",
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
}
