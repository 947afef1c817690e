package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefirekg.lexicon.Vocab;

/**
 * "A 72-hour truce that takes effect at noon on Friday", "the three-day ceasefire began on Monday": a truce told with
 * its length ends that long after its start, which the article does not write out.
 */
final class TruceEnds {
    private TruceEnds() {}

    private static final Pattern HOURS_OR_DAYS = Pattern.compile("P(?:T(\\d+)H|(\\d+)D)");
    private static final Pattern START = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?");

    /** Returns the frames with one end added per sentence whose start is dated and whose truce has a length. */
    static List<Frame> added(List<Frame> frames, List<ParsedSentence> parsed) {
        Map<Integer, Frame> best = new TreeMap<>();
        for (Frame f : frames) {
            if (f.concept().equals(Vocab.CEASEFIRE_START) && startOf(f).isPresent()) {
                // of the rules' readings of one start, the one with a clock time is the most precise
                best.merge(f.sentence(), f, (a, b) -> startOf(b).get().length() > startOf(a).get().length() ? b : a);
            }
        }
        // an end told in the sentence itself is the end
        frames.stream().filter(f -> f.concept().equals(Vocab.CEASEFIRE_END)).forEach(f -> best.remove(f.sentence()));
        if (best.isEmpty()) {
            return frames;
        }
        List<Frame> out = new ArrayList<>(frames);
        for (Frame start : best.values()) {
            ParsedSentence p = parsed.get(start.sentence());
            IndexedWord length = p.graph == null ? null : lengthOf(start, p);
            String end = length == null ? null : end(startOf(start).get(), p.normalized(length));
            if (end != null) {
                int first = p.children(length, "nummod", "compound").stream().mapToInt(IndexedWord::index)
                        .filter(i -> i < length.index()).min().orElse(length.index()); // "72-hour", not "hour"
                List<Argument> args = new ArrayList<>(List.of(new Argument(Frame.TIME, p.tokenSpan(first,
                        length.index()), end.length() > 10 ? "TIME" : "DATE", end)));
                start.args().stream().filter(a -> a.role().equals(Frame.SOURCE)).forEach(args::add);
                out.add(new Frame(Vocab.CEASEFIRE_END, start.sentence(), start.trigger(), args));
            }
        }
        return out;
    }

    private static Optional<String> startOf(Frame f) {
        return f.all(Frame.TIME).stream().map(Argument::normalized).filter(v -> v != null && START.matcher(v).matches())
                .max(Comparator.comparingInt(String::length));
    }

    /**
     * The length told on the truce the start is of: on the start verb's subject ("the 48-hour truce began") or on
     * the noun its clause hangs on ("a 72-hour truce that takes effect").
     */
    private static IndexedWord lengthOf(Frame start, ParsedSentence p) {
        IndexedWord verb = StartWeekdays.triggerWord(start, p);
        if (verb == null) {
            return null;
        }
        List<IndexedWord> truces = new ArrayList<>(p.children(verb, "nsubj", "nsubj:pass"));
        if (p.parent(verb) != null && p.relationToParent(verb).startsWith("acl")) {
            truces.add(p.parent(verb));
        }
        for (IndexedWord truce : truces) {
            for (IndexedWord m : p.children(truce, "amod", "compound", "nmod:npmod", "obl:npmod")) {
                for (IndexedWord d : List.of(m, p.children(m, "nummod", "compound").stream().findFirst().orElse(m))) {
                    if ("DURATION".equals(d.ner()) && p.normalized(d) != null
                            && HOURS_OR_DAYS.matcher(p.normalized(d)).matches()) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    /** The start moved on by the length: hours on a clock time, whole days on a day; null when neither fits. */
    static String end(String start, String length) {
        Matcher s = START.matcher(start);
        Matcher d = HOURS_OR_DAYS.matcher(length == null ? "" : length);
        if (!s.matches() || !d.matches()) {
            return null;
        }
        long hours = d.group(1) != null ? Long.parseLong(d.group(1)) : 24 * Long.parseLong(d.group(2));
        if (s.group(2) == null) {
            return hours % 24 == 0 ? LocalDate.parse(s.group(1)).plusDays(hours / 24).toString() : null;
        }
        String at = LocalDateTime.parse(s.group(1) + s.group(2)).plusHours(hours).toString().substring(0, 16);
        return at + (s.group(3) == null ? "" : s.group(3));
    }
}
