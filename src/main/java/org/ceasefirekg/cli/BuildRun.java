package org.ceasefirekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import edu.stanford.nlp.pipeline.Annotation;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.AnnotationCache;
import org.ceasefirekg.extract.ArticleExtractor;
import org.ceasefirekg.extract.CoreNlpAnnotator;
import org.ceasefirekg.extract.ReferenceDates;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.ingest.InputProblem;
import org.ceasefirekg.ingest.InputScanner;
import org.ceasefirekg.ingest.RejectedInputException;
import org.ceasefirekg.ingest.TextFile;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.map.ArticleMapper;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.store.KgStore;

/**
 * One build: reads the inputs, annotates each article that changed, maps it and replaces its named graph in one
 * transaction. A bad file is reported by name and the rest of the batch still lands.
 */
public final class BuildRun {
    /** Version of this software, recorded with every build. */
    public static final String VERSION = "0.1.0";

    private final KgStore store;
    private final AnnotationCache cache;
    private final Lexicon lexicon;
    private final String pipelineVersion;
    private final PrintWriter out;
    private final PrintWriter err;

    private BuildRun(KgStore store, AnnotationCache cache, Lexicon lexicon, String pipelineVersion, PrintWriter out,
                     PrintWriter err) {
        this.store = store;
        this.cache = cache;
        this.lexicon = lexicon;
        this.pipelineVersion = pipelineVersion;
        this.out = out;
        this.err = err;
    }

    /**
     * Builds the inputs into the store.
     *
     * @param force re-annotate articles even when their text and the pipeline are unchanged
     * @return 0 when every input landed, 1 when some input failed
     */
    public static int run(KgStore store, List<Path> inputs, boolean force, PrintWriter out, PrintWriter err) {
        Path ontology = ProjectPaths.current().ontology();
        Lexicon lexicon;
        String version;
        try {
            lexicon = Lexicon.load(ontology);
            version = pipelineVersion(ontology);
        } catch (IOException | RuntimeException e) {
            err.println("cannot read the ontology in " + ontology + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        AnnotationCache cache = new AnnotationCache(AnnotationCache.besideStore(store.dir()));
        return new BuildRun(store, cache, lexicon, version, out, err).build(inputs, force);
    }

    private int build(List<Path> inputs, boolean force) {
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long t0 = System.nanoTime();
        InputScanner scan = InputScanner.scan(inputs);
        List<InputProblem> problems = new ArrayList<>(scan.problems());
        problems.forEach(p -> err.println("FAIL  " + p));
        ArticleExtractor extractor = new ArticleExtractor(lexicon);
        ArticleMapper mapper = new ArticleMapper(lexicon);
        List<String> generated = new ArrayList<>();
        int unchanged = 0;
        long triples = 0;
        for (TextFile file : scan.files()) {
            long a0 = System.nanoTime();
            try {
                Article article = file.load();
                Node graph = NodeFactory.createURI(Iris.articleGraph(article.id()));
                Node articleNode = NodeFactory.createURI(Iris.article(article.id()));
                if (!force && isCurrent(graph, articleNode, article)) {
                    unchanged++;
                    out.printf(Locale.ROOT, "same  %s (unchanged, skipped)%n", file.file().getFileName());
                    out.flush();
                    continue;
                }
                AnnotatedArticle annotated = annotate(article, extractor);
                int[] count = new int[1];
                store.replaceGraph(graph, sink -> {
                    count[0] = mapper.map(annotated, sink);
                    sink.triple(Triple.create(articleNode, NodeFactory.createURI(Vocab.cf("pipelineVersion")),
                            NodeFactory.createLiteralString(pipelineVersion)));
                });
                triples += count[0] + 1;
                generated.add(Iris.article(article.id()));
                out.printf(Locale.ROOT, "ok    %s  %d triples, %d frames (%.1f s)%n", file.file().getFileName(),
                        count[0] + 1, annotated.frames().size(), (System.nanoTime() - a0) / 1e9);
            } catch (RejectedInputException e) {
                problems.add(new InputProblem(file.file().toString(), e.getMessage()));
                err.println("FAIL  " + file.file() + ": " + e.getMessage());
            } catch (RuntimeException | OutOfMemoryError e) {
                problems.add(new InputProblem(file.file().toString(), e.toString()));
                err.println("FAIL  " + file.file() + ": could not be processed: " + e);
            }
            out.flush();
            err.flush();
        }
        if (!generated.isEmpty()) {
            recordBuild(started, generated);
        }
        loadOntology();
        out.printf(Locale.ROOT, "%d articles built, %d unchanged, %d failed; %d triples; %.1f s; store %s%n",
                generated.size(), unchanged, problems.size(), triples, (System.nanoTime() - t0) / 1e9, store.dir());
        out.flush();
        err.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    /** Keeps the ontology, CAMEO codes and gazetteer in the store, so queries can use labels and class hierarchy. */
    private void loadOntology() {
        try {
            var model = Lexicon.readOntology(ProjectPaths.current().ontology());
            store.replaceGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH),
                    sink -> model.getGraph().find().forEachRemaining(sink::triple));
        } catch (IOException e) {
            err.println("cannot load the ontology into the store: " + e.getMessage());
        }
    }

    private boolean isCurrent(Node graph, Node articleNode, Article article) {
        Optional<String> hash = store.literalValue(graph, articleNode, NodeFactory.createURI(Vocab.cf("contentHash")));
        Optional<String> version = store.literalValue(graph, articleNode,
                NodeFactory.createURI(Vocab.cf("pipelineVersion")));
        return hash.filter(article.contentHash()::equals).isPresent()
                && version.filter(pipelineVersion::equals).isPresent();
    }

    /** Annotates (or reads from the cache beside the store) and extracts one article, without writing anything. */
    static AnnotatedArticle extract(Article article, Path storeDir) throws IOException {
        Lexicon lexicon = Lexicon.load(ProjectPaths.current().ontology());
        BuildRun run = new BuildRun(null, new AnnotationCache(AnnotationCache.besideStore(storeDir)), lexicon, "", null, null);
        return run.annotate(article, new ArticleExtractor(lexicon));
    }

    private AnnotatedArticle annotate(Article article, ArticleExtractor extractor) {
        String given = article.published() == null ? null : article.published().substring(0, 10);
        Optional<String> inferred = given == null ? ReferenceDates.infer(article.text()) : Optional.empty();
        String date = given != null ? given : inferred.orElse(null);
        Annotation annotation = cache.get(article.text(), date).orElseGet(() -> {
            Annotation fresh = CoreNlpAnnotator.shared().annotate(article.text(), date);
            cache.put(article.text(), date, fresh);
            return fresh;
        });
        return extractor.extract(article, annotation, date, inferred.isPresent());
    }

    private void recordBuild(Instant started, List<String> generated) {
        String build = Iris.build(started.toString());
        Instant ended = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        store.addToGraph(NodeFactory.createURI(Iris.BUILDS_GRAPH), sink -> {
            emit(sink, build, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", iri(Vocab.cf("Build")));
            emit(sink, build, "http://www.w3.org/2000/01/rdf-schema#label", str("Build of " + started));
            emit(sink, build, Vocab.cf("startedAt"), NodeFactory.createLiteralDT(started.toString(), XSDDatatype.XSDdateTime));
            emit(sink, build, Vocab.cf("endedAt"), NodeFactory.createLiteralDT(ended.toString(), XSDDatatype.XSDdateTime));
            emit(sink, build, Vocab.cf("annotators"), str(CoreNlpAnnotator.ANNOTATORS));
            software(sink, build, "ceasefire-kg", VERSION + " (" + pipelineVersion + ")");
            software(sink, build, "Stanford CoreNLP", CoreNlpAnnotator.coreNlpVersion());
            software(sink, build, "Apache Jena", org.apache.jena.sys.JenaSystem.class.getPackage().getImplementationVersion());
            generated.forEach(a -> emit(sink, build, Vocab.cf("generated"), iri(a)));
        });
    }

    private static void software(StreamRDF sink, String build, String name, String version) {
        String iri = Vocab.ID + "software/" + Iris.slug(name);
        emit(sink, build, Vocab.cf("usedSoftware"), iri(iri));
        emit(sink, iri, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", iri(Vocab.cf("Software")));
        emit(sink, iri, "http://www.w3.org/2000/01/rdf-schema#label", str(name));
        if (version != null) {
            emit(sink, iri, Vocab.cf("version"), str(version));
        }
    }

    private static void emit(StreamRDF sink, String s, String p, Node o) {
        sink.triple(Triple.create(iri(s), iri(p), o));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** The pipeline's identity: this version and a digest of the ontology, lexicon and gazetteer it reads. */
    static String pipelineVersion(Path ontology) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (Stream<Path> files = Files.list(ontology)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                    digest.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(f));
                }
            }
            digest.update(CoreNlpAnnotator.ANNOTATORS.getBytes(StandardCharsets.UTF_8));
            return VERSION + "+" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
