package org.ceasefirekg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.ceasefirekg.extract.AnnotationCache;
import org.ceasefirekg.extract.ArticleExtractor;
import org.ceasefirekg.extract.ArticleTooLongException;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.ingest.InputArticle;
import org.ceasefirekg.ingest.InputProblem;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.map.ArticleMapper;
import org.ceasefirekg.map.Iris;

/**
 * What one annotating thread owns: extractors and mappers are cheap, and this keeps them unshared. Turns one article
 * into its triples (annotated or from the cache, extracted, mapped, stamped with the pipeline version) without
 * touching the store.
 */
final class ArticleWorker {
    private final AnnotationCache cache;
    private final ArticleExtractor extractor;
    private final ArticleMapper mapper;
    private final String pipelineVersion;
    private final boolean reannotate;
    private final StageClock clock;

    ArticleWorker(Path storeDir, Lexicon lexicon, String pipelineVersion, boolean reannotate, StageClock clock) {
        this.cache = new AnnotationCache(AnnotationCache.besideStore(storeDir));
        this.extractor = new ArticleExtractor(lexicon);
        this.mapper = new ArticleMapper(lexicon);
        this.pipelineVersion = pipelineVersion;
        this.reannotate = reannotate;
        this.clock = clock;
    }

    /** Returns the article's triples, or its failure; never throws for a bad article. */
    Outcome process(InputArticle input) {
        long t0 = System.nanoTime();
        try {
            Article article = input.article();
            Extraction x = Extraction.of(article, cache, extractor, reannotate, clock);
            long m0 = System.nanoTime();
            List<Triple> triples = new ArrayList<>();
            mapper.map(x.article(), new StreamRDFBase() {
                @Override
                public void triple(Triple triple) {
                    triples.add(triple);
                }
            });
            triples.add(Triple.create(NodeFactory.createURI(Iris.article(article.id())),
                    NodeFactory.createURI(CF.pipelineVersion),
                    NodeFactory.createLiteralString(pipelineVersion)));
            clock.map.add(System.nanoTime() - m0);
            return new Outcome.Built(input, triples, x.article().frames().size(), x.article().tokenCount(),
                    x.annotated(), (System.nanoTime() - t0) / 1e9);
        } catch (ArticleTooLongException e) {
            return new Outcome.Failed(new InputProblem(input.source(), e.getMessage()), true);
        } catch (RuntimeException | Error e) { // any error is this article's: a dead worker would stall the build
            return new Outcome.Failed(new InputProblem(input.source(), "could not be processed: " + e), true);
        }
    }
}
