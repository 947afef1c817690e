package org.ceasefirekg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.ceasefirekg.cli.CliRun;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.map.ArticleMapper;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build and serve do without CoreNLP: the store is filled the way a build leaves it (a recorded extraction
 * through the real mapper into real TDB2), so no models are needed, and the tests prove none were loaded.
 */
class BuildRunTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    /** The recorded extraction of fixtures/shelling.txt, as if the given article had been built. */
    static void prefill(Path storeDir, Article article) throws IOException {
        AnnotatedArticle recorded = new ObjectMapper().readValue(FIXTURES.resolve("shelling.json").toFile(),
                AnnotatedArticle.class);
        AnnotatedArticle built = new AnnotatedArticle(article, recorded.referenceDate(), recorded.dateInferred(),
                recorded.tokenCount(), recorded.sentences(), recorded.entities(), recorded.quotes(), recorded.frames(), recorded.wording());
        Path ontology = Main.projectPaths().ontology();
        String version = PipelineVersion.of(ontology);
        ArticleMapper mapper = new ArticleMapper(Lexicon.load(ontology));
        try (KgStore store = KgStore.open(storeDir)) {
            store.replaceGraph(NodeFactory.createURI(Iris.articleGraph(article.id())), sink -> {
                mapper.map(built, sink);
                sink.triple(Triple.create(NodeFactory.createURI(Iris.article(article.id())),
                        NodeFactory.createURI(Vocab.cf("pipelineVersion")), NodeFactory.createLiteralString(version)));
            });
        }
    }

    static String shellingText() throws IOException {
        return Files.readString(FIXTURES.resolve("shelling.txt"));
    }

    @Test
    void anUnchangedArticleIsSkippedWithoutLoadingCoreNlp(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("shelling.txt"), shellingText());
        Files.writeString(in.resolve("manifest.csv"), "file,published\nshelling.txt,2017-01-03\n");
        Article article = new Article("shelling", "shelling.txt", shellingText(), null, null, "2017-01-03", null);
        prefill(dir.resolve("store"), article);
        long before;
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            before = store.graphSize(NodeFactory.createURI(Iris.articleGraph("shelling")));
        }
        int loads = CoreNlpAnnotator.loads();

        CliRun run = CliRun.kg("build", "--store", dir.resolve("store").toString(), in.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("same  shelling.txt (unchanged, skipped)"), run.out());
        assertTrue(run.out().contains("0 articles built, 1 unchanged, 0 failed"), run.out());
        assertEquals(loads, CoreNlpAnnotator.loads(), "CoreNLP was loaded");
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            assertTrue(before > 20, "the prefilled graph holds the mapped article");
            assertEquals(before, store.graphSize(NodeFactory.createURI(Iris.articleGraph("shelling"))));
        }
    }

    @Test
    void repeatedRecordsAndReusedIdsAreReportedWithoutLoadingCoreNlp(@TempDir Path dir) throws IOException {
        Article article = new Article("shelling", "shelling", shellingText(), null, null, "2017-01-03", null);
        prefill(dir.resolve("store"), article);
        ObjectMapper json = new ObjectMapper();
        String line = json.writeValueAsString(java.util.Map.of("id", "shelling", "text", shellingText(),
                "published", "2017-01-03"));
        Path file = dir.resolve("news.jsonl");
        Files.writeString(file, line + "\n" + line + "\n{\"id\": \"shelling\", \"text\": \"Another text.\"}\n"
                + "not json\n");
        int loads = CoreNlpAnnotator.loads();

        CliRun run = CliRun.kg("build", "--store", dir.resolve("store").toString(), "--threads", "2", file.toString());

        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("same  shelling (unchanged, skipped)"), run.out());
        assertTrue(run.out().contains("same  shelling (repeats " + file + " line 1, skipped)"), run.out());
        assertTrue(run.err().contains("FAIL  " + file + " line 3: id 'shelling' is already used by " + file
                + " line 1"), run.err());
        assertTrue(run.err().contains("FAIL  " + file + " line 4: not JSON"), run.err());
        assertTrue(run.out().contains("0 articles built, 2 unchanged, 2 failed"), run.out());
        assertEquals(loads, CoreNlpAnnotator.loads(), "CoreNLP was loaded");
    }

    @Test
    void aCsvWithoutTheMappedColumnsIsRejectedClearlyWithoutLoadingCoreNlp(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corpus.csv");
        Files.writeString(file, "unit_id,article_title,article_content\n1,Title,Text.\n");
        int loads = CoreNlpAnnotator.loads();

        CliRun run = CliRun.kg("build", "--store", dir.resolve("store").toString(), file.toString());

        assertEquals(1, run.code());
        assertTrue(run.err().contains("FAIL  " + file + ": no column 'id' for the article id (name it with"
                + " --csv-id); no column 'text' for the article text (name it with --csv-text)"), run.err());
        assertTrue(run.err().contains("(the header has: unit_id, article_title, article_content)"), run.err());
        assertEquals(loads, CoreNlpAnnotator.loads());
    }

    @Test
    void contradictoryOrMalformedOptionsAreUsageErrors(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.jsonl"), "");
        String store = dir.resolve("store").toString();
        CliRun both = CliRun.kg("build", "--store", store, "--force", "--remap", file.toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--force and --remap"), both.err());
        assertEquals(2, CliRun.kg("build", "--store", store, "--threads", "-1", file.toString()).code());
        CliRun pattern = CliRun.kg("build", "--store", store, "--csv-date-format", "M/d/yyyy{", file.toString());
        assertEquals(2, pattern.code());
        assertTrue(pattern.err().contains("--csv-date-format"), pattern.err());
        assertEquals(2, CliRun.kg("build", "--store", store, "--encoding", "NO-SUCH-CHARSET", file.toString()).code());
    }

    @Test
    void aBuiltStoreIsServedWithoutLoadingCoreNlp(@TempDir Path dir) throws Exception {
        prefill(dir.resolve("store"), new Article("shelling", "shelling.txt", shellingText(), null, null,
                "2017-01-03", null));
        int loads = CoreNlpAnnotator.loads();
        CliRun.Running serving = CliRun.start("serve", "--store", dir.resolve("store").toString(), "--port", "0");
        StringWriter out = serving.out();
        try {
            String url = null;
            for (int i = 0; i < 300 && url == null; i++) {
                Matcher m = Pattern.compile("Serving SPARQL at (\\S+)").matcher(out.toString());
                url = m.find() ? m.group(1) : null;
                Thread.sleep(100);
            }
            assertTrue(url != null, "serve never said it was serving: " + out);
            String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s <" + Vocab.cf("contentHash") + "> ?h }";
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query,
                            StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode());
            assertEquals("n\r\n1\r\n", answer.body());
            assertEquals(loads, CoreNlpAnnotator.loads(), "serve loaded CoreNLP");
            assertTrue(!out.toString().contains("building it from"), out.toString());
        } finally {
            // The serve command has no stop handle: it blocks in join() until the JVM's shutdown hook stops it.
            serving.thread().interrupt();
        }
    }
}
