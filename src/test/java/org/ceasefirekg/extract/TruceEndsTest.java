package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TruceEndsTest {
    @Test
    void movesAClockTimeOnByHoursKeepingItsZone() {
        assertEquals("2025-03-17T09:00Z", TruceEnds.end("2025-03-14T09:00Z", "PT72H"));
        assertEquals("2025-11-07T08:00+02:00", TruceEnds.end("2025-11-05T08:00+02:00", "PT48H"));
        assertEquals("2025-01-01T06:00", TruceEnds.end("2024-12-31T18:00", "PT12H"));
    }

    @Test
    void movesADayOnByWholeDaysOnly() {
        assertEquals("2025-11-04", TruceEnds.end("2025-11-01", "P3D"));
        assertEquals("2025-11-03", TruceEnds.end("2025-11-01", "PT48H"));
        assertNull(TruceEnds.end("2025-11-01", "PT36H")); // a day and a half from a day with no clock: unknown
        assertNull(TruceEnds.end("2025-11-01", "P2W"));
    }
}
