package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.first;
import static org.ceasefirekg.extract.ParsedSentence.isNumber;
import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.CoreAnnotations.NormalizedNamedEntityTagAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefirekg.lexicon.CF;

/** Reads a counted phrase: the number, its qualifier ("at least") and who was counted. */
final class Counts {
    private Counts() {}

    /**
     * Adds the COUNT, QUALIFIER and VICTIMS of a counted phrase: "at least 62 soldiers", "62 of the troops"; a
     * partitive noun (cf:Partitive: "15 members of the staff") hands the victims on to what follows its "of".
     */
    static void count(IndexedWord c, IndexedWord trigger, ParsedSentence p, List<Argument> args, Cues cues) {
        IndexedWord number;
        IndexedWord victims = null;
        if (isNumber(c) && c != trigger) {
            number = c;
            victims = first(p.children(c, "nmod:of"));
        } else {
            number = first(p.children(c, "nummod"));
            if (number != null && !Set.of("more", "people").contains(lemma(c)) && c != trigger) {
                victims = c;
            }
        }
        boolean properNoun = victims != null && victims.tag() != null && victims.tag().startsWith("NNP");
        if (number == null || Set.of("DATE", "TIME", "DURATION", "SET").contains(number.ner())
                && (victims == null || properNoun)) {
            return; // "18 May 2017 ISIS kills ...": a year is no count; "1200 civilians" is one, whatever NER says
        }
        String normalized = p.normalized(number);
        if (number.word().matches("\\d{1,3}([.,]\\d{3})+")) {
            // CoreNLP reads "450.000" as 450; in news it is a thousands separator
            normalized = number.word().replaceAll("[.,]", "");
        }
        String[] range = range(number, p);
        if (range != null) {
            // "between 20 and 30 people": the lower end is the count's value, the upper end its maximum
            normalized = range[0];
            args.add(new Argument(Frame.UPPER, p.tokenSpan(number.index(), number.index()), null, range[1]));
        }
        args.add(new Argument(Frame.COUNT, p.tokenSpan(number.index(), number.index()), number.ner(),
                normalized == null ? number.word() : normalized));
        String qualifier = range != null ? "between" : qualifier(number, p);
        if (qualifier != null) {
            args.add(new Argument(Frame.QUALIFIER, p.tokenSpan(number.index(), number.index()), null, qualifier));
        }
        if (victims != null && cues.is(CF.Partitive, victims) && !p.children(victims, "nmod:of").isEmpty()) {
            IndexedWord whole = p.children(victims, "nmod:of").get(0);
            if (whole.tag() != null && whole.tag().startsWith("NNP")) {
                // "14 members of the Green Brigade" were members, not the brigade: the victims are the whole phrase
                args.add(new Argument(Frame.VICTIMS, p.tokenSpan(victims.index(), whole.index()), null, null));
                return;
            }
            victims = whole; // "15 members of medical staff" were medical staff
        }
        if (victims != null) {
            args.add(new Argument(Frame.VICTIMS, victimWords(victims, p), null, null));
        }
    }

    /**
     * "between 20 and 30 people", "20 to 30 people", "20-30 people": the two ends of a count told as a range (the
     * parser hangs either end on the noun), or null. "rose from 20 to 30" is a change, not a range.
     */
    private static String[] range(IndexedWord number, ParsedSentence p) {
        Matcher joined = JOINED.matcher(number.word());
        if (joined.matches()) {
            return ends(joined.group(1), joined.group(2));
        }
        int i = number.index();
        int lower = -1;
        if (i + 2 <= p.tokens.size() && joins(p, i, i + 2)) {
            lower = i;
        } else if (i > 2 && joins(p, i - 2, i)) {
            lower = i - 2;
        }
        return lower < 0 ? null : ends(value(p.token(lower)), value(p.token(lower + 2)));
    }

    /** True when the tokens at lower and upper are numbers joined as a range's two ends. */
    private static boolean joins(ParsedSentence p, int lower, int upper) {
        String joiner = p.token(lower + 1).word().toLowerCase(Locale.ROOT);
        String before = lower > 1 ? p.token(lower - 1).word().toLowerCase(Locale.ROOT) : "";
        boolean numbers = "CD".equals(p.token(lower).tag()) && "CD".equals(p.token(upper).tag());
        return numbers && (joiner.equals("and") ? before.equals("between")
                : Set.of("to", "-", "\u2013").contains(joiner) && !before.equals("from"));
    }

    private static String value(CoreLabel t) {
        String word = t.word().replace(",", "");
        return word.matches("\\d+") ? word : t.get(NormalizedNamedEntityTagAnnotation.class);
    }

    /** The two ends, lower first, when both are whole numbers and the first is the smaller; else null. */
    private static String[] ends(String lower, String upper) {
        if (lower == null || upper == null || !lower.matches("\\d+(\\.0)?") || !upper.matches("\\d+(\\.0)?")) {
            return null;
        }
        long low = Math.round(Double.parseDouble(lower));
        long high = Math.round(Double.parseDouble(upper));
        return low < high ? new String[] {Long.toString(low), Long.toString(high)} : null;
    }

    private static final Pattern JOINED = Pattern.compile("(\\d+)[-\u2013](\\d+)");

    private static Span victimWords(IndexedWord v, ParsedSentence p) {
        int first = v.index();
        while (first > 1) {
            CoreLabel prev = p.token(first - 1);
            boolean modifier = prev.tag().startsWith("JJ") || prev.tag().startsWith("NN") || prev.tag().equals("VBN");
            if (!modifier || prev.tag().equals("CD")) {
                break;
            }
            first--;
        }
        return p.tokenSpan(first, v.index());
    }

    /** Reads "some", "at least", "more than", "over", "nearly" from the words around a number. */
    private static String qualifier(IndexedWord number, ParsedSentence p) {
        for (IndexedWord m : p.children(number, "advmod", "obl:npmod", "case", "amod")) {
            String word = lemma(m);
            switch (word) {
                case "some", "about", "around", "approximately", "roughly", "nearly", "almost":
                    return word.equals("around") || word.equals("approximately") || word.equals("roughly")
                            ? "about" : word;
                case "least":
                    return "at least";
                case "over", "more", "than":
                    return "more than";
                case "up":
                    return "up to";
                default:
                    break;
            }
        }
        String n = p.normalized(number);
        if (n != null) {
            if (n.startsWith(">=")) {
                return "at least";
            } else if (n.startsWith(">")) {
                return "more than";
            } else if (n.startsWith("<=")) {
                return "at most";
            } else if (n.startsWith("<")) {
                return "fewer than";
            } else if (n.startsWith("~")) {
                return "about";
            }
        }
        return null;
    }
}
