package org.ceasefirekg.serve;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.ceasefirekg.lexicon.CF;

/**
 * Conditional GET for what the server writes whole (descriptions, pages, the ontology, VoID): the ETag is a digest
 * of the body, so it changes exactly when the answer does, and a matching If-None-Match gets 304 Not Modified.
 * Last-Modified is the end of the store's latest build; it is informative only, since a build replaces article
 * graphs before it records its end, so only the ETag decides a 304.
 */
final class Caching {

    private static final Node ENDED_AT = NodeFactory.createURI(CF.endedAt);

    private Caching() {}

    /** Sends body with its ETag and Last-Modified (when known), or 304 when the client already has it. */
    static void send(HttpServletRequest request, HttpServletResponse response, int status, String contentType,
                     byte[] body, Instant modified) throws IOException {
        String etag = etag(body);
        response.setHeader("ETag", etag);
        // Revalidate every time: the store can change under a running build.
        response.setHeader("Cache-Control", "no-cache");
        if (modified != null) {
            response.setDateHeader("Last-Modified", modified.toEpochMilli());
        }
        if (status == HttpServletResponse.SC_OK && matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Returns when the store's latest build ended, if it records one. */
    static Optional<Instant> storeModified(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Optional<Instant> latest = Optional.empty();
            var ends = dataset.find(Node.ANY, Node.ANY, ENDED_AT, Node.ANY);
            while (ends.hasNext()) {
                Node end = ((Quad) ends.next()).getObject();
                if (end.isLiteral()) {
                    try {
                        Instant t = Instant.parse(end.getLiteralLexicalForm());
                        latest = latest.isEmpty() || t.isAfter(latest.get()) ? Optional.of(t) : latest;
                    } catch (java.time.format.DateTimeParseException e) {
                        // not a build's end time: ignore
                    }
                }
            }
            return latest;
        });
    }

    /** A weak ETag for a body that is streamed, made from what identifies its content. */
    static String weakEtag(String identity) {
        return "W/" + etag(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** True when an If-None-Match header names etag (or "*"); a "--gzip" suffix Jetty adds is ignored. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .map(t -> t.replace("--gzip\"", "\""))
                .anyMatch(t -> t.equals("*") || t.equals(bare));
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
