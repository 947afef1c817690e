package org.ceasefirekg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ceasefirekg.lexicon.Vocab;

/**
 * "Gunmen killed six farmers on Monday" in an article written on a Friday: SUTime may read a bare weekday as the next
 * one, but an attack or a death the article reports has happened, so it is on the last such weekday up to the day the
 * article was written. Ceasefire starts, which may lie ahead, are {@link StartWeekdays#ahead}'s.
 */
final class PastWeekdays {
    private PastWeekdays() {}

    private static final Pattern BARE_WEEKDAY = Pattern.compile(
            "(?i)(?:(?:early|late)\\s+)?(?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\\s+(?:morning|"
                    + "afternoon|evening|night))?");

    /** Returns the frame with a bare weekday after the reference date moved to the week before, or the frame. */
    static Frame gone(Frame f, String reference) {
        if (reference == null || !reference.matches("\\d{4}-\\d{2}-\\d{2}") || !reported(f.concept())) {
            return f;
        }
        LocalDate written = LocalDate.parse(reference);
        List<Argument> args = new ArrayList<>();
        boolean changed = false;
        for (Argument a : f.args()) {
            String v = a.normalized();
            if (a.role().equals(Frame.TIME) && v != null && v.matches("\\d{4}-\\d{2}-\\d{2}.*")
                    && BARE_WEEKDAY.matcher(a.span().text().strip().toLowerCase(Locale.ROOT)).matches()
                    && LocalDate.parse(v.substring(0, 10)).isAfter(written)) {
                LocalDate day = LocalDate.parse(v.substring(0, 10));
                while (day.isAfter(written)) {
                    day = day.minusDays(7);
                }
                args.add(new Argument(a.role(), a.span(), a.type(), day + v.substring(10)));
                changed = true;
            } else {
                args.add(a);
            }
        }
        return changed ? new Frame(f.concept(), f.sentence(), f.trigger(), args) : f;
    }

    /** Attacks, fights and bombings (CAMEO 18 and 19), aid stopped (162x) and the dead and wounded counted. */
    private static boolean reported(String concept) {
        return concept.startsWith(Vocab.CAMEO + "18") || concept.startsWith(Vocab.CAMEO + "19")
                || concept.startsWith(Vocab.CAMEO + "162")
                || concept.equals(Vocab.KILLED) || concept.equals(Vocab.WOUNDED);
    }
}
