package org.ceasefirekg.serve;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** The representations of a linked-data document, chosen by Accept header or by file extension. */
enum Variant {
    TURTLE("text/turtle", "ttl", Lang.TURTLE),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES),
    HTML("text/html", "html", null);

    /** Our preference order: a client asking for anything (curl's default) gets Turtle; browsers ask for HTML. */
    private static final AcceptList OFFERS = AcceptList.create(
            Arrays.stream(values()).map(v -> v.mediaType).toArray(String[]::new));

    final String mediaType;
    final String extension;
    private final Lang lang;

    Variant(String mediaType, String extension, Lang lang) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
    }

    /** Returns the variant the request's Accept header prefers; Turtle without a header; empty if none fits. */
    static Optional<Variant> negotiate(HttpServletRequest request) {
        return negotiate(request, OFFERS).flatMap(chosen ->
                Arrays.stream(values()).filter(v -> v.mediaType.equals(chosen)).findFirst());
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

    /** Returns the media types on offer, for a 406 answer. */
    static String offered() {
        return Arrays.stream(values()).map(v -> v.mediaType).collect(Collectors.joining(", "));
    }

    /** Writes an RDF graph in this (non-HTML) variant. */
    void write(HttpServletResponse response, Graph graph) throws IOException {
        response.setContentType(mediaType + "; charset=utf-8");
        RDFDataMgr.write(response.getOutputStream(), graph, lang);
    }

    /** Answers 406 Not Acceptable, naming what is on offer. */
    static void notAcceptable(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println("not acceptable: this resource is available as " + offered());
    }
}
