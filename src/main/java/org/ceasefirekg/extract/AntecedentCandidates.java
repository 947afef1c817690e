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
    /**
     * "the militia" standing alone: a candidate for "it" and "they" in its own sentence only, being itself a
     * reference to resolve.
     */
    static final String DEFINITE = "DEFINITE";

    private AntecedentCandidates() {}

    /** A candidate: sentence index (0-based), tokens [begin, end) 1-based within the sentence, its head's lemma. */
    record Named(int sentence, int begin, int end, String type, String text, String head, Set<String> titles) {
        Named(int sentence, int begin, int end, String type, String text, String head) {
            this(sentence, begin, end, type, text, head, Set.of());
        }

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
        found.addAll(possessives(sentence, tokens));
        found.addAll(definiteActorNouns(sentence, tokens, actorNouns));
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
            found.add(new Named(sentence, i + 1, j + 1, type, text.toString(), lemma(tokens.get(j - 1)),
                    type.equals("PERSON") ? titlesBefore(tokens, i) : Set.of()));
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
     * "the leaders of Chad, Niger and Mali": an actor noun with the names it is of, which "the leaders"
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

    /**
     * The titles in front of a person's name, which "the minister" or "the governor" later stands for: "Foreign
     * Minister Jane Doe", "the region's Governor John Doe" (a nationality, organization or adjective may come between).
     */
    private static Set<String> titlesBefore(List<CoreLabel> tokens, int nameStart) {
        Set<String> titles = new java.util.HashSet<>();
        for (int k = nameStart - 1; k >= 0 && k >= nameStart - 5; k--) {
            CoreLabel t = tokens.get(k);
            if ("TITLE".equals(t.ner())) {
                titles.add(lemma(t));
            } else if (!TITLE_COMPANIONS.contains(String.valueOf(t.ner())) && !"JJ".equals(t.tag())) {
                break;
            }
        }
        return Set.copyOf(titles);
    }

    private static final Set<String> TITLE_COMPANIONS = Set.of("NATIONALITY", "ORGANIZATION", "COUNTRY",
            "STATE_OR_PROVINCE", "CITY");

    /** "Freedonia's military": a named owner and a common noun, which "the military" later stands for. */
    private static List<Named> possessives(int sentence, List<CoreLabel> tokens) {
        List<Named> found = new ArrayList<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel owner = tokens.get(i - 1);
            if (!"POS".equals(tokens.get(i).tag()) || !GROUP_TYPES.contains(owner.ner())) {
                continue;
            }
            int begin = i - 1;
            while (begin > 0 && owner.ner().equals(tokens.get(begin - 1).ner())) {
                begin--;
            }
            int j = i + 1;
            while (j < tokens.size() && modifier(tokens.get(j))) {
                j++;
            }
            CoreLabel head = tokens.get(j - 1);
            if (j > i + 1 && head.tag().startsWith("NN") && !head.tag().startsWith("NNP")) {
                StringBuilder text = new StringBuilder();
                for (int k = begin; k < j; k++) {
                    text.append(k > begin ? " " : "").append(tokens.get(k).word());
                }
                found.add(new Named(sentence, begin + 1, j + 1, PHRASE, text.toString(), lemma(head)));
            }
        }
        return found;
    }

    /** "The militia said it had agreed": a definite actor noun standing alone, which "it" or "they" may stand for. */
    private static List<Named> definiteActorNouns(int sentence, List<CoreLabel> tokens, Set<String> actorNouns) {
        List<Named> found = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel noun = tokens.get(i);
            boolean head = i + 1 == tokens.size() || !tokens.get(i + 1).tag().startsWith("NN");
            if (noun.tag().startsWith("NN") && !noun.tag().startsWith("NNP") && head
                    && tokens.get(i - 1).word().equalsIgnoreCase("the") && actorNouns.contains(lemma(noun))) {
                found.add(new Named(sentence, i, i + 2, DEFINITE, tokens.get(i - 1).word() + " " + noun.word(),
                        lemma(noun)));
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
