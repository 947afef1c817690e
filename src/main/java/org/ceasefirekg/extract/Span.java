package org.ceasefirekg.extract;

/**
 * A stretch of article text.
 *
 * @param begin character offset of the first character
 * @param end   character offset after the last character
 * @param text  the text itself
 */
public record Span(int begin, int end, String text) {}
