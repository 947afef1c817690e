package org.ceasefirekg.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.AnnotationCache;
import org.ceasefirekg.extract.ArticleExtractor;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.extract.ReferenceDates;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.Lexicon;

/**
 * An article's extraction and whether CoreNLP had to annotate it.
 *
 * @param article   the extracted records
 * @param annotated true when CoreNLP ran, false when the annotation came from the cache
 */
public record Extraction(AnnotatedArticle article, boolean annotated) {

    /** Annotates (or reads from the cache beside the store) and extracts one article, without writing to the store. */
    public static AnnotatedArticle explain(Article article, Path ontology, Path storeDir) throws IOException {
        Lexicon lexicon = Lexicon.load(ontology);
        return of(article, new AnnotationCache(AnnotationCache.besideStore(storeDir)), new ArticleExtractor(lexicon),
                false, new StageClock(), ArticleBudget.unbounded()).article();
    }

    /**
     * Loads CoreNLP only when the cache lacks the article (or reannotate asks for a fresh annotation). The reference
     * date is the article's publication date, or else one inferred from its text; it is part of the cache key.
     */
    static Extraction of(Article article, AnnotationCache cache, ArticleExtractor extractor, boolean reannotate,
                         StageClock clock, ArticleBudget budget) {
        String given = article.published() == null ? null : article.published().substring(0, 10);
        Optional<String> inferred = given == null ? ReferenceDates.infer(article.text()) : Optional.empty();
        String date = given != null ? given : inferred.orElse(null);
        long t0 = System.nanoTime();
        var annotation = reannotate ? null : cache.get(article.text(), date).orElse(null);
        long t1 = System.nanoTime();
        clock.cache.add(t1 - t0);
        boolean annotated = annotation == null;
        if (annotated) {
            CoreNlpAnnotator annotator = budget.unbudgeted(CoreNlpAnnotator::shared);
            budget.enter(ArticleBudget.ANNOTATION);
            t1 = System.nanoTime();
            annotation = annotator.annotate(article.text(), date);
            long t2 = System.nanoTime();
            clock.annotate.add(t2 - t1);
            annotation = cache.put(article.text(), date, annotation);
            t1 = System.nanoTime();
            clock.cache.add(t1 - t2);
        }
        budget.enter(ArticleBudget.EXTRACTION);
        AnnotatedArticle extracted = extractor.extract(article, annotation, date, inferred.isPresent());
        clock.extract.add(System.nanoTime() - t1);
        return new Extraction(extracted, annotated);
    }
}
