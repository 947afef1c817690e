package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceDatesTest {
    @Test
    void readsDatelinesAndCaptions() {
        assertEquals(Optional.of("2016-09-19"), ReferenceDates.infer("Homs\nThe square, pictured September 19, 2016\nText"));
        assertEquals(Optional.of("2017-07-05"), ReferenceDates.infer("Wed 05 Jul 2017 Yemen flood victims ..."));
        assertEquals(Optional.of("2015-01-02"), ReferenceDates.infer("Posted 2015-01-02. Then on March 3, 2014 ..."));
    }

    @Test
    void ignoresDatesDeepInTheTextAndImpossibleOnes() {
        assertTrue(ReferenceDates.infer("x".repeat(ReferenceDates.HEAD_CHARS) + " September 19, 2016").isEmpty());
        assertTrue(ReferenceDates.infer("on February 31, 2016 nothing").isEmpty());
    }

    @Test
    void separatesALeadingDatelineWithoutMovingAnyOffset() {
        String text = "Date of publication 7 March 2019 The World Bank said";
        String separated = ReferenceDates.separateDateline(text);
        assertEquals(text.length(), separated.length());
        assertEquals("Date of publication 7 March 2019\nThe World Bank said", separated);
        assertEquals("Wed 05 Jul 2017\nYemen flood", ReferenceDates.separateDateline("Wed 05 Jul 2017 Yemen flood"));
        assertEquals("Thursday 18 May 2017\nISIS", ReferenceDates.separateDateline("Thursday 18 May 2017 ISIS"));
        assertEquals("Government forces shelled", ReferenceDates.separateDateline("Government forces shelled"));
    }

    @Test
    void givesADatelineAfterAHeadlineALineOfItsOwn() {
        String text = "Shelling kills 7 in northern town Monitor AFP Tuesday 04 Oct 2016 Shelling hit a market on Tuesday";
        String separated = ReferenceDates.separateDateline(text);
        assertEquals(text.length(), separated.length());
        assertEquals("Shelling kills 7 in northern town Monitor AFP\nTuesday 04 Oct 2016\nShelling hit a market on Tuesday",
                separated);
        assertEquals("Talks Reuters\nMonday, March 6, 2017\n\"We agreed\"",
                ReferenceDates.separateDateline("Talks Reuters Monday, March 6, 2017 \"We agreed\""));
        String inASentence = "Jets struck the town on Tuesday 04 Oct 2016 Witnesses said";
        assertEquals(inASentence, ReferenceDates.separateDateline(inASentence));
        String deep = "x ".repeat(ReferenceDates.HEAD_CHARS) + "AFP Tuesday 04 Oct 2016 Shelling";
        assertEquals(deep, ReferenceDates.separateDateline(deep));
    }
}
