package org.ceasefirekg.map;

import static org.ceasefirekg.map.Normalized.dateOrDateTime;
import static org.ceasefirekg.map.Normalized.day;
import static org.ceasefirekg.map.Normalized.isoDate;
import static org.ceasefirekg.map.Normalized.number;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;

/** Dates and numbers as CoreNLP normalizes them, read into the forms the graph stores. */
final class Normalized {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?)?(Z|[+-]\\d{2}:?\\d{2})?.*");
    private static final Pattern NUMBER = Pattern.compile("[<>=~]*\\s*(\\d+(?:\\.\\d+)?)");

    private Normalized() {}

    /**
     * The day a time names, or null: a month ("in August"), a year or a weekday no date resolved ("XXXX-WXX-7")
     * keeps events apart but dates none.
     */
    static String day(String normalized) {
        String date = isoDate(normalized);
        return date != null && date.matches("\\d{4}-\\d{2}-\\d{2}") ? date : null;
    }

    /** The date part of an ISO date or date-time; anything else as it is. */
    static String isoDate(String normalized) {
        Matcher m = ISO.matcher(normalized == null ? "" : normalized);
        return m.matches() ? m.group(1) : normalized;
    }

    /** The number CoreNLP normalized (">=62", "~20"), rounded; empty when there is none. */
    static Optional<Long> number(String normalized) {
        if (normalized == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(normalized.trim());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(Math.round(Double.parseDouble(m.group(1))));
    }

    /** Writes an ISO date, or date and time, as xsd:date or xsd:dateTime; anything else is left out. */
    static void dateOrDateTime(TripleWriter out, String s, String p, String iso) {
        Matcher m = ISO.matcher(iso == null ? "" : iso);
        if (!m.matches()) {
            return;
        }
        if (m.group(2) == null) {
            out.typed(s, p, m.group(1), XSDDatatype.XSDdate);
            return;
        }
        String zone = m.group(5) == null ? "" : m.group(5).equals("+0000") || m.group(5).equals("+00:00") ? "Z"
                : m.group(5).length() == 5 ? m.group(5).substring(0, 3) + ":" + m.group(5).substring(3) : m.group(5);
        String seconds = m.group(4) == null ? "00" : m.group(4);
        out.typed(s, p, m.group(1) + "T" + m.group(2) + ":" + m.group(3) + ":" + seconds + zone,
                XSDDatatype.XSDdateTime);
    }
}
