package org.ceasefirekg.spark;

import java.io.Serializable;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.ingest.InputArticle;

/**
 * An input article as the driver sends it to an executor: the fields of {@link InputArticle}, serializable.
 *
 * @param id        the article id
 * @param fileName  its file name or record id
 * @param text      its text
 * @param title     its headline, or null
 * @param publisher its publisher, or null
 * @param published its publication date, or null
 * @param url       its URL, or null
 * @param source    where it came from, for messages
 */
record ArticlePayload(String id, String fileName, String text, String title, String publisher, String published,
                      String url, String source) implements Serializable {

    /** Returns the payload of an input article read on the driver. */
    static ArticlePayload of(InputArticle input) {
        Article a = input.article();
        return new ArticlePayload(a.id(), a.fileName(), a.text(), a.title(), a.publisher(), a.published(), a.url(),
                input.source());
    }

    /** Returns the input article again, on the executor. */
    InputArticle input() {
        return new InputArticle(new Article(id, fileName, text, title, publisher, published, url), source);
    }
}
