package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.first;
import static org.ceasefirekg.extract.Cues.isDate;
import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a frame's time comes from: a date hung on the trigger's clause, a month, or a distance in days. */
final class Times {
    private Times() {}
    /** Case markers of a time that is not when the event happened. */
    static final Set<String> SINCE = Set.of("since", "until", "till", "before");

    /** Adds the first date or time attached to the scope; optionally the nearest full date of the sentence. */
    static void time(List<IndexedWord> scope, ParsedSentence p, Resolver r, List<Argument> args,
                             boolean sentenceFallback) {
        for (IndexedWord w : scope) {
            // "Monday's raid", "the Mondays raid": a day in front of an event noun dates it ("the attack of
            // October 7" after it)
            for (IndexedWord x : p.children(w, "obl:on", "obl:tmod", "nmod:on", "nmod:tmod", "obl:at", "obl:in",
                    "obl", "nmod:during", "obl:during", "nmod:poss", "compound", "nmod:of", "advmod")) {
                // "early on Tuesday", "late on Tuesday" (an adverb): the date may hang one step lower
                boolean adverb = p.relationToParentOf(x, w).equals("advmod"); // "two hours later" is no day of its own
                IndexedWord date = !adverb && isDate(x) && p.normalized(x) != null && fullDate(p.normalized(x)) ? x
                        : first(p.children(x, "nummod", "compound", "nmod:on", "obl:on", "nmod:tmod").stream()
                        .filter(Cues::isDate).toList());
                if (date != null && p.normalized(date) != null && fullDate(p.normalized(date))) {
                    args.add(new Argument(Frame.TIME, p.phrase(date), date.ner(), p.normalized(date)));
                    return;
                }
            }
        }
        if (!sentenceFallback) {
            return;
        }
        int anchor = scope.get(0).index();
        IndexedWord best = null;
        for (int i = 1; i <= p.tokens.size(); i++) {
            IndexedWord w = p.node(i);
            if (w != null && isDate(w) && p.normalized(w) != null && fullDate(p.normalized(w))
                    && (best == null || Math.abs(i - anchor) < Math.abs(best.index() - anchor))) {
                best = w;
            }
        }
        if (best != null) {
            args.add(new Argument(Frame.TIME, p.tokenSpan(best.index(), best.index()), best.ner(), p.normalized(best)));
        }
    }

    /**
     * Adds the month of a clause that names a month and no day ("the shelling of the old town in March", "2016-03"):
     * no date for the event, but it keeps it apart from one told with a day in another month.
     */
    static void month(IndexedWord h, ParsedSentence p, List<Argument> args) {
        IndexedWord found = null;
        for (IndexedWord x : clauseOf(h, p)) {
            String normalized = isDate(x) ? p.normalized(x) : null;
            if (normalized == null || p.children(x, "case").stream().anyMatch(c -> SINCE.contains(lemma(c)))) {
                continue; // "killed since the truce began in September" tells no month of the killing
            }
            if (!normalized.matches("\\d{4}-\\d{2}") || found != null && !normalized.equals(p.normalized(found))) {
                return; // a day, or two months: the sentence does not date its event by month alone
            }
            found = x;
        }
        if (found != null) {
            args.add(new Argument(Frame.TIME, p.tokenSpan(found.index(), found.index()), found.ner(),
                    p.normalized(found)));
        }
    }

    /**
     * "The raid comes three days after rebels shelled a school": the day is told as a distance from the event the
     * article is telling of, which the article resolves ({@link Frame#DAYS_APART}).
     */
    static void daysApart(IndexedWord h, ParsedSentence p, List<Argument> args) {
        IndexedWord clause = h;
        while (!isVerb(clause) && p.parent(clause) != null) {
            clause = p.parent(clause);
        }
        String direction = p.children(clause, "mark").stream().map(ParsedSentence::lemma)
                .filter(m -> m.equals("after") || m.equals("before")).findFirst().orElse(null);
        if (direction == null || !isVerb(clause)) {
            return;
        }
        List<IndexedWord> durations = new ArrayList<>(p.children(clause, "dep", "obl:npmod", "nmod:npmod", "obl:tmod"));
        if (p.parent(clause) != null && p.relationToParent(clause).startsWith("acl")) {
            durations.add(p.parent(clause)); // "come a day after civilians were killed", the clause hung on "a day"
        }
        for (IndexedWord d : durations) {
            String normalized = p.normalized(d);
            if ("DURATION".equals(d.ner()) && normalized != null && normalized.matches("P\\d+D")) {
                int days = Integer.parseInt(normalized.substring(1, normalized.length() - 1));
                // told "N days after" the event in hand, it happened N days before it
                args.add(new Argument(Frame.DAYS_APART, p.tokenSpan(d.index(), d.index()), null,
                        Integer.toString(direction.equals("after") ? -days : days)));
                return;
            }
        }
    }

    /** "On Friday the accord was close to collapse after shelling killed ...": told as earlier or later. */
    static boolean afterOrBefore(IndexedWord h, ParsedSentence p) {
        for (IndexedWord w = h; w != null; w = p.parent(w)) {
            if (p.children(w, "mark", "case").stream().anyMatch(m -> lemma(m).equals("after") || SINCE.contains(lemma(m)))) {
                return true;
            }
        }
        return false;
    }

    /** Returns the verb followed by the verbs conjoined with it, its own conjuncts first. */
    static List<IndexedWord> withConjuncts(IndexedWord verb, ParsedSentence p) {
        List<IndexedWord> verbs = new ArrayList<>(List.of(verb));
        p.children(verb, "conj").stream().filter(ParsedSentence::isVerb).forEach(verbs::add);
        IndexedWord parent = p.parent(verb);
        if (parent != null && isVerb(parent) && p.relationToParent(verb).startsWith("conj")) {
            verbs.add(parent);
        }
        return verbs;
    }

    /**
     * The words of the clause a trigger is in: everything under its nearest verb (or the root of a verbless headline)
     * except other clauses hanging from it ("a day after rebels seized the town of X", "since the truce began").
     */
    static List<IndexedWord> clauseOf(IndexedWord h, ParsedSentence p) {
        IndexedWord head = h;
        while (!isVerb(head) && p.parent(head) != null) {
            head = p.parent(head);
        }
        List<IndexedWord> words = new ArrayList<>();
        Deque<IndexedWord> todo = new ArrayDeque<>(List.of(head));
        Set<IndexedWord> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            IndexedWord w = todo.poll();
            if (!seen.add(w)) {
                continue;
            }
            words.add(w);
            for (SemanticGraphEdge e : p.graph.outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                boolean otherClause = rel.startsWith("advcl") || rel.startsWith("acl") || rel.startsWith("ccomp")
                        || rel.startsWith("parataxis") || rel.startsWith("csubj")
                        || rel.startsWith("conj") && isVerb(e.getDependent());
                if (!otherClause) {
                    todo.add(e.getDependent());
                }
            }
        }
        return words;
    }

    static boolean fullDate(String normalized) {
        return normalized.matches("\\d{4}-\\d{2}-\\d{2}.*");
    }

    /**
     * "takes effect at midnight", "midnight Thursday": the midnight a start is set for ends that day; SUTime reads it
     * as the day's first minute, so the start moves to the next day's.
     */
    static Argument endOfDay(Argument a) {
        Matcher m = MIDNIGHT.matcher(a.normalized() == null ? "" : a.normalized());
        if (!a.span().text().toLowerCase(Locale.ROOT).contains("midnight") || !m.matches()) {
            return a;
        }
        String next = LocalDate.parse(m.group(1)).plusDays(1) + "T00:00";
        return new Argument(a.role(), a.span(), a.type(), next);
    }

    private static final Pattern MIDNIGHT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T00:00");
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
        java.time.ZoneId zone = ZONES.get(city.group(1).toLowerCase(Locale.ROOT));
        if (zone == null) {
            int end = a.span().end() + city.end();
            return new Argument(a.role(), new Span(a.span().begin(), end, p.textBetween(a.span().begin(), end)),
                    a.type(), a.normalized());
        }
        java.time.LocalDateTime local = java.time.LocalDateTime.parse(date.group(1));
        String offset = zone.getRules().getOffset(local).getId();
        return new Argument(a.role(), a.span(), a.type(), date.group(1) + ("Z".equals(offset) ? "Z" : offset));
    }

    /**
     * "at 6 p.m. on Sunday", "at noon (0900 GMT) on Thursday": a clock time takes the day told beside it (SUTime
     * gives it the article's day), and a GMT or UTC time in brackets right after it is the instant itself.
     */
    static Argument dated(Argument a, ParsedSentence p) {
        String value = a.normalized() == null ? clockInside(a, p) : a.normalized();
        if (!LOCAL_DATE_TIME.matcher(value).lookingAt()) {
            return a;
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
            return new Argument(a.role(), a.span(), a.type(), LocalDate.parse(value.substring(0, 10)).plusDays(1)
                    + value.substring(10)); // "midnight on Thursday" read off the day's word: the midnight ending it
        }
        IndexedWord day = clock == null ? null : dayBeside(clock, p);
        String local = value.substring(0, 16);
        if (day != null) {
            String date = p.normalized(day).substring(0, 10);
            boolean midnight = a.span().text().toLowerCase(Locale.ROOT).contains("midnight")
                    && local.endsWith("T00:00");
            local = (midnight ? LocalDate.parse(date).plusDays(1).toString() : date) + local.substring(10);
        }
        Matcher utc = UTC_AFTER.matcher(p.textBetween(a.span().end(), p.token(p.tokens.size()).endPosition()));
        // without a UTC time after it, the value keeps what SUTime gave after the minutes ("16:00 GMT" is "...Z")
        String result = utc.lookingAt() ? instant(local, utc.group(1), utc.group(2)) : local + value.substring(16);
        return result.equals(value) ? a : new Argument(a.role(), a.span(), a.type(), result);
    }

    /**
     * "will take effect on Monday, mediators said on Saturday": SUTime reads a bare weekday by the tense of the
     * sentence's verb of saying, so a start still to come lands in the week gone by. A start whose verb is not in
     * the past tense ("starts", "will begin", "is due to take effect") is on the first such weekday from the day the
     * article was written (reference, yyyy-mm-dd); a start told in the past ("went into force on Sunday at 7 p.m.")
     * is on the last such weekday up to that day, where SUTime may have read "Sunday at 7 p.m." as the next one.
     * A start told with "would" (a past report's future: "said it would start Monday") is on the nearer of the two.
     */
    static Frame ahead(Frame f, ParsedSentence p, String reference) {
        boolean past = p.graph != null && toldInPast(f, p);
        IndexedWord verb = p.graph == null ? null : triggerWord(f, p);
        boolean would = verb != null && p.children(verb, "aux").stream().anyMatch(x -> lemma(x).equals("would"));
        if (reference == null || !reference.matches("\\d{4}-\\d{2}-\\d{2}") || p.graph == null
                || !past && !toCome(f, p)) {
            return f;
        }
        LocalDate from = LocalDate.parse(reference);
        List<LocalDate> weekdays = new ArrayList<>();
        for (int i = 1; i <= p.tokens.size(); i++) {
            String value = p.token(i).get(NormalizedNamedEntityTagAnnotation.class);
            if ("DATE".equals(p.token(i).ner()) && WEEKDAY.matcher(p.token(i).word()).matches() && value != null
                    && value.matches("\\d{4}-\\d{2}-\\d{2}.*") && (past ? LocalDate.parse(value.substring(0, 10))
                    .isAfter(from) : LocalDate.parse(value.substring(0, 10)).isBefore(from))) {
                weekdays.add(LocalDate.parse(value.substring(0, 10)));
            }
        }
        List<Argument> args = new ArrayList<>();
        for (Argument a : f.args()) {
            String v = a.normalized();
            LocalDate day = a.role().equals(Frame.TIME) && v != null && v.matches("\\d{4}-\\d{2}-\\d{2}.*")
                    ? LocalDate.parse(v.substring(0, 10)) : null;
            boolean fromWeekday = day != null // the day itself, or the midnight that ends it
                    && weekdays.stream().anyMatch(w -> w.equals(day) || w.plusDays(1).equals(day))
                    && !(would && java.time.temporal.ChronoUnit.DAYS.between(day, from) <= 3);
            args.add(fromWeekday ? new Argument(a.role(), a.span(), a.type(), day.plusDays(past ? -7 : 7)
                    + v.substring(10)) : a);
        }
        return new Frame(f.concept(), f.sentence(), f.trigger(), args);
    }

    /** True when a start's verb is not in the past: no past-tense form, no auxiliary of the past or perfect. */
    private static boolean toCome(Frame f, ParsedSentence p) {
        IndexedWord verb = triggerWord(f, p);
        if (verb == null || !Set.of("VB", "VBZ", "VBP", "VBG").contains(verb.tag())) { // "a truce starting Sunday"
            return false;
        }
        return p.children(verb, "aux", "aux:pass").stream().noneMatch(x -> Set.of("VBD", "VBN").contains(x.tag())
                && !Set.of("would", "could", "should", "might").contains(x.word().toLowerCase(Locale.ROOT))
                || Set.of("had", "has", "have").contains(x.word().toLowerCase(Locale.ROOT)));
    }

    /** "went into force on Sunday", "has taken effect": a start told in the simple past or the perfect. */
    private static boolean toldInPast(Frame f, ParsedSentence p) {
        IndexedWord verb = triggerWord(f, p);
        return verb != null && ("VBD".equals(verb.tag()) || "VBN".equals(verb.tag()) && p.children(verb, "aux")
                .stream().anyMatch(x -> Set.of("had", "has", "have").contains(x.word().toLowerCase(Locale.ROOT))));
    }

    private static IndexedWord triggerWord(Frame f, ParsedSentence p) {
        for (int i = 1; i <= p.tokens.size(); i++) {
            if (p.token(i).beginPosition() == f.trigger().begin()) {
                return p.node(i);
            }
        }
        return null;
    }

    private static final Pattern WEEKDAY = Pattern.compile("(?i)(mon|tues|wednes|thurs|fri|satur|sun)day");

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
                && p.normalized(d) != null && fullDate(p.normalized(d))).toList());
        // "6 p.m. Moscow time on Saturday": a day (not "a 30-hour Easter truce") hung on any word of the clock's clause
        List<IndexedWord> days = day != null ? List.of(day) : clauseOf(clock, p).stream().filter(d -> d != clock
                && "DATE".equals(d.ner()) && String.valueOf(p.normalized(d)).matches("[\\d-]{10}(T.*)?")).toList();
        return days.stream().map(d -> p.normalized(d).substring(0, 10)).distinct().count() == 1 ? days.get(0) : null;
    }

    /** The UTC instant of a local day and time whose UTC clock is known: the day may be the one before or after. */
    private static String instant(String local, String hour, String minute) {
        java.time.LocalDateTime at = java.time.LocalDateTime.parse(local);
        java.time.LocalTime clock = java.time.LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute));
        java.time.LocalDateTime best = null;
        for (int shift = -1; shift <= 1; shift++) {
            java.time.LocalDateTime c = at.toLocalDate().plusDays(shift).atTime(clock);
            if (best == null || Math.abs(java.time.Duration.between(c, at).toMinutes())
                    < Math.abs(java.time.Duration.between(best, at).toMinutes())) {
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
    private static final java.util.Map<String, java.time.ZoneId> ZONES = zones();

    private static java.util.Map<String, java.time.ZoneId> zones() {
        java.util.Map<String, java.time.ZoneId> zones = new java.util.HashMap<>();
        for (String id : java.time.ZoneId.getAvailableZoneIds()) {
            int slash = id.lastIndexOf('/');
            if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                zones.putIfAbsent(id.substring(slash + 1).replace('_', ' ').toLowerCase(Locale.ROOT),
                        java.time.ZoneId.of(id));
            }
        }
        zones.putIfAbsent("kyiv", java.time.ZoneId.of("Europe/Kiev"));
        return java.util.Map.copyOf(zones);
    }
}
