package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceDatesTest {
    @Test
    void readsDatelinesAndCaptions() {
        assertEquals(Optional.of("2016-09-19"), ReferenceDates.infer("Homs\nThe square, pictured September 19, 2016\nText"));
        assertEquals(Optional.of("2017-04-05"), ReferenceDates.infer("Wed 05 Apr 2017 Syria attack symptoms ..."));
        assertEquals(Optional.of("2015-01-02"), ReferenceDates.infer("Posted 2015-01-02. Then on March 3, 2014 ..."));
    }

    @Test
    void ignoresDatesDeepInTheTextAndImpossibleOnes() {
        assertTrue(ReferenceDates.infer("x".repeat(ReferenceDates.HEAD_CHARS) + " September 19, 2016").isEmpty());
        assertTrue(ReferenceDates.infer("on February 31, 2016 nothing").isEmpty());
    }

    @Test
    void separatesALeadingDatelineWithoutMovingAnyOffset() {
        String text = "Date of publication 21 September 2016 The United Nations said";
        String separated = ReferenceDates.separateDateline(text);
        assertEquals(text.length(), separated.length());
        assertEquals("Date of publication 21 September 2016\nThe United Nations said", separated);
        assertEquals("Wed 05 Apr 2017\nSyria attack", ReferenceDates.separateDateline("Wed 05 Apr 2017 Syria attack"));
        assertEquals("Thursday 18 May 2017\nISIS", ReferenceDates.separateDateline("Thursday 18 May 2017 ISIS"));
        assertEquals("Government forces shelled", ReferenceDates.separateDateline("Government forces shelled"));
    }
}
