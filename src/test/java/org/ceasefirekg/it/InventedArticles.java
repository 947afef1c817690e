package org.ceasefirekg.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.ArticleExtractor;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.Lexicon;

/** Sentences written for a test, extracted as one article published on Tuesday 2016-10-04 by the real models. */
final class InventedArticles {
    /** The day the invented articles are written on: a Tuesday. */
    static final String DAY = "2016-10-04";
    private static ArticleExtractor extractor;

    private InventedArticles() {}

    /** Returns the frames, entities and quotes the pipeline extracts from the text. */
    static AnnotatedArticle extract(String text) {
        return extract(text, null, null);
    }

    /** Returns what the pipeline extracts from the text published under a headline by a publisher. */
    static synchronized AnnotatedArticle extract(String text, String title, String publisher) {
        if (extractor == null) {
            try {
                extractor = new ArticleExtractor(Lexicon.load(Main.projectPaths().ontology()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Article article = new Article("rules", "rules.txt", text, title, publisher, DAY, null);
        return extractor.extract(article, CoreNlpAnnotator.shared().annotate(text, DAY), DAY, false);
    }
}
