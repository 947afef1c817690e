package org.ceasefirekg.extract;

/**
 * One sentence of an article.
 *
 * @param index 0-based position in the article
 * @param span  its text and offsets
 */
public record Sentence(int index, Span span) {}
