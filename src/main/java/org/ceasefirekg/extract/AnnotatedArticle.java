package org.ceasefirekg.extract;

import java.util.List;
import org.ceasefirekg.ingest.Article;

/**
 * What the extraction stage knows about one article; the mapper turns it into triples.
 *
 * @param article       the input
 * @param referenceDate the ISO date relative dates were resolved against, or null
 * @param dateInferred  true when referenceDate was read from the text rather than given
 * @param tokenCount    number of tokens
 * @param sentences     the sentences, in order
 * @param entities      named entities
 * @param quotes        quotations with their speakers
 * @param frames        events and claims found by the lexicon's triggers
 * @param wording       what the wording says besides frames (aliases, "-led", the text around ceasefire words)
 */
public record AnnotatedArticle(Article article, String referenceDate, boolean dateInferred, int tokenCount,
                               List<Sentence> sentences, List<EntityMention> entities, List<Quote> quotes,
                               List<Frame> frames, ArticleWording wording) {}
