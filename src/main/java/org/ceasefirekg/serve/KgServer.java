package org.ceasefirekg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.atlas.web.WebLib;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * The embedded Fuseki server of the knowledge graph. SPARQL query at {@code /ceasefire/sparql} (and
 * {@code /ceasefire/query}), Graph Store Protocol at {@code /ceasefire/data}, read-only unless updates are allowed
 * with a password; around them the linked-data side: resource IRIs ({@code /id/...}), the ontology, named queries,
 * VoID, the Service Description, dumps and a landing page.
 */
public final class KgServer {

    /** The dataset's path on the server. */
    public static final String DATASET = "/ceasefire";
    /** The HTTP Basic realm of the write endpoints. */
    public static final String REALM = "ceasefire-kg";

    /** The default time an update may take before it is aborted: it holds the store's one write lock meanwhile. */
    public static final long DEFAULT_UPDATE_TIMEOUT_SECONDS = 60;

    private final FusekiServer server;
    private final String host;
    private final IriSpace iris;

    private KgServer(FusekiServer server, String host, IriSpace iris) {
        this.server = server;
        this.host = host;
        this.iris = iris;
    }

    /** Returns a builder for a server of ds; nothing listens until {@link Builder#start()}. */
    public static Builder create(DatasetGraph ds) {
        return new Builder(ds);
    }

    /** Starts a read-only server of ds on host:port (0 picks a free port), with the named queries of queriesDir. */
    public static KgServer start(DatasetGraph ds, String host, int port, Path queriesDir) {
        return create(ds).host(host).port(port).queries(queriesDir).start();
    }

    /** Builds and starts a {@link KgServer}. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Path queries;
        private Path ontology;
        private String base;
        private QueryLimits limits = QueryLimits.NONE;
        private RequestLimits requests = RequestLimits.DEFAULT;
        private AccessPolicy access = AccessPolicy.DEFAULT;
        private String user;
        private String password;
        private long updateTimeoutSeconds = DEFAULT_UPDATE_TIMEOUT_SECONDS;

        private Builder(DatasetGraph dataset) {
            this.dataset = dataset;
        }

        /** The address to bind (default 127.0.0.1). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port (default 3030); 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The folder of named queries served at {@code /ceasefire/queries/}. */
        public Builder queries(Path dir) {
            this.queries = dir;
            return this;
        }

        /** The ontology file (ontology/ceasefire.ttl) served at {@code /ontology}; without it that path is 404. */
        public Builder ontology(Path file) {
            this.ontology = file;
            return this;
        }

        /**
         * The address this server is reached at, under which it answers for the canonical IRIs (default: its own
         * address); the IRIs it sends stay the canonical ones whatever the base (see {@link IriSpace}).
         */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        /** The timeout and row cap of every query (default: none); SERVICE needs a remote host in {@link #access}. */
        public Builder limits(QueryLimits limits) {
            this.limits = limits;
            return this;
        }

        /** The size limits and admission control of every request (default: {@link RequestLimits#DEFAULT}). */
        public Builder requestLimits(RequestLimits requests) {
            this.requests = requests;
            return this;
        }

        /** CORS origins, Host names and remote hosts for LOAD and SERVICE (default: none of each). */
        public Builder access(AccessPolicy access) {
            this.access = access;
            return this;
        }

        /**
         * Adds SPARQL Update at {@code /ceasefire/update} and Graph Store writes at {@code /ceasefire/data}, both
         * for this user only, by HTTP Basic authentication; reads stay open to all.
         */
        public Builder allowUpdate(String user, String password) {
            if (user == null || user.isBlank() || password == null || password.isEmpty()) {
                throw new IllegalArgumentException("updates need a user name and a password");
            }
            this.user = user;
            this.password = password;
            return this;
        }

        /** Stops an update after this many seconds, aborting its transaction (0: never). */
        public Builder updateTimeout(long seconds) {
            if (seconds < 0) {
                throw new IllegalArgumentException("the update timeout must be 0 (none) or more seconds");
            }
            this.updateTimeoutSeconds = seconds;
            return this;
        }

        /** Starts the server; throws if the port cannot be bound or the ontology file cannot be read. */
        public KgServer start() {
            // The published base must be known before the servlets are made, so a free port is chosen up front.
            int boundPort = port == 0 ? WebLib.choosePort() : port;
            IriSpace iris = new IriSpace(base != null ? base : address(host, boundPort) + "/");
            boolean update = user != null;
            RemoteHosts remote = new RemoteHosts(access.remoteHosts());
            DataService.Builder service = DataService.newBuilder(dataset)
                    .addEndpoint(queryEndpoint("sparql", remote))
                    .addEndpoint(queryEndpoint("query", remote))
                    .addEndpoint(update ? Operation.GSP_RW : Operation.GSP_R, "data");
            if (update) {
                service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                        .processor(new GuardedUpdate(remote, updateTimeoutSeconds)).build());
            }
            DatasetDescriptions descriptions = new DatasetDescriptions(dataset, limits);
            FusekiServer.Builder builder = FusekiServer.create()
                    .port(boundPort)
                    .add(DATASET, service)
                    .enableCors(false, null) // CORS is a Jetty handler of RequestGuards, in front of the 401s
                    .enablePing(true)
                    .verbose(false)
                    .addFilter("/*", new UnreadBodyFilter())
                    .addFilter("/*", new QueryTimeoutFilter(limits))
                    .addFilter(DATASET + "/sparql", new FormatParameter())
                    .addFilter(DATASET + "/query", new FormatParameter())
                    .addFilter(DATASET + "/sparql", new DatasetDescriptions.ServiceDescriptionFilter(descriptions))
                    .addFilter(DATASET + "/query", new DatasetDescriptions.ServiceDescriptionFilter(descriptions))
                    .addServlet("", new LandingServlet(dataset, queriesDir(), iris, limits))
                    .addServlet("/web/*", new WebResourceServlet())
                    .addServlet("/.well-known/void", new DatasetDescriptions.VoidServlet(descriptions))
                    .addServlet(DATASET + "/queries/*", new NamedQueryServlet(dataset, queriesDir(), limits, iris))
                    .addServlet(DATASET + "/dump.trig", DumpServlet.trig(dataset))
                    .addServlet(DATASET + "/dump.nq", DumpServlet.nquads(dataset));
            for (String path : List.of("/id/*", "/cameo/*", "/doc/*")) {
                builder.addServlet(path, new LinkedDataServlet(dataset, iris, limits));
            }
            // --- linked data formats (ontology, JSON-LD context, gzip): see docs/linked-data-iris.md ---
            boolean hasOntology = ontology != null && Files.isRegularFile(ontology);
            Graph ontologyGraph = hasOntology ? RDFDataMgr.loadGraph(ontology.toString()) : Graph.emptyGraph;
            JsonLdContext context = JsonLdContext.of(ontologyGraph);
            context.registerAsJenaDefault();
            OntologyServlet ontologyServlet = new OntologyServlet(ontologyGraph, ontology, iris, context,
                    modified(ontology));
            builder.addServlet(OntologyServlet.CONTEXT, ontologyServlet);
            if (hasOntology) {
                for (String path : OntologyServlet.PATHS) {
                    builder.addServlet(path, ontologyServlet);
                }
                ontologyServlet.versionPaths().forEach(path -> builder.addServlet(path, ontologyServlet));
            }
            // --- end linked data formats ---
            if (update) {
                builder.securityHandler(writeSecurity(user, password));
            }
            FusekiServer server = builder.build();
            RequestGuards.install(server, requests, access, host, iris.base(), limits);
            // The builder only offers loopback(true), which binds "localhost" (possibly ::1 only):
            // bind exactly the host asked for instead.
            for (Connector connector : server.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(host);
                }
            }
            compress(server);
            server.start();
            return new KgServer(server, host, iris);
        }

        private Path queriesDir() {
            return queries != null ? queries : Path.of("queries");
        }

        private Endpoint queryEndpoint(String name, RemoteHosts remote) {
            return Endpoint.create().operation(Operation.Query).endpointName(name)
                    .context(remote.apply(limits.endpointContext())).processor(new CappedQuery(limits, remote)).build();
        }
    }

    /** Gzip for descriptions, the ontology, VoID and the dumps, when the client accepts it. */
    private static void compress(FusekiServer server) {
        GzipHandler gzip = new GzipHandler();
        List<String> paths = new ArrayList<>(OntologyServlet.PATHS);
        paths.addAll(List.of("/id/*", "/cameo/*", "/doc/*", "/ontology/*", OntologyServlet.CONTEXT, "/web/*",
                "/.well-known/void", DATASET + "/dump.trig", DATASET + "/dump.nq"));
        gzip.setIncludedPaths(paths.toArray(String[]::new));
        gzip.setIncludedMethods("GET", "HEAD");
        gzip.setHandler(server.getJettyServer().getHandler());
        server.getJettyServer().setHandler(gzip);
    }

    private static Instant modified(Path file) {
        try {
            return file == null ? null : Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Jetty's HTTP Basic security for the write side only: every method of the update endpoint and the writing
     * methods of the Graph Store need the user; OPTIONS stays open for CORS preflight.
     */
    private static ConstraintSecurityHandler writeSecurity(String user, String password) {
        ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(REALM,
                JettySecurityLib.makeUserStore(user, password), AuthScheme.BASIC);
        security.setLoginService(new ThrottledLogins(security.getLoginService()));
        requireLogin(security, DATASET + "/update", "OPTIONS");
        requireLogin(security, DATASET + "/data", "GET", "HEAD", "OPTIONS");
        return security;
    }

    private static void requireLogin(ConstraintSecurityHandler security, String path, String... openMethods) {
        ConstraintMapping mapping = new ConstraintMapping();
        mapping.setConstraint(new Constraint.Builder().name(security.getAuthenticator().getAuthenticationType())
                .authorization(Constraint.Authorization.ANY_USER).build());
        mapping.setPathSpec(path);
        mapping.setMethodOmissions(openMethods);
        security.addConstraintMapping(mapping);
        // Said explicitly, so Jetty does not warn about methods no constraint covers.
        for (String method : openMethods) {
            ConstraintMapping open = new ConstraintMapping();
            open.setConstraint(Constraint.ALLOWED);
            open.setPathSpec(path);
            open.setMethod(method);
            security.addConstraintMapping(open);
        }
    }

    private static String address(String host, int port) {
        String shown = switch (host) {
            case "0.0.0.0", "::", "" -> "localhost"; // a wildcard address is not something to connect to
            default -> host.contains(":") ? "[" + host + "]" : host;
        };
        return "http://" + shown + ":" + port;
    }

    /** Returns the port the server listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** Returns the SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/ceasefire/sparql}. */
    public String url() {
        return baseUrl() + DATASET + "/sparql";
    }

    /** Returns the server's root URL without a trailing slash, e.g. {@code http://127.0.0.1:3030}. */
    public String baseUrl() {
        return address(host, port());
    }

    /** Returns the address under which this server answers for the canonical IRIs, ending in "/". */
    public String base() {
        return iris.base();
    }

    /** Stops the server; the dataset stays open. */
    public void stop() {
        server.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }
}
