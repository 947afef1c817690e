package org.ceasefirekg.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Sentence;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.CF;

/**
 * The two sides of an article told by anaphor or by kind: "the two sides", "both parties", "the warring parties" after
 * a sentence that names two sides joined by "and" ("talks between the government of A and the B Front"), and a kind
 * noun ("government forces", "the army") that accuses "each other" together with one of those two named sides.
 */
final class TwoSides {
    /** "the two sides", "both parties", "the warring factions", "the two warring camps": the sides, not one of them. */
    private static final Pattern BOTH = Pattern.compile("(?i)(?:the\\s+)?(?:(?:two|both)\\s+(?:warring\\s+)?"
            + "|warring\\s+)(?:sides|parties|camps|factions)");
    /** "government forces", "the army", "Korvan troops": the state's armed forces, named by kind, not by name. */
    private static final Pattern KIND = Pattern.compile("(?i)(?:the\\s+)?"
            + "((?!(?:government|regime|state|security|army|military)\\b)\\p{Lu}[\\p{L}-]*\\s+)?(?:(?:government|"
            + "regime|state|security|army|military)\\s+)?(?:forces|troops|army|military|soldiers|regime)");
    /**
     * Two capitalised names joined by "and" ("the government of A and the B Front", "the A government and the B
     * Alliance", "the Korvan army and the B Front"); each may carry one kind word after it.
     */
    private static final String NAME = "(?:\\p{Lu}[\\p{L}'-]*\\s+(?:of\\s+(?:the\\s+)?)?)*\\p{Lu}[\\p{L}'-]*";
    private static final String KIND_WORD = "(?:\\s+(?:government|authorities|army|military|forces|troops))?";
    private static final Pattern PAIR = Pattern.compile("(" + NAME + KIND_WORD + ")\\s*,?"
            + "\\s+and\\s+(?:the\\s+)?(" + NAME + KIND_WORD + ")");

    /** Names after "by" or "auspices of" are who brokered or hosted, not who fought. */
    private static final Pattern MEDIATED = Pattern.compile("(?i)\\b(?:by|auspices\\s+of|help\\s+of|mediation\\s+of)"
            + "\\s+(?:the\\s+)?$");

    /**
     * How many sentences back "the two sides" looks, within its paragraph or the one before: a text of one long
     * paragraph names other pairs ("Washington and Moscow") far from the sides meant.
     */
    private static final int REACH = 3;

    private final AnnotatedArticle a;
    private final Entities entities;
    private final String text;

    TwoSides(AnnotatedArticle a, Entities entities) {
        this.a = a;
        this.entities = entities;
        this.text = a.article().text();
    }

    /**
     * Returns the two sides "the two sides" (or the like) stands for: the one pair of sides named in the few sentences
     * before it in its paragraph, or else at the end of the paragraph before; empty for any other phrase, or none or
     * several pairs.
     */
    List<String> meant(Span phrase) {
        if (!BOTH.matcher(phrase.text().strip()).matches()) {
            return List.of();
        }
        int s = sentenceAt(phrase.begin());
        if (s < 0) {
            return List.of();
        }
        List<Sentence> sentences = a.sentences();
        int from = s;
        while (from > 0 && !paragraphBreak(from) && from > s - REACH) {
            from--;
        }
        Optional<List<String>> own = onePair(from, s, phrase.begin());
        if (own.isPresent() || from == 0 || !paragraphBreak(from)) {
            return own.orElse(List.of());
        }
        int lead = from - 1;
        while (lead > 0 && !paragraphBreak(lead) && lead > from - REACH) {
            lead--;
        }
        Optional<List<String>> before = onePair(lead, from, sentences.get(from).span().begin());
        int searched = lead;
        return before.or(() -> lead(searched)).orElse(List.of());
    }

    /**
     * The pair the lead names, the paragraph after a headline ("Talks between A and B ended ..."), when it comes
     * before the paragraph already searched.
     */
    private Optional<List<String>> lead(int searched) {
        int end = 2;
        if (a.sentences().size() < 3 || !paragraphBreak(1)) {
            return Optional.empty();
        }
        while (end < a.sentences().size() && !paragraphBreak(end)) {
            end++;
        }
        return end > searched ? Optional.empty()
                : onePair(1, end - 1, a.sentences().get(end - 1).span().end());
    }

    /**
     * "Government forces and the Front accused each other": the side a kind noun stands for, when the article named
     * one pair of sides before, one of them accuses with it and the kind noun's own adjective names neither.
     */
    Optional<String> kindBeside(Span kind, String other) {
        Matcher m = KIND.matcher(kind.text().strip());
        int s = sentenceAt(kind.begin());
        if (!m.matches() || s < 0) {
            return Optional.empty();
        }
        Optional<List<String>> pair = onePair(0, s, kind.begin());
        if (pair.isEmpty() || !pair.get().contains(other)) {
            return Optional.empty();
        }
        String side = pair.get().get(0).equals(other) ? pair.get().get(1) : pair.get().get(0);
        // "Varnian forces" beside the Free Varnian Front: the adjective may name the other side, not this one
        String adjective = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(java.util.Locale.ROOT);
        boolean stateLike = adjective.isEmpty() || side.toLowerCase(java.util.Locale.ROOT)
                .contains(adjective.replaceFirst("(?:ian|ese|ish|an|i)$", ""));
        return stateLike ? Optional.of(side) : Optional.empty();
    }

    /** The one pair of distinct sides joined by "and" in sentences [from, to), before the given offset. */
    private Optional<List<String>> onePair(int from, int to, int before) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (int i = from; i < to || i == to && i < a.sentences().size(); i++) {
            Span span = a.sentences().get(i).span();
            Matcher m = PAIR.matcher(span.text());
            while (m.find()) {
                if (span.begin() + m.end() > before) {
                    break;
                }
                if (MEDIATED.matcher(span.text().substring(0, m.start(1))).find()) {
                    continue; // "hosted by Ghana and Norway": the mediators, not the sides
                }
                Optional<String> x = side(at(span, m.start(1), m.end(1)));
                Optional<String> y = side(at(span, m.start(2), m.end(2)));
                if (x.isPresent() && y.isPresent() && !x.get().equals(y.get())) {
                    pairs.add(List.of(x.get(), y.get()));
                }
            }
        }
        Set<Set<String>> distinct = new LinkedHashSet<>();
        pairs.forEach(p -> distinct.add(Set.copyOf(p)));
        return distinct.size() == 1 ? Optional.of(new ArrayList<>(pairs.iterator().next())) : Optional.empty();
    }

    /** The name with a "the" written before it, which the tagger often counts in the name. */
    private Span at(Span sentence, int b, int e) {
        int from = sentence.text().substring(0, b).matches("(?s).*\\b[Tt]he\\s+$")
                ? sentence.text().substring(0, b).replaceFirst("[Tt]he\\s+$", "").length() : b;
        return new Span(sentence.begin() + from, sentence.begin() + e, sentence.text().substring(from, e));
    }

    /**
     * The actor a name joined to another by "and" stands for: a known or tagged actor, or else a country or a body
     * the gazetteer lacks, named as one ("the Free Tesk Front"): a side is a state or a body.
     */
    private Optional<String> side(Span name) {
        Optional<String> known = entities.actor(name);
        if (known.isPresent()) {
            return known;
        }
        String bare = name.text().replaceFirst("^(?i)the\\s+", "");
        boolean country = a.entities().stream().anyMatch(e -> e.type().equals("COUNTRY")
                && e.span().begin() >= name.begin() && e.span().end() == name.end());
        // "the Republic of Korva", which the tagger reads as a location: the state named so
        country |= bare.matches("(?:Republic|Kingdom|State|Federation|Emirate) of \\p{Lu}[\\p{L}'-]*");
        return country || BODY_NAME.matcher(bare).matches()
                ? Optional.of(entities.minted(bare.replaceFirst("^.* of ", ""), CF.Organization)) : Optional.empty();
    }

    /** A body's name the tagger may miss: capitalised words ending in a word such bodies are named with. */
    private static final Pattern BODY_NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}'-]*\\s+)+(?:Front|Army|Movement|"
            + "Alliance|Party|Council|Union|Forces|Brigades?|Congress|Coalition|Militia|Guard)");

    /** True when a blank line or a line break parts the sentence from the one before it. */
    private boolean paragraphBreak(int s) {
        return text.substring(a.sentences().get(s - 1).span().end(), a.sentences().get(s).span().begin())
                .contains("\n");
    }

    private int sentenceAt(int offset) {
        for (Sentence s : a.sentences()) {
            if (s.span().begin() <= offset && offset < s.span().end()) {
                return s.index();
            }
        }
        return -1;
    }
}
