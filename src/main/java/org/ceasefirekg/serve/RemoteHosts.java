package org.ceasefirekg.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;

/**
 * The hosts that SPARQL's LOAD and SERVICE may fetch from: none unless the operator names them, and then only
 * over http or https, never a file. Without this, an update could read the server's files ({@code LOAD
 * <file:///etc/passwd>}) or reach services on its network.
 */
final class RemoteHosts {

    /** No host: LOAD and SERVICE are refused. */
    static final RemoteHosts NONE = new RemoteHosts(Set.of());

    private final Set<String> hosts;

    RemoteHosts(Set<String> hosts) {
        this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Returns true when iri is an http(s) URL of one of the allowed hosts. */
    boolean allows(String iri) {
        try {
            URI uri = new URI(iri);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Throws QueryDeniedException, naming the IRI, unless it may be fetched; what names the reason. */
    void check(String what, String iri) {
        if (!allows(iri)) {
            throw new QueryDeniedException(what + " <" + iri + "> refused: "
                    + (hosts.isEmpty() ? "this server fetches nothing from files or the network"
                            : "only http(s) URLs of " + String.join(", ", hosts) + " are allowed"));
        }
    }

    /** Throws QueryDeniedException at the first SERVICE in pattern that may not be called. */
    void checkServices(Element pattern) {
        if (pattern == null) {
            return;
        }
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                check("SERVICE", service.getServiceNode().isURI() ? service.getServiceNode().getURI()
                        : service.getServiceNode().toString());
            }
        });
    }

    /** Sets in context whether SERVICE may run at all: only when some host is allowed (and then checked). */
    Context apply(Context context) {
        context.set(ARQ.httpServiceAllowed, !hosts.isEmpty());
        return context;
    }

    /** Returns true when some host is allowed. */
    boolean any() {
        return !hosts.isEmpty();
    }
}
