package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.AntecedentCandidates.DEFINITE;
import static org.ceasefirekg.extract.AntecedentCandidates.GROUP_TYPES;
import static org.ceasefirekg.extract.AntecedentCandidates.PERSON_TYPES;
import static org.ceasefirekg.extract.AntecedentCandidates.PHRASE;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.IntPair;
import edu.stanford.nlp.util.IntTuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ceasefirekg.extract.AntecedentCandidates.Named;

/**
 * A light coreference resolver for the few slots extraction reads through coreference: a pronoun, or "the group"-like
 * phrase, standing for a named person or organization a few sentences back. It links each to the nearest earlier
 * named entity of a fitting kind, from tokens, POS and NER alone (no parse), and writes CoreNLP's own
 * {@link CorefCoreAnnotations.CorefChainAnnotation}, so extraction and quote attribution read it as they read
 * CoreNLP's coreference. It replaces the neural resolver, which cost over half of the annotation time.
 */
final class NearbyAntecedents {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its");
    private static final Set<String> PLURAL_TYPES = Set.of("ORGANIZATION", "COUNTRY", PHRASE);
    /** Plural nouns for the sides of a war, which "they" stands for more often than an organization. */
    private static final Set<String> ACTOR_PLURALS = Set.of("group", "rebel", "force", "leader", "militant", "troop",
            "fighter", "terrorist", "soldier", "jihadist", "insurgent", "side", "party", "militia", "faction",
            "opposition", "government", "official", "separatist", "authority", "observer", "monitor", "combatant",
            "guerrilla", "commander");
    /** Nouns that stand for an organization named before without repeating any of its words. */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "organization", "organisation", "movement",
            "militia", "faction", "coalition", "alliance", "agency", "body", "council");
    /** Singular nouns for a body that "it" stands for. */
    private static final Set<String> BODIES = Set.of("regime", "government", "army", "military", "ministry",
            "group", "organization", "movement", "militia", "coalition", "alliance", "agency", "council");
    /**
     * The common nouns that, definite and standing alone ("the group", "the officials", "the leaders"), may stand for
     * an actor named before. Others ("the strikes", "the area") are left alone: an event or a place is not resolved
     * here, and linking them merged different strikes.
     */
    private static final Set<String> ACTOR_NOUNS = union(ACTOR_PLURALS, GROUP_NOUNS, BODIES,
            Set.of("leader", "minister", "spokesman", "spokeswoman", "ministry", "country", "state", "mission",
                    "police"));
    /** How far back a pronoun looks: news names its subject again within a few sentences. */
    private static final int PRONOUN_REACH = 3;
    private static final int NOUN_REACH = 5;

    private NearbyAntecedents() {}

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    /** Sets the document's coreference chains from the nearest fitting earlier names. */
    static void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Named> names = new ArrayList<>();
        Map<Named, List<int[]>> anaphors = new LinkedHashMap<>();
        Set<Long> quoted = quotedTokens(sentences);
        int[] floor = pronounFloor(sentences, quoted);
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            int firstName = names.size();
            names.addAll(AntecedentCandidates.of(s, tokens, ACTOR_NOUNS));
            names.sort(java.util.Comparator.comparingInt(Named::sentence).thenComparingInt(Named::begin));
            for (int i = 0; i < tokens.size(); i++) {
                Named antecedent = antecedent(s, i + 1, tokens, names, quoted, floor[s]);
                if (antecedent != null) {
                    anaphors.computeIfAbsent(representative(antecedent, names), k -> new ArrayList<>())
                            .add(new int[] {s, i + 1});
                }
            }
        }
        Map<Integer, CorefChain> chains = new HashMap<>();
        int id = 1;
        for (Map.Entry<Named, List<int[]>> chain : anaphors.entrySet()) {
            chains.put(id, chain(id, chain.getKey(), chain.getValue(), sentences));
            id++;
        }
        annotation.set(CorefCoreAnnotations.CorefChainAnnotation.class, chains);
        setCanonicalNames(annotation);
    }

    /**
     * As CoreNLP's coreference does, points each person's entity mention at its fullest form in the document ("Kerry"
     * at "John Kerry"): quote attribution names speakers by it.
     */
    private static void setCanonicalNames(Annotation annotation) {
        List<CoreMap> mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return;
        }
        for (CoreMap m : mentions) {
            CoreMap best = m;
            for (CoreMap c : mentions) {
                if (samePerson(m, c) && c.get(CoreAnnotations.TextAnnotation.class).length()
                        > best.get(CoreAnnotations.TextAnnotation.class).length()) {
                    best = c;
                }
            }
            if (best.containsKey(CoreAnnotations.EntityMentionIndexAnnotation.class)) {
                m.set(CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class,
                        best.get(CoreAnnotations.EntityMentionIndexAnnotation.class));
            }
        }
    }

    private static boolean samePerson(CoreMap a, CoreMap b) {
        String type = a.get(CoreAnnotations.EntityTypeAnnotation.class);
        if (!"PERSON".equals(type) || !type.equals(b.get(CoreAnnotations.EntityTypeAnnotation.class))) {
            return false;
        }
        String[] x = a.get(CoreAnnotations.TextAnnotation.class).split(" ");
        String[] y = b.get(CoreAnnotations.TextAnnotation.class).split(" ");
        return x[x.length - 1].equalsIgnoreCase(y[y.length - 1]);
    }

    /** Returns the name token index (1-based) of this sentence refers back to, or null. */
    private static Named antecedent(int sentence, int index, List<CoreLabel> tokens, List<Named> names,
                                    Set<Long> quoted, int floor) {
        CoreLabel t = tokens.get(index - 1);
        String word = t.word().toLowerCase(Locale.ROOT);
        String tag = t.tag() == null ? "" : t.tag();
        if (tag.startsWith("PRP")) {
            if (PERSON_PRONOUNS.contains(word)) {
                return salient(names, sentence, index, PERSON_TYPES, quoted, floor);
            }
            if (PLURAL_PRONOUNS.contains(word)) {
                return nearestOutsideQuotes(names, sentence, index, quoted, ACTOR_PLURALS, floor);
            }
            // "It adds that ...": a body ("the Assad regime") named as a phrase counts as much as a named one.
            return GROUP_PRONOUNS.contains(word) ? nearestOutsideQuotes(names, sentence, index, quoted, BODIES, floor)
                    : null;
        }
        boolean common = tag.startsWith("NN") && !tag.startsWith("NNP");
        boolean definite = index >= 2 && tokens.get(index - 2).word().equalsIgnoreCase("the");
        boolean head = index == tokens.size() || !tokens.get(index).tag().startsWith("NN");
        String lemma = t.lemma() == null ? word : t.lemma().toLowerCase(Locale.ROOT);
        if (common && definite && head && "TITLE".equals(t.ner())) {
            // "the governor said": the person last named with that title ("Governor Jane Doe")
            return titled(names, sentence, index, lemma);
        }
        if (!common || !definite || !head || !ACTOR_NOUNS.contains(lemma)) {
            return null;
        }
        // "the ministry" is the Defence Ministry named before; "the group", any organization named just before.
        Named named = nearest(names, sentence, index, NOUN_REACH, PLURAL_TYPES, lemma);
        if (named == null && GROUP_NOUNS.contains(lemma)) {
            named = nearest(names, sentence, index, PRONOUN_REACH, Set.of("ORGANIZATION"), null);
        } else if (named == null && lemma.equals("country")) {
            named = nearest(names, sentence, index, PRONOUN_REACH, Set.of("COUNTRY"), null);
        }
        return named;
    }

    /**
     * The nearest organization, country or phrase headed by one of heads before the token, skipping what is quoted
     * unless the pronoun is quoted too.
     */
    private static Named nearestOutsideQuotes(List<Named> names, int sentence, int index, Set<Long> quoted,
                                              Set<String> heads, int floor) {
        boolean inQuote = quoted.contains(key(sentence, index));
        for (int n = names.size() - 1; n >= 0; n--) {
            Named c = names.get(n);
            if (c.sentence() < floor) {
                return null;
            }
            boolean before = c.sentence() < sentence || c.end() <= index;
            // a lone "the militia" only within the pronoun's own sentence ("the militia said it agreed"): further back,
            // a name or a modified phrase is the safer antecedent
            boolean fits = GROUP_TYPES.contains(c.type()) || (c.type().equals(PHRASE)
                    || c.type().equals(DEFINITE) && c.sentence() == sentence) && heads.contains(c.head());
            if (before && fits && (inQuote || !quoted.contains(key(c.sentence(), c.begin())))) {
                return c;
            }
        }
        return null;
    }

    /** The nearest person before the token, up to {@link #NOUN_REACH} sentences back, named with the given title. */
    private static Named titled(List<Named> names, int sentence, int index, String title) {
        for (int n = names.size() - 1; n >= 0; n--) {
            Named c = names.get(n);
            if (c.sentence() < sentence - NOUN_REACH) {
                return null;
            }
            if ((c.sentence() < sentence || c.end() <= index) && c.titles().contains(title)) {
                return c;
            }
        }
        return null;
    }

    /** The nearest name before the token (same sentence first), of one of the types, containing word if given. */
    private static Named nearest(List<Named> names, int sentence, int index, int reach, Set<String> types,
                                 String word) {
        for (int n = names.size() - 1; n >= 0; n--) {
            Named c = names.get(n);
            if (c.sentence() < sentence - reach) {
                return null;
            }
            boolean before = c.sentence() < sentence || c.end() <= index;
            boolean fits = types.contains(c.type()) && (word == null || c.head().equals(word)
                    || !c.type().equals(PHRASE)
                    && (" " + c.text().toLowerCase(Locale.ROOT) + " ").contains(" " + word + " "));
            if (before && fits) {
                return c;
            }
        }
        return null;
    }

    /**
     * "He" after a sentence that names two people is its first, usually its subject ("John Kirby noted the Assad
     * regime's comment. He said ..."); within the pronoun's own sentence, the nearest before it.
     */
    private static Named salient(List<Named> names, int sentence, int index, Set<String> types, Set<Long> quoted,
                                 int floor) {
        boolean inQuote = quoted.contains(key(sentence, index));
        Named found = null;
        for (int n = names.size() - 1; n >= 0; n--) {
            Named c = names.get(n);
            if (c.sentence() < floor || found != null && c.sentence() < found.sentence()) {
                break;
            }
            // '"Assad must go," he said': outside a quote, a name inside one is not who "he" is.
            if (!types.contains(c.type()) || c.sentence() == sentence && c.end() > index
                    || !inQuote && quoted.contains(key(c.sentence(), c.begin()))) {
                continue;
            }
            if (c.sentence() == sentence) {
                return c;
            }
            found = c;
        }
        return found;
    }

    /**
     * For each sentence, the first one a pronoun in it may reach back to: {@link #PRONOUN_REACH} sentences, not
     * counting those wholly inside a quotation (a speaker's "he said" after a quote of four sentences).
     */
    private static int[] pronounFloor(List<CoreMap> sentences, Set<Long> quoted) {
        boolean[] inQuote = new boolean[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            boolean all = true;
            for (int i = 0; i < tokens.size() && all; i++) {
                all = quoted.contains(key(s, i + 1)) || !Character.isLetterOrDigit(tokens.get(i).word().charAt(0));
            }
            inQuote[s] = all;
        }
        int[] floor = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            int back = s;
            for (int counted = 0; back > 0 && counted < PRONOUN_REACH; back--) {
                counted += inQuote[back - 1] ? 0 : 1;
            }
            floor[s] = back;
        }
        return floor;
    }

    private static long key(int sentence, int index) {
        return ((long) sentence << 20) | index;
    }

    /** The tokens between quotation marks, which may run over several sentences. */
    private static Set<Long> quotedTokens(List<CoreMap> sentences) {
        Set<Long> quoted = new HashSet<>();
        boolean open = false;
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                String w = tokens.get(i).word();
                if (w.equals("``") || w.equals("\u201C")) {
                    open = true;
                } else if (w.equals("''") || w.equals("\u201D")) {
                    open = false;
                } else if (w.equals("\"")) {
                    open = !open;
                } else if (open) {
                    quoted.add(key(s, i + 1));
                }
            }
        }
        return quoted;
    }

    /** "Kerry" stands for "John Kerry" named earlier: the longest earlier name of the same kind ending alike. */
    private static Named representative(Named name, List<Named> names) {
        Named best = name;
        if (name.type().equals(PHRASE) || name.type().equals(DEFINITE)) {
            // "US officials" and "Syrian officials" end alike and are different people
            return best;
        }
        for (Named c : names) {
            if (c.sentence() > name.sentence() || c.sentence() == name.sentence() && c.begin() >= name.begin()) {
                break;
            }
            if (c.type().equals(name.type()) && c.last().equals(name.last())
                    && c.text().length() > best.text().length()) {
                best = c;
            }
        }
        return best;
    }

    private static CorefChain chain(int id, Named rep, List<int[]> anaphors, List<CoreMap> sentences) {
        Map<IntPair, Set<CorefChain.CorefMention>> mentions = new HashMap<>();
        CorefChain.CorefMention representative = mention(id, 0, rep.sentence(), rep.begin(), rep.end(), rep.end() - 1,
                Dictionaries.MentionType.PROPER, rep.text());
        mentions.computeIfAbsent(new IntPair(rep.sentence() + 1, rep.end() - 1), k -> new HashSet<>())
                .add(representative);
        int m = 1;
        for (int[] a : anaphors) {
            String word = sentences.get(a[0]).get(CoreAnnotations.TokensAnnotation.class).get(a[1] - 1).word();
            CorefChain.CorefMention anaphor = mention(id, m++, a[0], a[1], a[1] + 1, a[1],
                    Dictionaries.MentionType.PRONOMINAL, word);
            mentions.computeIfAbsent(new IntPair(a[0] + 1, a[1]), k -> new HashSet<>()).add(anaphor);
        }
        return new CorefChain(id, mentions, representative);
    }

    private static CorefChain.CorefMention mention(int chain, int id, int sentence, int begin, int end, int head,
                                                   Dictionaries.MentionType type, String text) {
        return new CorefChain.CorefMention(type, Dictionaries.Number.UNKNOWN, Dictionaries.Gender.UNKNOWN,
                Dictionaries.Animacy.UNKNOWN, begin, end, head, chain, chain * 10_000 + id, sentence + 1,
                new IntTuple(new int[] {sentence + 1, id}), text);
    }
}
