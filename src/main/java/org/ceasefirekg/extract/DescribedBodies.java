package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;

/**
 * A body told by description after its name: "the government", "the support group", "that capital-based
 * government" stand for the government or group the article named before with the same head noun. The light
 * coreference resolver reads no parse, so it leaves a described body unresolved when the description has modifiers
 * of its own or the nearest same-headed phrase is itself a description; this reads the parse of the earlier sentences.
 */
final class DescribedBodies {
    /** News names a body again within a few sentences; beyond that a description may mean another one. */
    private static final int REACH = 5;
    private static final Set<String> DETERMINERS = Set.of("the", "that", "this");
    /** Names that make a phrase a body's name; a person's ("the government of President X") would name the person. */
    private static final Set<String> NAME_TYPES = Set.of("ORGANIZATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY",
            "LOCATION", "NATIONALITY");

    private DescribedBodies() {}

    /**
     * Returns the named phrase the description headed by w stands for, or null when w is no description of a body
     * (cf:BodyNoun with "the", "this" or "that") or no earlier phrase with its head noun names one and fits it.
     */
    static Span antecedent(ParsedSentence sentence, IndexedWord w, List<ParsedSentence> all, Lexicon lexicon) {
        String head = ParsedSentence.lemma(w).toLowerCase(Locale.ROOT);
        // singular only: "the terrorist groups" are many, not the one group named before
        if (!"NN".equals(w.tag()) || !lexicon.isCue(CF.BodyNoun, head) || named(sentence, w)) {
            return null;
        }
        boolean described = sentence.children(w, "det").stream()
                .anyMatch(d -> DETERMINERS.contains(ParsedSentence.lemma(d).toLowerCase(Locale.ROOT)));
        if (!described) {
            return null;
        }
        List<String> modifiers = modifierWords(sentence, w);
        for (int s = sentence.index; s >= Math.max(0, sentence.index - REACH); s--) {
            ParsedSentence earlier = all.get(s);
            int last = s == sentence.index ? w.index() - 1 : earlier.tokens.size();
            for (int t = last; t >= 1; t--) {
                IndexedWord c = earlier.node(t);
                if (c == null || !ParsedSentence.lemma(c).equalsIgnoreCase(head) || !named(earlier, c)) {
                    continue;
                }
                Span span = withPlaceAfter(earlier, c, earlier.withWholeName(earlier.phrase(c), c));
                if (fits(modifiers, span.text())) {
                    return span;
                }
            }
        }
        return null;
    }

    /** A phrase names its body when a name is part of it: "South Sudan's government", "the Kandor Support Group". */
    private static boolean named(ParsedSentence p, IndexedWord w) {
        if (String.valueOf(w.tag()).startsWith("NNP") || NAME_TYPES.contains(p.token(w.index()).ner())) {
            return true;
        }
        for (IndexedWord m : p.children(w, "compound", "amod", "nmod:poss", "nmod:in", "nmod:of", "flat")) {
            // "capital-based", "Dorvale-backed": a modifier joined to a name tells where or whose, it names no body
            String ner = p.token(m.index()).ner();
            boolean name = String.valueOf(m.tag()).startsWith("NNP") && !"PERSON".equals(ner) || NAME_TYPES.contains(ner);
            if (name && !m.word().contains("-")) {
                return true;
            }
        }
        return false;
    }

    /** "the government in Dorvale": a place after the head is part of the body's name. */
    private static Span withPlaceAfter(ParsedSentence p, IndexedWord head, Span phrase) {
        for (IndexedWord m : p.children(head, "nmod:in", "nmod:of")) {
            Span place = p.withWholeName(p.phrase(m), m);
            if (String.valueOf(m.tag()).startsWith("NNP") && place.begin() >= phrase.end()
                    && p.textBetween(phrase.end(), place.begin()).strip().matches("(?i)in|of")) {
                return new Span(phrase.begin(), place.end(), p.textBetween(phrase.begin(), place.end()));
            }
        }
        return phrase;
    }

    /**
     * The description's own words that the name must repeat: its noun modifiers ("support" of "the support group")
     * and the capitalized parts of its adjectives ("Dorvale" of "Dorvale-based"); a plain adjective ("new") adds none.
     */
    private static List<String> modifierWords(ParsedSentence p, IndexedWord w) {
        List<String> words = new java.util.ArrayList<>();
        for (IndexedWord m : p.children(w, "compound", "amod")) {
            boolean noun = String.valueOf(m.tag()).startsWith("NN");
            for (String part : m.word().split("-")) {
                if (noun || !part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                    words.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    private static boolean fits(List<String> modifiers, String name) {
        String words = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return modifiers.stream().allMatch(m -> words.contains(" " + m + " "));
    }

    /**
     * "a fighter with the Harbour Guard Brigades": capitalised words ending in a body noun (cf:BodyNoun), a body
     * the tagger did not take for an organization; null when the words name none.
     */
    static Span namedBody(int from, int to, ParsedSentence p, Lexicon lexicon) {
        int first = -1;
        for (int j = from; j <= to; j++) {
            CoreLabel t = p.token(j);
            boolean capital = Set.of("NNP", "NNPS").contains(t.tag()) && Character.isUpperCase(t.word().charAt(0));
            if (!capital) {
                first = t.word().equals("of") && first >= 0 ? first : -1;
                continue;
            }
            first = first < 0 ? j : first;
            String word = t.word().toLowerCase();
            if (first < j && (lexicon.isCue(CF.BodyNoun, word) || word.endsWith("s")
                    && lexicon.isCue(CF.BodyNoun, word.substring(0, word.length() - 1)))) {
                return p.tokenSpan(first, j);
            }
        }
        return null;
    }
}
