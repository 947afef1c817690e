package org.ceasefirekg.serve;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.CrossOriginHandler;

/**
 * The Jetty handlers put in front of Fuseki, outermost first: CORS (so that every answer carries it, a 401 or a
 * 503 too), the Host check, the body limits and admission control. Each answers a refusal itself, with a status and
 * a message, before the request reaches a servlet.
 */
final class RequestGuards {

    /** Response headers a browser script may read. */
    static final Set<String> EXPOSED_HEADERS = Set.of(QueryLimits.CAPPED_HEADER, "Retry-After", "Link", "ETag",
            "Last-Modified", "Content-Location", "Content-Disposition");

    private RequestGuards() {}

    /** Wraps the handlers of fuseki (built, not started) in the guards. */
    static void install(FusekiServer fuseki, RequestLimits limits, AccessPolicy access, String host, String base,
            QueryLimits queryLimits) {
        Server jetty = fuseki.getJettyServer();
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        if (context != null) {
            // Jetty's own form limit (Fuseki raises it to 25 MB) would otherwise answer a large form with 500.
            context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxQueryBytes()));
        }
        // A query in the URL counts against the same limit: Fuseki raises Jetty's header size for long GET queries.
        int headerBytes = (int) Math.min(Integer.MAX_VALUE - 8192, limits.maxQueryBytes()) + 8192;
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setRequestHeaderSize(headerBytes);
            }
        }
        Handler application = jetty.getHandler();
        jetty.setHandler((Handler) null);
        Admission admission = new Admission(limits,
                Duration.ofSeconds(queryLimits.timeoutSeconds() > 0 ? queryLimits.timeoutSeconds() : 30));
        admission.setHandler(application);
        BodyLimit body = new BodyLimit(limits);
        body.setHandler(admission);
        HostCheck hosts = new HostCheck(host, base, access.allowedHosts());
        hosts.setHandler(body);
        CrossOriginHandler cors = cors(access.corsOrigins());
        cors.setHandler(hosts);
        jetty.setHandler(cors);
    }

    /**
     * CORS for browser scripts: any origin may read without credentials; only the configured origins (if any) may
     * send credentials, so a page of another site cannot use a browser's saved password for an update.
     */
    private static CrossOriginHandler cors(Set<String> origins) {
        CrossOriginHandler cors = new CrossOriginHandler();
        if (origins.isEmpty()) {
            cors.setAllowedOriginPatterns(Set.of("*"));
            cors.setAllowCredentials(false);
        } else {
            cors.setAllowedOriginPatterns(origins.stream().map(Pattern::quote).collect(Collectors.toSet()));
            cors.setAllowCredentials(true);
        }
        cors.setAllowedMethods(Set.of("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"));
        cors.setAllowedHeaders(Set.of("Content-Type", "Accept", "Authorization", "X-Requested-With", "Origin",
                "Last-Modified", "If-None-Match", "If-Modified-Since"));
        cors.setExposedHeaders(EXPOSED_HEADERS);
        cors.setDeliverPreflightRequests(false);
        return cors;
    }
}
