package org.ceasefirekg.extract;

import java.util.List;

/**
 * What the extractor read in the article's wording besides frames, for the mapper to resolve: the phrases around
 * each ceasefire word, the aliases the article gives, where it writes "-led", its aid words and the states it is
 * about.
 *
 * @param ceasefireWords every ceasefire word of the lexicon written in the article, with the text around it
 * @param knownAs        the aliases the article gives ("the Harbour Guard, also known as the Grey Coats")
 * @param ledMarks       every "-led" written, as in "a Ruritania-led coalition": the name ending where it begins
 *                       leads a group
 * @param aidWords       every aid word of the lexicon written in the article ("convoy", "aid truck")
 * @param states         the gazetteer states the article is about, sorted: they scope its common-noun names
 *                       ("the rebels" names a state's rebels only in an article about that state)
 * @param capitalRuns    every run of two or more capitalised words, word by word, in the order written: where
 *                       "the Coalition" was first written in full ("the Syrian Coalition")
 */
public record ArticleWording(List<CeasefireWord> ceasefireWords, List<Alias> knownAs, List<Span> ledMarks,
                             List<Span> aidWords, List<String> states, List<List<Span>> capitalRuns) {

    /** A record read back from JSON written before runs were read (the mapper's fixtures) has none. */
    public ArticleWording {
        capitalRuns = capitalRuns == null ? List.of() : capitalRuns;
    }

    /**
     * A ceasefire word with the text around it, where the country it is about is usually written ("the Ruritania
     * truce", "a truce across Ruritania").
     *
     * @param before the 25 characters before the word
     * @param after  the 30 characters after it
     * @param object what follows the word's "in", "for", "across" or "throughout" (and an optional "the") to the
     *               end of {@code after}, or null when no such preposition follows
     */
    public record CeasefireWord(Span before, Span after, Span object) {}

    /**
     * "the Harbour Guard, also known as the Grey Coats": a name the article ties to another one itself.
     *
     * @param alias the name given first ("Harbour Guard")
     * @param name  the name it is known as ("Grey Coats")
     */
    public record Alias(Span alias, Span name) {}
}
