package org.ceasefirekg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.pipeline.Outcome;
import org.ceasefirekg.store.SuperclassTypes;

/**
 * One article in a shard: a header comment, then its graph as N-Quads. N-Quads ignores comments, so a shard loads
 * as it is into any store ({@code tdb2.xloader}, {@code riot}); the header tells the driver what became of the article.
 *
 * <pre>
 * # kg ok	ID	HASH	FILE	SOURCE	TRIPLES	FRAMES	TOKENS	ANNOTATED	SECONDS
 * &lt;s&gt; &lt;p&gt; &lt;o&gt; &lt;graph&gt; .
 * # kg fail	ID	HASH	FILE	SOURCE	REASON
 * </pre>
 *
 * Fields are tab-separated; file names and sources have their control characters escaped already, and a reason has
 * its own replaced by spaces.
 *
 * @param ok        true when the article was built
 * @param id        the article id
 * @param hash      its content hash
 * @param fileName  its file name or record id
 * @param source    where it came from
 * @param triples   its graph as stored, with the superclass types (empty for a failure)
 * @param mapped    how many triples the mapper made (the count the thread build prints)
 * @param frames    frames extracted
 * @param tokens    tokens annotated
 * @param annotated true when CoreNLP ran (false: from the annotation cache)
 * @param seconds   time the article took
 * @param reason    why it failed, or null
 */
record ShardBlock(boolean ok, String id, String hash, String fileName, String source, List<Triple> triples,
                  int mapped, int frames, int tokens, boolean annotated, double seconds, String reason) {
    static final String OK = "# kg ok\t";
    static final String FAIL = "# kg fail\t";

    /**
     * Returns the block of an article's outcome (built or failed) as shard text, without a final newline; the header
     * counts the mapped triples, as the thread build's line does.
     */
    static String of(ArticlePayload article, Outcome outcome, SuperclassTypes hierarchy) {
        String hash = article.input().article().contentHash();
        String common = String.join("\t", article.id(), hash, article.fileName(), article.source());
        if (outcome instanceof Outcome.Built b) {
            ByteArrayOutputStream quads = new ByteArrayOutputStream();
            Node graph = NodeFactory.createURI(Iris.articleGraph(article.id()));
            // With the superclass types the store adds on writing, so a shard holds the graph as stored.
            Set<Triple> graphTriples = new LinkedHashSet<>(b.triples());
            graphTriples.addAll(hierarchy.added(b.triples()));
            RDFDataMgr.writeQuads(quads, graphTriples.stream().map(t -> Quad.create(graph, t)).iterator());
            String header = OK + common + String.format(Locale.ROOT, "\t%d\t%d\t%d\t%b\t%.3f", b.triples().size(),
                    b.frames(), b.tokens(), b.annotated(), b.seconds());
            String body = quads.toString(StandardCharsets.UTF_8).stripTrailing();
            return body.isEmpty() ? header : header + "\n" + body;
        }
        String why = outcome instanceof Outcome.Failed f ? f.problem().reason() : "not built: " + outcome;
        return FAIL + common + "\t" + why.replaceAll("[\\t\\r\\n]", " ");
    }

    /** Returns true when a shard line starts a block. */
    static boolean isHeader(String line) {
        return line.startsWith(OK) || line.startsWith(FAIL);
    }

    /** Parses a block from its header line and its N-Quads lines. */
    static ShardBlock parse(String header, String quads) {
        boolean ok = header.startsWith(OK);
        String[] f = header.substring(ok ? OK.length() : FAIL.length()).split("\t", -1);
        if (!ok) {
            return new ShardBlock(false, f[0], f[1], f[2], f[3], List.of(), 0, 0, 0, false, 0, f[4]);
        }
        List<Triple> triples = new ArrayList<>();
        RDFParser.fromString(quads, Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                triples.add(quad.asTriple());
            }
        });
        return new ShardBlock(true, f[0], f[1], f[2], f[3], triples, Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]),
                Boolean.parseBoolean(f[7]), Double.parseDouble(f[8]), null);
    }
}
