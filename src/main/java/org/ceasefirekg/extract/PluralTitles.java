package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/** One plural title before coordinated names ("Foreign Ministers X and Y"): each name's, in the singular. */
final class PluralTitles {
    private final Lexicon lexicon;
    private final NameIndex names;

    PluralTitles(Lexicon lexicon, NameIndex names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** A plural title shared by coordinated names, in the singular, and the state of this name's demonym (or null). */
    record Shared(String role, Span affiliation) {}

    /**
     * "Presidents X and Y", "Foreign Ministers X, Y and Z": the plural title before the first name is each one's,
     * in the singular with the capitalised words that qualify it ("Foreign Minister"); null when there is none.
     * "Russian and Turkish Defence Ministers X and Y": the demonyms before it say whose, in the names' order.
     */
    Shared shared(int first, ParsedSentence p, List<CoreEntityMention> all) {
        for (int i = first - 1; i >= 1; i--) {
            CoreLabel t = p.token(i);
            String singular = singular(t.word());
            boolean title = singular != null && Set.of("NNS", "NNPS", "NNP").contains(t.tag())
                    && lexicon.conceptsOf(singular.toLowerCase()).contains(Vocab.POSITION);
            if (title && "PERSON".equals(p.token(i + 1).ner())) {
                int from = i;
                while (from > 1 && Set.of("NNP", "JJ").contains(p.token(from - 1).tag())
                        && Set.of("O", "TITLE").contains(p.token(from - 1).ner())
                        && Character.isUpperCase(p.token(from - 1).word().charAt(0)) && !isDemonym(p.token(from - 1))) {
                    from--; // "Foreign Ministers", "Prime Ministers"
                }
                String role = (from < i ? p.textBetween(p.token(from).beginPosition(), p.token(i - 1).endPosition())
                        + " " : "") + singular;
                return new Shared(role, demonymOf(from, p.token(i).endPosition(), p.token(first).beginPosition(), p,
                        all));
            }
            if (!"PERSON".equals(t.ner()) && !t.word().equals(",") && !t.word().equals("and")) {
                break;
            }
        }
        return null;
    }

    /**
     * The demonym before a shared title ("Russian and Turkish" before "Defence Ministers") that is the name at
     * {@code at}'s: the one demonym of them all, or the one in the same place among the demonyms as the name among
     * the coordinated names after the title; null when the counts differ.
     */
    private Span demonymOf(int from, int titleEnd, int at, ParsedSentence p, List<CoreEntityMention> all) {
        List<CoreLabel> demonyms = new ArrayList<>();
        for (int i = from - 1; i >= 1; i--) {
            CoreLabel t = p.token(i);
            if (isDemonym(t)) {
                demonyms.add(0, t);
            } else if (demonyms.isEmpty() || !Set.of(",", "and").contains(t.word())) {
                break;
            }
        }
        if (demonyms.isEmpty()) {
            return null;
        }
        List<Integer> starts = new ArrayList<>(); // where each coordinated name begins
        int end = titleEnd;
        for (CoreEntityMention o : all.stream().sorted(Comparator.comparingInt(
                (CoreEntityMention o) -> o.charOffsets().first())).toList()) {
            int begin = o.charOffsets().first();
            if (!"PERSON".equals(o.entityType()) || begin < end) {
                continue;
            }
            if (!p.textBetween(end, begin).matches(starts.isEmpty() ? "\\s*" : "\\s*,?\\s*(?:and\\s+)?")) {
                break;
            }
            starts.add(begin);
            end = o.charOffsets().second();
        }
        int k = starts.indexOf(at);
        CoreLabel d = demonyms.size() == 1 ? demonyms.get(0) : demonyms.size() == starts.size() && k >= 0
                ? demonyms.get(k) : null;
        return d == null ? null : new Span(d.beginPosition(), d.endPosition(), d.word());
    }

    /** "Turkish": a word the NER tags as a nationality, or a demonym of an actor the gazetteer knows. */
    private boolean isDemonym(CoreLabel t) {
        return "NATIONALITY".equals(t.ner()) || Character.isUpperCase(t.word().charAt(0)) && names.resolve(t.word())
                .filter(x -> x.how() == NameIndex.Kind.DEMONYM && x.entry().isActor()).isPresent();
    }

    /** "Ministers" -> "Minister", "Secretaries" -> "Secretary"; null for a word that is no plural in -s. */
    private static String singular(String word) {
        if (word.length() < 4 || !word.endsWith("s") || word.endsWith("ss")) {
            return null;
        }
        return word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y" : word.substring(0, word.length() - 1);
    }
}
