package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation;
import edu.stanford.nlp.ling.IndexedWord;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A ceasefire start told by a bare weekday: whether it lies ahead of the article's day or behind it, which SUTime reads
 * by the tense of the verb of saying. Reported attacks and deaths are {@link PastWeekdays}'s.
 */
final class StartWeekdays {
    private StartWeekdays() {}

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
                    && !(would && ChronoUnit.DAYS.between(day, from) <= 3);
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

    /** The word a frame's trigger begins with, or null. */
    static IndexedWord triggerWord(Frame f, ParsedSentence p) {
        for (int i = 1; i <= p.tokens.size(); i++) {
            if (p.token(i).beginPosition() == f.trigger().begin()) {
                return p.node(i);
            }
        }
        return null;
    }

    private static final Pattern WEEKDAY = Pattern.compile("(?i)(mon|tues|wednes|thurs|fri|satur|sun)day");
}
