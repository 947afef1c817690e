package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.first;
import static org.ceasefirekg.extract.ParsedSentence.isVerb;

import edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation;
import edu.stanford.nlp.ling.IndexedWord;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A time's clock: the day told beside it, which midnight is meant, and the zone or UTC time told with it. */
final class ClockTimes {
    private ClockTimes() {}

    /**
     * "takes effect at midnight", "midnight Thursday": a midnight told with no day, or with a weekday, ends that
     * day (as wires write it); SUTime reads it as the day's first minute, so the start moves to the next day's. A
     * midnight told with a date ("at midnight on 12 May") is that date's first minute, as agreements write "00:00
     * on" a date.
     */
    static Argument endOfDay(Argument a) {
        Matcher m = MIDNIGHT.matcher(a.normalized() == null ? "" : a.normalized());
        if (!a.span().text().toLowerCase(Locale.ROOT).contains("midnight") || !m.matches()
                || DATE_OF_MONTH.matcher(a.span().text()).find()) {
            return a;
        }
        String next = LocalDate.parse(m.group(1)).plusDays(1) + "T00:00";
        return new Argument(a.role(), a.span(), a.type(), next);
    }

    private static final Pattern MIDNIGHT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T00:00");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day");
    /** A month with a day's number ("12 May", "October 8"): a date, which agreements count midnight from. */
    private static final Pattern DATE_OF_MONTH = Pattern.compile("(?i)"
            + "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b");
    /**
     * "at 6 a.m. Beirut time": a start time told in a city's time gets that city's offset (from the JDK's time-zone
     * database), so the graph holds the instant. "At midnight local time", "at noon Syria time": a zone the JDK does
     * not name is left to the mapper, which knows the states' zones (cf:timeZone), with the words that name it kept
     * in the time's span. A time with no zone told stays as told.
     */
    static Argument zoned(Argument a, ParsedSentence p) {
        Matcher date = LOCAL_DATE_TIME.matcher(a.normalized() == null ? "" : a.normalized());
        if (!date.matches()) {
            return a;
        }
        String after = p.textBetween(a.span().end(), p.token(p.tokens.size()).endPosition());
        Matcher city = CITY_TIME.matcher(after);
        if (!city.lookingAt()) {
            city = LOCAL_TIME.matcher(after);
            if (!city.lookingAt()) {
                return a;
            }
        }
        ZoneId zone = ZONES.get(city.group(1).toLowerCase(Locale.ROOT));
        if (zone == null) {
            int end = a.span().end() + city.end();
            return new Argument(a.role(), new Span(a.span().begin(), end, p.textBetween(a.span().begin(), end)),
                    a.type(), a.normalized());
        }
        LocalDateTime local = LocalDateTime.parse(date.group(1));
        String offset = zone.getRules().getOffset(local).getId();
        return new Argument(a.role(), a.span(), a.type(), date.group(1) + ("Z".equals(offset) ? "Z" : offset));
    }

    /**
     * "at 0600 on Monday", "from 0001": SUTime reads a four-digit clock as a year, but no start is told in a year
     * before 1900 written so. Returns it as that time on the one day its clause names, or null (no time) when the
     * clause names none ("from 0001 on the 12th").
     */
    static Argument fourDigitClock(Argument a, ParsedSentence p) {
        if (a.normalized() == null || !a.normalized().matches("(0\\d|1[0-8])[0-5]\\d")) {
            return a;
        }
        IndexedWord clock = null;
        for (int i = 1; i <= p.tokens.size(); i++) {
            if (p.token(i).beginPosition() >= a.span().begin() && p.token(i).endPosition() <= a.span().end()
                    && p.token(i).word().equals(a.normalized())) {
                clock = p.node(i);
            }
        }
        if (clock == null) {
            return a;
        }
        IndexedWord at = clock;
        List<String> days = Times.clauseOf(clock, p).stream().filter(d -> d != at && "DATE".equals(d.ner())
                && p.normalized(d) != null && Times.fullDate(p.normalized(d)))
                .map(d -> p.normalized(d).substring(0, 10)).distinct().toList();
        String hhmm = a.normalized().substring(0, 2) + ":" + a.normalized().substring(2);
        return days.size() == 1 ? new Argument(a.role(), a.span(), "TIME", days.get(0) + "T" + hhmm) : null;
    }

    /**
     * "at 6 p.m. on Sunday", "at noon (0900 GMT) on Thursday": a clock time takes the day told beside it (SUTime
     * gives it the article's day), and a GMT or UTC time in brackets right after it is the instant itself.
     */
    static Argument dated(Argument a, ParsedSentence p) {
        String value = a.normalized() == null ? clockInside(a, p) : a.normalized();
        if (!LOCAL_DATE_TIME.matcher(value).lookingAt()) {
            return partOfDay(a, p);
        }
        a = a.normalized() == null ? new Argument(a.role(), a.span(), a.type(), value) : a;
        IndexedWord clock = null;
        for (int i = 1; i <= p.tokens.size(); i++) {
            if (p.token(i).beginPosition() >= a.span().begin() && p.token(i).endPosition() <= a.span().end()
                    && "TIME".equals(p.token(i).ner()) && p.node(i) != null) {
                clock = p.node(i);
            }
        }
        if (clock == null && value.startsWith("T00:00", 10)
                && p.tokens.stream().anyMatch(t -> t.word().equalsIgnoreCase("midnight") && value.substring(0, 16)
                .equals(t.get(NormalizedNamedEntityTagAnnotation.class)))) {
            // "midnight on Thursday" read off the day's word: the midnight ending it; "on 12 May": its first minute
            return DATE_OF_MONTH.matcher(a.span().text()).find() ? a : new Argument(a.role(), a.span(), a.type(),
                    LocalDate.parse(value.substring(0, 10)).plusDays(1) + value.substring(10));
        }
        IndexedWord day = clock == null ? null : dayBeside(clock, p);
        String local = value.substring(0, 16);
        if (day != null) {
            // "at midnight on Thursday" ends Thursday; "at midnight on October 8" is the date's first minute
            String date = p.normalized(day).substring(0, 10);
            boolean endsWeekday = a.span().text().toLowerCase(Locale.ROOT).contains("midnight")
                    && local.endsWith("T00:00") && WEEKDAY.matcher(day.word()).matches();
            local = (endsWeekday ? LocalDate.parse(date).plusDays(1).toString() : date) + local.substring(10);
        }
        Matcher utc = UTC_AFTER.matcher(p.textBetween(a.span().end(), p.token(p.tokens.size()).endPosition()));
        // without a UTC time after it, the value keeps what SUTime gave after the minutes ("16:00 GMT" is "...Z")
        String result = utc.lookingAt() ? instant(local, utc.group(1), utc.group(2)) : local + value.substring(16);
        return result.equals(value) ? a : new Argument(a.role(), a.span(), a.type(), result);
    }

    /**
     * "from dawn on Friday", "at sunset on Monday": SUTime dates a part of the day named by the sun (no clock time)
     * by the article's day; it is on the day told beside it. Returns the argument with that day, or as it was.
     */
    private static Argument partOfDay(Argument a, ParsedSentence p) {
        String value = a.normalized();
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}(T[A-Z]{2})?")) {
            return a;
        }
        for (int i = 1; i <= p.tokens.size(); i++) {
            if (p.token(i).beginPosition() >= a.span().begin() && p.token(i).endPosition() <= a.span().end()
                    && SUN.matcher(p.token(i).word()).matches() && p.node(i) != null) {
                IndexedWord day = dayBeside(p.node(i), p);
                String date = day == null ? null : p.normalized(day).substring(0, 10);
                return date == null || value.startsWith(date) ? a
                        : new Argument(a.role(), a.span(), a.type(), date + value.substring(10));
            }
        }
        return a;
    }

    private static final Pattern SUN = Pattern.compile(
            "(?i)dawn|daybreak|sunrise|sunup|sunset|sundown|dusk|nightfall|noon|midday");

    /**
     * "at midnight local time": the phrase's head ("time") has no value of its own; the clock word inside it has.
     * Returns that value, or "" when no word of the phrase has one.
     */
    private static String clockInside(Argument a, ParsedSentence p) {
        for (int i = 1; i <= p.tokens.size(); i++) {
            String value = p.token(i).get(NormalizedNamedEntityTagAnnotation.class);
            if (p.token(i).beginPosition() >= a.span().begin() && p.token(i).endPosition() <= a.span().end()
                    && "TIME".equals(p.token(i).ner()) && value != null && LOCAL_DATE_TIME.matcher(value).lookingAt()) {
                return value;
            }
        }
        return "";
    }

    /**
     * The day hung on a clock time or on the words above it up to its verb ("at 6 p.m. local time on Sunday": the
     * day hangs on the verb, the clock below "time").
     */
    private static IndexedWord dayBeside(IndexedWord clock, ParsedSentence p) {
        List<IndexedWord> above = new ArrayList<>(p.children(clock, "dep", "obl:npmod", "nmod:npmod").stream()
                .filter(t -> "TIME".equals(t.ner())).toList()); // "6 p.m. local time on May 2": the day under "time"
        for (IndexedWord w = clock; w != null && above.size() < 6; w = isVerb(w) ? null : p.parent(w)) {
            above.add(w);
        }
        List<IndexedWord> near = new ArrayList<>();
        for (IndexedWord w : above) {
            near.addAll(p.children(w, "nmod:on", "nmod:tmod", "obl:on", "obl:tmod", "compound", "nmod:npmod",
                    "obl:npmod"));
        }
        IndexedWord day = first(near.stream().filter(d -> d != clock && "DATE".equals(d.ner())
                && p.normalized(d) != null && Times.fullDate(p.normalized(d))).toList());
        // "6 p.m. Moscow time on Saturday": a day (not "a 30-hour Easter truce") hung on any word of the clock's clause
        List<IndexedWord> days = day != null ? List.of(day) : Times.clauseOf(clock, p).stream().filter(d -> d != clock
                && "DATE".equals(d.ner()) && String.valueOf(p.normalized(d)).matches("[\\d-]{10}(T.*)?")).toList();
        return days.stream().map(d -> p.normalized(d).substring(0, 10)).distinct().count() == 1 ? days.get(0) : null;
    }

    /** The UTC instant of a local day and time whose UTC clock is known: the day may be the one before or after. */
    private static String instant(String local, String hour, String minute) {
        LocalDateTime at = LocalDateTime.parse(local);
        LocalTime clock = LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute));
        LocalDateTime best = null;
        for (int shift = -1; shift <= 1; shift++) {
            LocalDateTime c = at.toLocalDate().plusDays(shift).atTime(clock);
            if (best == null || Math.abs(Duration.between(c, at).toMinutes())
                    < Math.abs(Duration.between(best, at).toMinutes())) {
                best = c;
            }
        }
        return best.toString().substring(0, 16) + "Z";
    }

    /**
     * "(0900 GMT)", "(09:00 UTC)", "or 0900 GMT", "local time (2100 GMT)", "on Sunday (2100 GMT Saturday)": the same
     * time in UTC, right after the local one.
     */
    private static final Pattern UTC_AFTER = Pattern.compile("\\s*(?:local\\s+time\\s*)?(?:on\\s+)?"
            + "(?:\\p{Lu}\\p{L}+\\s*(?:\\d{1,2}\\s*)?)?(?:\\(|,\\s*|or\\s+)?(\\d{1,2}):?(\\d{2})\\s*(?:GMT|UTC|Z)\\b");

    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2})");
    private static final Pattern LOCAL_TIME = Pattern.compile("\\s*\\(?(local)\\s+time\\b");
    private static final Pattern CITY_TIME = Pattern.compile("\\s*\\(?(\\p{Lu}[\\p{L}.' -]{1,30}?)\\s+time\\b");
    /** City name (lower case) to its zone: the last part of every zone id of the JDK's database ("Africa/Cairo"). */
    private static final Map<String, ZoneId> ZONES = zones();

    private static Map<String, ZoneId> zones() {
        Map<String, ZoneId> zones = new HashMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            int slash = id.lastIndexOf('/');
            if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                zones.putIfAbsent(id.substring(slash + 1).replace('_', ' ').toLowerCase(Locale.ROOT),
                        ZoneId.of(id));
            }
        }
        zones.putIfAbsent("kyiv", ZoneId.of("Europe/Kiev"));
        return Map.copyOf(zones);
    }
}
