package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Bylines, credits and sign-ons, written for this test. */
class StatementHeaderTest {
    private static final String PUBLISHER = "Harbour Daily";

    private static EntityMention person(String text, String name) {
        int at = text.indexOf(name);
        return new EntityMention(0, new Span(at, at + name.length(), name), "PERSON", null, null);
    }

    private static String affiliation(String text, String name) {
        Span aff = StatementHeader.withByline(person(text, name), text, PUBLISHER).affiliation();
        return aff == null ? null : aff.text();
    }

    @Test
    void aBylineAndTheCreditsAtTheEndTakeThePublisher() {
        String text = "By Jane Roe\n\nPORTVILLE - The truce held overnight, residents said.\n\n"
                + "Reporting by Jane Roe and Sam Ode; Editing by Ada Vey\n";
        assertEquals(PUBLISHER, affiliation(text, "Jane Roe"));
        assertEquals(PUBLISHER, affiliation(text, "Sam Ode"));
        assertEquals(PUBLISHER, affiliation(text, "Ada Vey"));
    }

    @Test
    void theOneDeliveringAStatementAndABroadcastReporterTakeThePublisher() {
        String delivered = "As delivered by Deputy Counselor Jane Roe to the Council, Vienna\n\nWe support the talks.";
        assertEquals(PUBLISHER, affiliation(delivered, "Jane Roe"));
        String broadcast = "From the capital, this is the evening news.\n\nI'm Sam Ode reporting.\n\nThe truce held.";
        assertEquals(PUBLISHER, affiliation(broadcast, "Sam Ode"));
    }

    @Test
    void aNameAfterByInASentenceIsNoCredit() {
        String text = "The talks were mediated by Jane Roe in the capital.\n\nThe truce held.";
        assertNull(affiliation(text, "Jane Roe"));
    }
}
