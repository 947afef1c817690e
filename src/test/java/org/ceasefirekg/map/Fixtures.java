package org.ceasefirekg.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.ArticleExtractor;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.Lexicon;

/**
 * Recorded extraction fixtures: what the extract stage produced for a small text, as JSON, so mapper tests need no
 * models. Re-record with {@code main(text, date, json)} after a change to the extract stage, then review the diff.
 */
public final class Fixtures {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Fixtures() {}

    /** Reads a recorded article. */
    static AnnotatedArticle read(Path json) throws IOException {
        return JSON.readValue(json.toFile(), AnnotatedArticle.class);
    }

    /** Records fixtures: args are triples TEXT_FILE ISO_DATE JSON_FILE; runs the real CoreNLP pipeline and extractor. */
    public static void main(String[] args) throws IOException {
        for (int i = 0; i + 2 < args.length; i += 3) {
            record(Path.of(args[i]), args[i + 1], Path.of(args[i + 2]));
        }
    }

    private static void record(Path text, String date, Path out) throws IOException {
        Lexicon lexicon = Lexicon.load(Path.of("ontology"));
        String id = text.getFileName().toString().replaceFirst("\\.txt$", "");
        Article article = new Article(id, text.getFileName().toString(), Files.readString(text), null, null, date, null);
        var annotation = CoreNlpAnnotator.shared().annotate(article.text(), date);
        AnnotatedArticle annotated = new ArticleExtractor(lexicon).extract(article, annotation, date, false);
        JSON.writeValue(out.toFile(), annotated);
    }
}
