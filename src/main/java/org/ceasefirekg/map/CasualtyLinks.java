package org.ceasefirekg.map;

import static org.ceasefirekg.map.Normalized.day;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Sentence;
import org.ceasefirekg.extract.Span;

/**
 * When a count of killed or wounded is the toll of one incident: its clause tells of that incident (no other day, not
 * a sentence that moves on to another report), not of a period ("since March", "in three days of shelling") and not
 * of victims beyond those counted before ("another four", "a further six"). Grammatical rules only: they read the
 * count's clause, never an outlet's wording.
 */
final class CasualtyLinks {
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december)";
    private static final String DAY = "\\d{1,2}(st|nd|rd|th)?";
    private static final String TO = "(and|to|until|through)";
    /** Words that make a toll one over a stretch of time rather than one incident's. */
    private static final Pattern PERIOD = Pattern.compile("\\b(since|so far|thus far|to date|this (week|month|year)"
            + "|(past|last|previous|recent|coming) (\\w+ )?(hours|days|weeks|months|years)"
            + "|(in|over|during|within|for) the (past|last|previous) (hour|week|month|year)"
            + "|(in|over|during|within|after) (\\w+ )?(days|weeks|months|years)"
            + "|\\w+ (days|weeks|months|years) of(?! age)"
            // "between 3 and 8 of June", "from May 3 to 9", "from 30 May to 2 June": a count over days
            + "|(between|from) (" + DAY + " " + TO + " " + DAY + "( of)? " + MONTH + "|" + MONTH + " " + DAY + " " + TO
            + " (" + MONTH + " )?" + DAY + "|" + DAY + " " + MONTH + " " + TO + " " + DAY + "))\\b");
    /**
     * A war or conflict told before the count ("the war has claimed 400,000 lives") or as where its victims died
     * ("killed in Syria's conflict"): its toll, not an incident's. A war plane, a war crime, a war monitor, a war-torn
     * country or a headline's "war:" is no war named.
     */
    private static final String WAR_WORD = "\\b(war|conflict)\\b(?![- ]?(torn|ravaged|hit|wracked|planes?|jets?|crimes?"
            + "|monitor|correspondent|reporter))(?!\\s*:)";
    private static final Pattern WAR = Pattern.compile(WAR_WORD);
    private static final Pattern IN_WAR = Pattern.compile("\\b(in|during) ([\\w'-]+ ){0,3}" + WAR_WORD);
    /** "an earlier toll of 15", "the initial death toll reported 15": a toll its source has since replaced. */
    private static final Pattern EARLIER_TOLL = Pattern.compile("\\b(earlier|previous|initial|preliminary)"
            + " (death )?toll\\b");
    /** "another four", "a further six", "an additional 12": victims beyond those told before. */
    private static final Pattern MORE_BEFORE = Pattern.compile("\\b(another|further|additional)\\s*$");
    /** "were also killed", "have also been wounded": the count's verb told with "also". */
    private static final Pattern ALSO = Pattern.compile("\\balso\\s+((been|were|was|have|has|had)\\s+)*$");
    /** "four more people": but "four more than ..." is no addition. */
    private static final Pattern MORE_AFTER = Pattern.compile("^\\s*more\\b(?!\\s+than)");
    /** Words that open a sentence about another report than the one before. */
    private static final Pattern MOVING_ON = Pattern.compile("(?i)\\W*(later|earlier|meanwhile|elsewhere|separately"
            + "|in (another|a separate|other)|on the same day|in the meantime)\\b");
    /** A count told earlier in the same sentence. */
    private static final Pattern EARLIER_COUNT = Pattern.compile("\\d|\\b(one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|dozens?|scores|hundreds)\\b");
    /** A relative clause after the count tells of something else ("the port, which has been besieged since May"). */
    private static final Pattern RELATIVE = Pattern.compile("\\b(that|which|who|whose|where)\\b");
    /** A time normalized as a span ("P3D"), a month or a year: a toll over it, not an incident's. */
    private static final Pattern WIDE_TIME = Pattern.compile("P.*|\\d{4}(-\\d{2})?|\\d{4}-(W\\d{2}|Q\\d)");

    private CasualtyLinks() {}

    /**
     * True when the count is a toll over a period: told with one, dated by a span wider than a day, or the toll of a
     * war; or a toll its source has replaced since ("an earlier toll of 15"), which no other source contradicts.
     */
    static boolean isPeriodToll(Frame f, Sentence s) {
        if (f.first(Frame.PERIOD).isPresent()) {
            return true;
        }
        Optional<String> time = f.first(Frame.TIME).map(Argument::normalized);
        if (time.isPresent() && time.get() != null && WIDE_TIME.matcher(time.get()).matches()) {
            return true;
        }
        String clause = clause(f, s);
        if (PERIOD.matcher(clause).find() || IN_WAR.matcher(clause).find()) {
            return true;
        }
        // told before the count: "the war has killed", "an earlier toll of 15" ("updating an earlier toll" after it
        // is the new toll)
        Optional<Span> count = f.first(Frame.COUNT).map(Argument::span);
        if (count.isEmpty() || !inside(count.get(), s)) {
            return false;
        }
        String before = s.span().text().substring(0, count.get().begin() - s.span().begin()).toLowerCase(Locale.ROOT);
        return WAR.matcher(before).find() || EARLIER_TOLL.matcher(before).find();
    }

    /**
     * True when the sentence opens by moving on to another report ("Later, ...", "Meanwhile ...", "Elsewhere ...",
     * "In a separate attack ..."): its counts are not of an incident told in the sentences before.
     */
    static boolean opensAnotherReport(Sentence s) {
        return MOVING_ON.matcher(s.span().text()).lookingAt();
    }

    /**
     * True when the count is of victims beyond those already told ("another four were killed"). The second count of
     * a sentence ("two were killed and another nine wounded") is beyond the first, not beyond anything told before.
     */
    static boolean isAdditive(Frame f, Sentence s) {
        Optional<Span> count = f.first(Frame.COUNT).map(Argument::span);
        if (count.isEmpty() || !inside(count.get(), s)) {
            return false;
        }
        String text = s.span().text();
        int b = count.get().begin() - s.span().begin();
        int e = count.get().end() - s.span().begin();
        String before = text.substring(0, b).toLowerCase(Locale.ROOT);
        String within = count.get().text().toLowerCase(Locale.ROOT);
        if (EARLIER_COUNT.matcher(before).find()) {
            return false;
        }
        // "ten were also killed when ...": the verb's "also" adds them to victims told before
        int verb = f.trigger().begin() - s.span().begin();
        if (verb > b && verb <= text.length()
                && ALSO.matcher(text.substring(0, verb).toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        return MORE_BEFORE.matcher(before).find() || within.matches("(another|further|additional)\\b.*")
                || within.matches(".*\\b(another|further|additional) .*")
                || MORE_AFTER.matcher(text.substring(e)).find();
    }

    /** True when the count gives a day of its own that is not the incident's. */
    static boolean otherDay(Frame f, String incidentDate) {
        String own = f.first(Frame.TIME).map(t -> day(t.normalized())).orElse(null);
        return own != null && incidentDate != null && !own.equals(incidentDate);
    }

    /**
     * The count's clause, lower case: the sentence up to a relative clause that starts after both the count and its
     * verb.
     */
    static String clause(Frame f, Sentence s) {
        String text = s.span().text();
        int after = f.trigger().end() - s.span().begin();
        for (Argument a : f.all(Frame.COUNT)) {
            if (inside(a.span(), s)) {
                after = Math.max(after, a.span().end() - s.span().begin());
            }
        }
        after = Math.max(0, Math.min(after, text.length()));
        var m = RELATIVE.matcher(text);
        String cut = m.find(after) ? text.substring(0, m.start()) : text;
        return cut.toLowerCase(Locale.ROOT);
    }

    private static boolean inside(Span span, Sentence s) {
        return s.span().begin() <= span.begin() && span.end() <= s.span().end();
    }
}
