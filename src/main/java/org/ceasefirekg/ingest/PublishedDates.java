package org.ceasefirekg.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Checks publication dates when they are read. ISO 8601 allows years of any length and sign ({@code +10000-01-01},
 * {@code -0001-01-01}), which the annotator's date handling cannot take; only four-digit years are accepted.
 */
final class PublishedDates {
    static final int FIRST_YEAR = 1000;
    static final int LAST_YEAR = 9999;
    private static final List<Function<String, TemporalAccessor>> ISO_FORMS =
            List.of(LocalDate::parse, LocalDateTime::parse, OffsetDateTime::parse);

    private PublishedDates() {}

    /**
     * Returns the date as the article will carry it (ISO 8601, starting with {@code YYYY-MM-DD}), or null when the
     * value is not a date of the expected form; dateFormat is a {@link DateTimeFormatter} pattern, or null for ISO.
     */
    static String parse(String value, String dateFormat) {
        if (dateFormat != null) {
            try {
                LocalDate date = LocalDate.parse(value, DateTimeFormatter.ofPattern(dateFormat, Locale.ROOT));
                return inRange(date.getYear()) ? date.toString() : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return null;
        }
        for (var form : ISO_FORMS) {
            try {
                form.apply(value);
                return inRange(Integer.parseInt(value.substring(0, 4))) ? value : null;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** Says what a date must look like, for the message of one that does not. */
    static String expected(String dateFormat) {
        return (dateFormat == null ? "an ISO 8601 date or date-time (2016-09-19, 2016-09-19T14:30:00Z)"
                : "a date like " + dateFormat) + " with a year from " + FIRST_YEAR + " to " + LAST_YEAR;
    }

    private static boolean inRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
