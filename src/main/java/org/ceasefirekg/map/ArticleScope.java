package org.ceasefirekg.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Sentence;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;

/**
 * One article being mapped: its records, the gazetteer as the article reads it, the sink, the entities resolved so far
 * and the names found in each sentence (looked up once).
 */
record ArticleScope(Lexicon lexicon, NameIndex names, AnnotatedArticle a, TripleWriter out, Entities entities,
                    String id, String articleIri, Map<Integer, List<NameIndex.Match>> sentenceNames) {

    /**
     * Starts mapping an article, with the gazetteer as the article reads: "rebels" names a state's rebels only in an
     * article about that state (the states the extractor found it about).
     */
    static ArticleScope of(Lexicon lexicon, NameIndex names, AnnotatedArticle a, TripleWriter out) {
        NameIndex about = names.about(java.util.Set.copyOf(a.wording().states()));
        Entities entities = new Entities(lexicon, about, a);
        String id = a.article().id();
        return new ArticleScope(lexicon, about, a, out, entities, id, Iris.article(id), new HashMap<>());
    }

    /** The gazetteer names a sentence holds, looked up once per sentence. */
    List<NameIndex.Match> namesIn(Sentence s) {
        return sentenceNames.computeIfAbsent(s.index(), i -> names.find(s.span().text()));
    }

    /** True for a frame of violence (not the ceasefire, not aid): an incident the resolve step groups into events. */
    boolean isIncident(Frame f) {
        String k = lexicon.eventClasses().get(f.concept());
        return k != null && !k.equals(CF.Ceasefire) && !k.equals(CF.AidDelivery);
    }

    /** A gazetteer place that can also act: a country. */
    boolean isCountry(String placeIri) {
        return lexicon.entries().containsKey(placeIri) && lexicon.entries().get(placeIri).isActor();
    }
}
