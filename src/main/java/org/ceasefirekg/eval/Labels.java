package org.ceasefirekg.eval;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ceasefirekg.lexicon.GazetteerEntry;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;

/**
 * How the harness decides that a gold value and a system value say the same thing: normalised labels, gazetteer
 * entries, loose text, days, times and event classes.
 */
public final class Labels {

    private final Lexicon lexicon;
    private final NameIndex names;
    private final Map<String, String> classByConceptLabel = new HashMap<>();
    private final Map<String, String> canonical = new HashMap<>();

    /** Prepares matching against the lexicon's gazetteer and CAMEO concepts. */
    public Labels(Lexicon lexicon) {
        this(lexicon, Map.of());
    }

    /**
     * Prepares matching, with other spellings of names the gazetteer does not know (a gold file's "aliases": name to
     * the spellings the articles also use, e.g. an acronym).
     */
    public Labels(Lexicon lexicon, Map<String, List<String>> aliases) {
        aliases.forEach((name, others) -> others.forEach(o -> canonical.put(normalize(o), normalize(name))));
        this.lexicon = lexicon;
        this.names = new NameIndex(lexicon);
        lexicon.eventClasses().forEach((concept, eventClass) -> classByConceptLabel.put(
                lexicon.label(concept).toLowerCase(Locale.ROOT), localName(eventClass)));
    }

    /** Lower case, no leading article or trailing possessive, punctuation as single spaces. */
    public static String normalize(String label) {
        return NameIndex.clean(label).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Returns the gazetteer entry a label names: the whole label, its head, or a name inside it whose other words are
     * all lower case ("US officials", "Russian jets"); "Russia Direct" or "Abdulrahman Attar" name no entry.
     */
    public Optional<GazetteerEntry> entry(String label) {
        String cleaned = NameIndex.clean(label);
        return names.resolve(label).filter(m -> m.begin() == 0 && m.end() == label.length()
                || onlyLowerCaseOutside(cleaned, m.begin(), m.end())).map(NameIndex.Match::entry);
    }

    private static boolean onlyLowerCaseOutside(String text, int begin, int end) {
        String rest = text.substring(0, Math.min(begin, text.length())) + " "
                + text.substring(Math.min(end, text.length()));
        return Arrays.stream(rest.split("[^\\p{L}]+")).noneMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
    }

    /**
     * Returns true when both labels name the same actor or place: equal once normalised, the same gazetteer entry, or,
     * for names the gazetteer does not know, one ending the other ("Halabi" and "Mohammad al-Halabi").
     */
    public boolean sameActor(String gold, String system) {
        String g = canonical.getOrDefault(normalize(gold), normalize(gold));
        String s = canonical.getOrDefault(normalize(system), normalize(system));
        if (g.equals(s)) {
            return true;
        }
        Optional<GazetteerEntry> ge = entry(gold);
        Optional<GazetteerEntry> se = entry(system);
        if (ge.isPresent() || se.isPresent()) {
            return ge.isPresent() && se.isPresent() && ge.get().iri().equals(se.get().iri());
        }
        return !g.isEmpty() && !s.isEmpty() && (g.endsWith(" " + s) || s.endsWith(" " + g));
    }

    /** Returns true when the system's affiliation is the gold one or belongs to it (a ministry belongs to its state). */
    public boolean affiliatedWith(String gold, String system) {
        if (sameActor(gold, system)) {
            return true;
        }
        Optional<GazetteerEntry> goal = entry(gold);
        Optional<GazetteerEntry> at = entry(system);
        Set<String> seen = new HashSet<>();
        while (goal.isPresent() && at.isPresent() && seen.add(at.get().iri())) {
            if (at.get().iri().equals(goal.get().iri())) {
                return true;
            }
            at = Optional.ofNullable(at.get().affiliation()).map(lexicon.entries()::get);
        }
        return false;
    }

    /** Returns true when every word of the shorter text is in the longer one, ignoring case and plural s. */
    public static boolean sameText(String gold, String system) {
        List<String> g = words(gold);
        List<String> s = words(system);
        if (g.isEmpty() || s.isEmpty()) {
            return g.equals(s);
        }
        return g.size() <= s.size() ? s.containsAll(g) : g.containsAll(s);
    }

    private static List<String> words(String text) {
        return Arrays.stream(normalize(text).split(" ")).filter(w -> !w.isEmpty())
                .map(w -> w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w).toList();
    }

    /** Returns true when the system's quote starts with the gold's first words (case and punctuation ignored). */
    public static boolean quoteStarts(String goldWords, String systemQuote) {
        String g = String.join(" ", Arrays.stream(goldWords.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList());
        String s = String.join(" ", Arrays.stream(systemQuote.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList());
        return !g.isEmpty() && (s.equals(g) || s.startsWith(g + " "));
    }

    /** Returns the event class ("Airstrike") a CAMEO concept label ("Employ aerial weapons") creates, else the label. */
    public String eventClass(String conceptLabel) {
        return classByConceptLabel.getOrDefault(conceptLabel.strip().toLowerCase(Locale.ROOT), conceptLabel.strip());
    }

    /**
     * Returns the day (yyyy-MM-dd) of an ISO date or date-time as it is written, in its own offset, else the text: a
     * truce that starts "at midnight" on the 6th where it holds starts on the 6th, though in UTC it is the 5th.
     */
    public static String day(String value) {
        return dayIn(value, false);
    }

    /** Returns the day (yyyy-MM-dd) of an ISO date or date-time, in UTC when an offset is given, else the text. */
    public static String utcDay(String value) {
        return dayIn(value, true);
    }

    private static String dayIn(String value, boolean utc) {
        String v = value.strip();
        try {
            OffsetDateTime at = OffsetDateTime.parse(v);
            return (utc ? at.withOffsetSameInstant(ZoneOffset.UTC) : at).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            // not an offset date-time
        }
        try {
            return LocalDateTime.parse(v).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v).toString();
        } catch (DateTimeParseException e) {
            return v;
        }
    }

    /** Returns the time of day (HH:mm, in UTC when an offset is given) of an ISO date-time, or empty for a date. */
    public static Optional<String> time(String value) {
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalTime()
                    .toString().substring(0, 5));
        } catch (DateTimeParseException e) {
            // not an offset date-time
        }
        try {
            return Optional.of(LocalDateTime.parse(v).toLocalTime().toString().substring(0, 5));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
