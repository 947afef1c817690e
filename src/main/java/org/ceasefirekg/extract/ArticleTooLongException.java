package org.ceasefirekg.extract;

import java.util.Locale;

/** An article with more tokens than one article may have; refused after tokenizing, before the costly annotators. */
public final class ArticleTooLongException extends RuntimeException {

    ArticleTooLongException(int tokens, int limit) {
        super(String.format(Locale.ROOT, "%,d tokens, over the %,d-token limit for one article (news articles have a"
                + " few thousand); split it into articles", tokens, limit));
    }
}
