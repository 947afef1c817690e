package org.ceasefirekg.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.ingest.InputArticle;
import org.ceasefirekg.ingest.InputProblem;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.store.KgStore;

/**
 * Decides, before any annotating, what becomes of an input article: skipped (current where the build writes, or
 * repeated in the input), refused (another text under a used id), or built. The thread build and the Spark build ask
 * the same questions, of a store or of a previous build's shard manifest.
 */
public final class Triage {
    /**
     * What the build's destination holds for an article.
     *
     * @param contentHash the stored article's {@link Article#contentHash()}
     * @param version     the pipeline version it was built with, or null
     */
    public record Stamp(String contentHash, String version) {}

    private static final Node CONTENT_HASH = NodeFactory.createURI(CF.contentHash);
    private static final Node PIPELINE_VERSION = NodeFactory.createURI(CF.pipelineVersion);

    private final Function<String, Optional<Stamp>> stored;
    private final String pipelineVersion;
    private final BuildConfig config;
    private final Map<String, String[]> seen = new HashMap<>();

    /** Triages against stored, which returns what the destination holds for an article id. */
    public Triage(Function<String, Optional<Stamp>> stored, String pipelineVersion, BuildConfig config) {
        this.stored = stored;
        this.pipelineVersion = pipelineVersion;
        this.config = config;
    }

    /** Returns the lookup of what a store holds for an article id. */
    public static Function<String, Optional<Stamp>> inStore(KgStore store) {
        return id -> {
            Node graph = NodeFactory.createURI(Iris.articleGraph(id));
            Node article = NodeFactory.createURI(Iris.article(id));
            return store.literalValue(graph, article, CONTENT_HASH)
                    .map(hash -> new Stamp(hash, store.literalValue(graph, article, PIPELINE_VERSION).orElse(null)));
        };
    }

    /** Returns the outcome of an article that needs no annotating, or null when it must be built. */
    public Outcome settle(InputArticle input) {
        Article article = input.article();
        String hash = article.contentHash();
        String[] first = seen.putIfAbsent(article.id(), new String[] {hash, input.source()});
        if (first != null) {
            return first[0].equals(hash)
                    ? new Outcome.Skipped(article.fileName(), "repeats " + first[1])
                    : new Outcome.Failed(new InputProblem(input.source(), "id '" + article.id() + "' is already used by "
                    + first[1] + " with another text or metadata; skipped (ids must be unique)"), true);
        }
        Optional<Stamp> stamp = stored.apply(article.id());
        if (stamp.isPresent() && !stamp.get().contentHash().equals(hash) && !config.replace()) {
            // Another text under the same id: a new article that collides, or an edit; either way not in silence.
            return new Outcome.Failed(new InputProblem(input.source(), "id '" + article.id() + "' is already in the"
                    + " store with another text or metadata; not replaced (--replace replaces it)"), true);
        }
        boolean current = stamp.isPresent() && stamp.get().contentHash().equals(hash)
                && pipelineVersion.equals(stamp.get().version());
        if (current && !config.reannotate() && !config.remap()) {
            return new Outcome.Skipped(article.fileName(), "unchanged");
        }
        // The same content under an older pipeline version is rebuilt: that replaces nothing the user gave.
        return null;
    }
}
