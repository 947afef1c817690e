package org.ceasefirekg.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date an article was written from its own text when no publication date is given: a dateline or a
 * caption near the top ("September 19, 2016", "Mon 19 Sep 2016", "2016-09-19").
 */
public final class ReferenceDates {
    private ReferenceDates() {}

    /** How far into the text a dateline or caption is looked for. */
    static final int HEAD_CHARS = 600;

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"),
            Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? (\\d{4})\\b"),
            Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b"));

    private static final Pattern LEADING_DATELINE = Pattern.compile(
            "^\\s*(?:(?:Date of publication|Published|Posted|Updated|Last updated)[:\\s]+)?"
            + "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?"
            + "(?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{2}-\\d{2}-\\d{4})"
            + "(?:,?\\s+(?:at\\s+)?\\d{1,2}:?\\d{2}(?:\\s*(?:GMT|UTC|[AP]M))?)?(?=\\s)");

    /**
     * A dateline after a headline, as scraped wire copy runs them together ("... in Hama Monitor AFP Friday 14 Oct
     * 2016 Air strikes ..."): a weekday and a full date after a capitalised word (the agency) and before a capitalised
     * word or a quote. In a sentence the word before a date is mostly a preposition ("on Saturday 10 Sep 2016").
     */
    private static final Pattern EMBEDDED_DATELINE = Pattern.compile(
            "(?<=\\p{Lu}[\\p{L}.]{0,20}) ((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+"
            + "(?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4})) (?=[\\p{Lu}\"“])");

    /**
     * Returns the text with a leading dateline ("Wed 05 Jul 2017 ...", "Date of publication 7 March 2019 ...")
     * ended by a line break instead of the space after it, so the sentence splitter keeps it apart from the first
     * sentence; a dateline after a headline near the top gets a line of its own, so its date is not taken for the
     * date of the headline or of the first sentence. The length, and so every offset, stays the same.
     */
    public static String separateDateline(String text) {
        Matcher m = LEADING_DATELINE.matcher(text);
        if (m.find() && m.end() < text.length() && text.charAt(m.end()) == ' ') {
            return text.substring(0, m.end()) + "\n" + text.substring(m.end() + 1);
        }
        Matcher embedded = EMBEDDED_DATELINE.matcher(text).region(0, Math.min(HEAD_CHARS, text.length()));
        if (embedded.find()) {
            StringBuilder separated = new StringBuilder(text);
            separated.setCharAt(embedded.start(), '\n');
            separated.setCharAt(embedded.end(1), '\n');
            return separated.toString();
        }
        return text;
    }

    /** Returns the first full date written near the top of the text, as an ISO date. */
    public static Optional<String> infer(String text) {
        String head = text.substring(0, Math.min(HEAD_CHARS, text.length()));
        Optional<Match> best = Optional.empty();
        for (int p = 0; p < PATTERNS.size(); p++) {
            Matcher m = PATTERNS.get(p).matcher(head);
            while (m.find()) {
                Optional<String> date = toIso(p, m);
                if (date.isPresent() && (best.isEmpty() || m.start() < best.get().start)) {
                    best = Optional.of(new Match(m.start(), date.get()));
                }
            }
        }
        return best.map(Match::date);
    }

    private record Match(int start, String date) {}

    private static Optional<String> toIso(int pattern, Matcher m) {
        try {
            return Optional.of(switch (pattern) {
                case 0 -> LocalDate.parse(m.group(0)).toString();
                case 1 -> date(m.group(3), m.group(1), m.group(2));
                default -> date(m.group(3), m.group(2), m.group(1));
            });
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String date(String year, String month, String day) {
        String mon = month.substring(0, 3);
        LocalDate date = LocalDate.parse(day + " " + mon + " " + year,
                DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));
        return date.toString();
    }
}
