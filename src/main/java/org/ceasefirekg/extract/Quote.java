package org.ceasefirekg.extract;

/**
 * Quoted words and who said them.
 *
 * @param sentence index of the sentence the quote starts in
 * @param span     the quoted words, without the quotation marks
 * @param speaker  who said them (resolved through coreference where the text uses a pronoun), or null
 */
public record Quote(int sentence, Span span, Span speaker) {}
