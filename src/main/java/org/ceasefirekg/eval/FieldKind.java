package org.ceasefirekg.eval;

import java.util.Locale;

/** What a fact's field holds, and so how a gold value is compared with a system value. */
public enum FieldKind {
    /** An actor or place: same normalised label or same gazetteer entry. */
    NAME,
    /** An affiliation: the same actor, or one the system's actor belongs to. */
    AFFILIATION,
    /** Words in the text's own wording (victims, roles): the shorter one's words all in the longer one. */
    TEXT,
    /** A fixed word ("killed"): equal ignoring case. */
    WORD,
    /** An integer: equal. */
    NUMBER,
    /**
     * A date: the same day. A gold start is written as its day where the truce holds, or as a UTC date-time: a system
     * start with its offset matches either its own day or its UTC day.
     */
    DAY,
    /** A time of day, HH:mm UTC: equal. */
    TIME,
    /** An event class ("Airstrike"): equal ignoring case. */
    TYPE,
    /** A quote: the system's quote starts with the gold's first words. */
    QUOTE;

    /** Returns true when the system value matches the gold value. */
    public boolean matches(String gold, String system, Labels labels) {
        return switch (this) {
            case NAME -> labels.sameActor(gold, system);
            case AFFILIATION -> labels.affiliatedWith(gold, system);
            case TEXT -> Labels.sameText(gold, system);
            case WORD, TYPE, TIME -> gold.strip().toLowerCase(Locale.ROOT).equals(system.strip().toLowerCase(Locale.ROOT));
            case NUMBER -> number(gold) != null && number(gold).equals(number(system));
            case DAY -> Labels.day(gold).equals(Labels.day(system)) || Labels.day(gold).equals(Labels.utcDay(system));
            case QUOTE -> Labels.quoteStarts(gold, system);
        };
    }

    private static Long number(String value) {
        try {
            return new java.math.BigDecimal(value.strip()).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
