package org.ceasefirekg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** The representations of a linked-data document, chosen by Accept header or by file extension. */
enum Variant {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", null),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_ABBREV),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    HTML("text/html", "html", null);

    /** Media types clients send for one of ours: plain JSON readers get JSON-LD, N3 readers Turtle. */
    private static final Map<String, Variant> ALIASES = Map.of(
            "application/json", JSONLD,
            "text/n3", TURTLE,
            "application/x-turtle", TURTLE);

    /** Our preference order: a client asking for anything (curl's default) gets Turtle; browsers ask for HTML. */
    private static final AcceptList OFFERS = AcceptList.create(Stream.concat(
            Arrays.stream(values()).map(v -> v.mediaType), ALIASES.keySet().stream().sorted()).toArray(String[]::new));

    final String mediaType;
    final String extension;
    private final RDFFormat format;

    Variant(String mediaType, String extension, RDFFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.format = format;
    }

    /** Returns the variant the request's Accept header prefers; Turtle without a header; empty if none fits. */
    static Optional<Variant> negotiate(HttpServletRequest request) {
        return negotiate(request, OFFERS).flatMap(chosen -> ALIASES.containsKey(chosen)
                ? Optional.of(ALIASES.get(chosen))
                : Arrays.stream(values()).filter(v -> v.mediaType.equals(chosen)).findFirst());
    }

    /**
     * Returns the media type of offers (in our order of preference) that the request's Accept header prefers: the
     * first offer when there is no header, empty when the header accepts none of them.
     */
    static Optional<String> negotiate(HttpServletRequest request, AcceptList offers) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers.first().getContentTypeStr());
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), offers);
        return Optional.ofNullable(chosen).map(MediaType::getContentTypeStr);
    }

    /** Returns the variant with a file extension such as "ttl". */
    static Optional<Variant> byExtension(String extension) {
        return Arrays.stream(values()).filter(v -> v.extension.equals(extension)).findFirst();
    }

    /** Returns the RDF variants, in our order of preference. */
    static Stream<Variant> rdf() {
        return Arrays.stream(values()).filter(v -> v != HTML);
    }

    /** Returns the media types on offer, for a 406 answer. */
    static String offered() {
        return Arrays.stream(values()).map(v -> v.mediaType).collect(Collectors.joining(", "));
    }

    /** Returns an RDF graph in this (non-HTML) variant; JSON-LD is compacted with the knowledge graph's context. */
    byte[] serialize(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == null) {
            RDFDataMgr.write(out, graph, Lang.JSONLD);
        } else {
            RDFDataMgr.write(out, graph, format);
        }
        return out.toByteArray();
    }

    /** Writes an RDF graph in this (non-HTML) variant, with ETag and Last-Modified (when known). */
    void write(HttpServletRequest request, HttpServletResponse response, Graph graph, Instant modified)
            throws IOException {
        Caching.send(request, response, HttpServletResponse.SC_OK, mediaType + "; charset=utf-8", serialize(graph),
                modified);
    }

    /** Answers 406 Not Acceptable, naming what is on offer. */
    static void notAcceptable(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println("not acceptable: this resource is available as " + offered());
    }
}
