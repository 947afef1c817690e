package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ceasefirekg.lexicon.Vocab;

/**
 * "Rivals agreed a truce on Sunday. [...] In the north, a second truce was agreed. That pact was mediated by elders":
 * an article writes one ceasefire, the one it names first, so who signed, brokered or negotiated an agreement that a
 * later paragraph brings in as another one ("another truce", "a second accord") is not written for it. The
 * paragraph that brings the other agreement in, from that sentence to its end, tells of that agreement.
 */
final class OtherAgreements {
    /** The roles of an agreement that would be written for the article's ceasefire. */
    private static final Set<String> AGREEMENT_ROLES = Set.of(Vocab.SIGN, Vocab.MEDIATE, Vocab.NEGOTIATE);

    private static final Pattern ORDINAL = Pattern.compile("(?i)first|second|third|fourth|fifth|sixth|\\d+(st|nd|rd|th)");

    private OtherAgreements() {}

    /** Drops the agreement frames of a sentence told after another agreement was brought in within its paragraph. */
    static List<Frame> dropOthers(List<Frame> frames, ParsedSentence p, List<ParsedSentence> article,
                                  Function<ParsedSentence, List<Trigger>> triggers) {
        if (frames.stream().noneMatch(f -> AGREEMENT_ROLES.contains(f.concept())) || !afterAnother(p, article, triggers)) {
            return frames;
        }
        return frames.stream().filter(f -> !AGREEMENT_ROLES.contains(f.concept())).toList();
    }

    private static boolean afterAnother(ParsedSentence p, List<ParsedSentence> article,
                                        Function<ParsedSentence, List<Trigger>> triggers) {
        for (int s = p.index; s >= 0; s--) {
            ParsedSentence at = article.get(s);
            if (s < p.index && endsParagraph(at)) {
                return false;
            }
            if (bringsInAnother(at, triggers.apply(at))) {
                return namedBefore(s, article, triggers);
            }
        }
        return false;
    }

    /** True when a sentence before the given one names an agreement of its own, not as the first of several. */
    private static boolean namedBefore(int sentence, List<ParsedSentence> article,
                                       Function<ParsedSentence, List<Trigger>> triggers) {
        for (int s = 0; s < sentence; s++) {
            ParsedSentence at = article.get(s);
            for (Trigger t : triggers.apply(at)) {
                if (agreement(t) && at.graph != null) {
                    // "the first truce collapsed in May; a second one was agreed": the text is about the second
                    return at.children(t.head(), "amod").stream().noneMatch(OtherAgreements::ordinal);
                }
            }
        }
        return false;
    }

    /** "another truce", "a second accord": an agreement brought in as one more. */
    private static boolean bringsInAnother(ParsedSentence p, List<Trigger> triggers) {
        if (p.graph == null) {
            return false;
        }
        for (Trigger t : triggers) {
            if (!agreement(t)) {
                continue;
            }
            List<String> determiners = p.children(t.head(), "det").stream().map(ParsedSentence::lemma).toList();
            boolean another = determiners.contains("another")
                    || determiners.stream().anyMatch(d -> d.equals("a") || d.equals("an"))
                    && p.children(t.head(), "amod").stream().anyMatch(a -> ordinal(a) && !lemma(a).equals("first")
                    || lemma(a).equals("other"));
            if (another) {
                return true;
            }
        }
        return false;
    }

    /** "second", "3rd": NER may tag "a second" as a duration, so the ordinal words themselves count too. */
    private static boolean ordinal(IndexedWord w) {
        return "ORDINAL".equals(w.ner()) || ORDINAL.matcher(lemma(w)).matches();
    }

    private static boolean agreement(Trigger t) {
        return t.head() != null && t.head().tag().startsWith("NN")
                && (t.concepts().contains(Vocab.SIGN) || t.concepts().contains(Vocab.CEASEFIRE_EVENT));
    }

    /** A line break after the sentence's last word: news and statements start a paragraph on a new line. */
    private static boolean endsParagraph(ParsedSentence p) {
        CoreLabel last = p.tokens.get(p.tokens.size() - 1);
        return last.after() != null && last.after().contains("\n");
    }
}
