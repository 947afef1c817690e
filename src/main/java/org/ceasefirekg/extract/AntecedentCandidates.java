package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a pronoun or "the group"-like phrase may stand for, found sentence by sentence for {@link NearbyAntecedents}:
 * named people, organizations and countries, modified common-noun phrases ("armed terrorist groups"), and an actor
 * noun with the names it is of ("the leaders of A, B and C").
 */
final class AntecedentCandidates {
    static final Set<String> PERSON_TYPES = Set.of("PERSON");
    static final Set<String> GROUP_TYPES = Set.of("ORGANIZATION", "COUNTRY", "STATE_OR_PROVINCE");
    /** A modified common noun phrase ("armed terrorist groups", "Assad regime military"), not a name. */
    static final String PHRASE = "PHRASE";

    private AntecedentCandidates() {}

    /** A candidate: sentence index (0-based), tokens [begin, end) 1-based within the sentence, its head's lemma. */
    record Named(int sentence, int begin, int end, String type, String text, String head) {
        String last() {
            String[] words = text.split(" ");
            return words[words.length - 1].toLowerCase(Locale.ROOT);
        }
    }

    /** Returns the candidates of one sentence, of every kind. */
    static List<Named> of(int sentence, List<CoreLabel> tokens, Set<String> actorNouns) {
        List<Named> found = new ArrayList<>(namesOf(sentence, tokens));
        found.addAll(phrasesOf(sentence, tokens));
        found.addAll(nounsOfNames(sentence, tokens, actorNouns));
        return found;
    }

    static List<Named> namesOf(int sentence, List<CoreLabel> tokens) {
        List<Named> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String type = tokens.get(i).ner();
            if (!PERSON_TYPES.contains(type) && !GROUP_TYPES.contains(type)) {
                i++;
                continue;
            }
            int j = i + 1;
            StringBuilder text = new StringBuilder(tokens.get(i).word());
            while (j < tokens.size() && type.equals(tokens.get(j).ner())) {
                text.append(' ').append(tokens.get(j).word());
                j++;
            }
            found.add(new Named(sentence, i + 1, j + 1, type, text.toString(), lemma(tokens.get(j - 1))));
            i = j;
        }
        return found;
    }

    /** Common nouns with modifiers before them, longest run: "armed terrorist groups", "Assad regime military". */
    private static List<Named> phrasesOf(int sentence, List<CoreLabel> tokens) {
        List<Named> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && modifier(tokens.get(j))) {
                j++;
            }
            // [i, j) is a run of modifiers and nouns; a phrase when it ends on a common noun after something else.
            CoreLabel head = j > i ? tokens.get(j - 1) : null;
            if (j - i >= 2 && head.tag().startsWith("NN") && !head.tag().startsWith("NNP")
                    && (head.ner() == null || "O".equals(head.ner()))) {
                StringBuilder text = new StringBuilder();
                for (int k = i; k < j; k++) {
                    text.append(k > i ? " " : "").append(tokens.get(k).word());
                }
                found.add(new Named(sentence, i + 1, j + 1, PHRASE, text.toString(), lemma(tokens.get(j - 1))));
            }
            i = Math.max(j, i + 1);
        }
        return found;
    }

    /**
     * "the leaders of Ukraine, Russia, France and Germany": an actor noun with the names it is of, which "the leaders"
     * later stands for as a whole.
     */
    private static List<Named> nounsOfNames(int sentence, List<CoreLabel> tokens, Set<String> actorNouns) {
        List<Named> found = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            CoreLabel noun = tokens.get(i);
            if (!noun.tag().startsWith("NN") || noun.tag().startsWith("NNP") || !actorNouns.contains(lemma(noun))
                    || !tokens.get(i + 1).word().equals("of")) {
                continue;
            }
            int j = i + 2;
            int last = -1;
            int named = 0;
            while (j < tokens.size()) {
                String ner = tokens.get(j).ner();
                String w = tokens.get(j).word();
                if (GROUP_TYPES.contains(ner)) {
                    if (j == i + 2 || !GROUP_TYPES.contains(tokens.get(j - 1).ner())) {
                        named++;
                    }
                    last = j;
                } else if (!w.equals(",") && !w.equals("and") || last < 0) {
                    break;
                }
                j++;
            }
            if (named >= 2) {
                int begin = i > 0 && tokens.get(i - 1).tag().equals("DT") ? i - 1 : i;
                StringBuilder text = new StringBuilder();
                for (int k = begin; k <= last; k++) {
                    text.append(k > begin ? " " : "").append(tokens.get(k).word());
                }
                found.add(new Named(sentence, begin + 1, last + 2, PHRASE, text.toString(), lemma(noun)));
            }
        }
        return found;
    }

    private static boolean modifier(CoreLabel t) {
        String tag = t.tag() == null ? "" : t.tag();
        return tag.startsWith("NN") || tag.equals("JJ");
    }

    static String lemma(CoreLabel t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
