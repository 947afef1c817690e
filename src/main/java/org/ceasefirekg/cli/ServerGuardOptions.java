package org.ceasefirekg.cli;

import java.util.LinkedHashSet;
import java.util.Set;

import org.ceasefirekg.serve.AccessPolicy;
import org.ceasefirekg.serve.RequestLimits;
import picocli.CommandLine.Option;

/** The options of {@code kg serve} that bound requests and say who may use the server from where. */
public final class ServerGuardOptions {

    @Option(names = "--max-query-bytes", paramLabel = "BYTES", defaultValue = "262144",
            description = "Largest request body (query, update, form) but uploads; larger ones get 413 "
                    + "(default: ${DEFAULT-VALUE}).")
    long maxQueryBytes;

    @Option(names = "--max-upload-bytes", paramLabel = "BYTES", defaultValue = "67108864",
            description = "Largest Graph Store upload to /ceasefire/data (default: ${DEFAULT-VALUE}).")
    long maxUploadBytes;

    @Option(names = "--max-running", paramLabel = "N", defaultValue = "8",
            description = "Requests served at once; more wait in the queue (default: ${DEFAULT-VALUE}).")
    int maxRunning;

    @Option(names = "--max-per-client", paramLabel = "N", defaultValue = "2",
            description = "Requests of one client address served at once; its others wait "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxPerClient;

    @Option(names = "--max-queued", paramLabel = "N", defaultValue = "64",
            description = "Requests waiting for a turn; more get 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    int maxQueued;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "A browser origin (e.g. "
            + "https://app.example.org) allowed cross-origin requests with credentials; repeatable. Without it any "
            + "origin may read, none with credentials.")
    Set<String> corsOrigins = new LinkedHashSet<>();

    @Option(names = "--allowed-host", paramLabel = "NAME", description = "A Host name the server answers for "
            + "besides loopback, the bound address and --base's host (e.g. the name behind your TLS proxy); "
            + "repeatable, * for any. Others get 421 (DNS rebinding).")
    Set<String> allowedHosts = new LinkedHashSet<>();

    @Option(names = "--remote-host", paramLabel = "HOST", description = "A host that SPARQL LOAD and SERVICE may "
            + "fetch from over http(s); repeatable. Without it LOAD and SERVICE are refused.")
    Set<String> remoteHosts = new LinkedHashSet<>();

    /** Returns the request limits; throws IllegalArgumentException with the reason when a value is out of range. */
    RequestLimits requestLimits() {
        try {
            return new RequestLimits(maxQueryBytes, maxUploadBytes, maxRunning, maxPerClient, maxQueued);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--max-query-bytes, --max-upload-bytes, --max-running, "
                    + "--max-per-client and --max-queued: " + e.getMessage(), e);
        }
    }

    /** Returns the CORS origins, Host names and remote hosts. */
    AccessPolicy access() {
        return new AccessPolicy(corsOrigins, allowedHosts, remoteHosts);
    }
}
