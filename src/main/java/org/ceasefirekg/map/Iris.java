package org.ceasefirekg.map;

import java.text.Normalizer;
import java.util.Locale;
import org.ceasefirekg.lexicon.Vocab;

/** Mints the IRIs of the graph; equal keys give equal IRIs in every article and every build. */
public final class Iris {
    private Iris() {}

    /** Returns a lower-case, hyphenated ASCII slug of a name ("Deir ez-Zor" -> "deir-ez-zor"). */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /** Returns the IRI of an article. */
    public static String article(String articleId) {
        return Vocab.ID + "article/" + slug(articleId);
    }

    /**
     * Returns the name of the named graph that holds everything an article says. An article whose id slugs to the
     * name of a graph of the build ("builds", "ontology") gets "_article" appended, which no slug can contain, so it
     * never overwrites that graph.
     */
    public static String articleGraph(String articleId) {
        String name = Vocab.ID + "graph/" + slug(articleId);
        return name.equals(BUILDS_GRAPH) || name.equals(ONTOLOGY_GRAPH) ? name + "_article" : name;
    }

    /** The named graph of build activities (provenance), kept apart so article graphs stay reproducible. */
    public static final String BUILDS_GRAPH = Vocab.ID + "graph/builds";

    /** The named graph holding the ontology, CAMEO scheme, lexicon and gazetteer the build used. */
    public static final String ONTOLOGY_GRAPH = Vocab.ID + "graph/ontology";

    static String sentence(String articleId, int index) {
        return article(articleId) + "/sentence/" + index;
    }

    static String mention(String articleId, int begin) {
        return article(articleId) + "/mention/" + begin;
    }

    static String claim(String articleId, int n) {
        return Vocab.ID + "claim/" + slug(articleId) + "-" + n;
    }

    static String actor(String name) {
        return Vocab.ACTOR + slug(name);
    }

    static String place(String name) {
        return Vocab.PLACE + slug(name);
    }

    static String event(String kind, String key) {
        return Vocab.ID + kind + "/" + key;
    }

    /** Returns the IRI of one build activity. */
    public static String build(String startedAt) {
        return Vocab.ID + "build/" + slug(startedAt);
    }
}
