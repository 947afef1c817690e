package org.ceasefirekg.extract;

/**
 * One participant or circumstance of a frame.
 *
 * @param role       what it is to the frame (see {@link Frame} role constants)
 * @param span       the words (a pronoun is replaced by the phrase it refers to)
 * @param type       CoreNLP's entity type of the phrase's head, or null
 * @param normalized a normalized value: ISO date/time for TIME, a number for COUNT (">=62.0"), else null
 */
public record Argument(String role, Span span, String type, String normalized) {}
