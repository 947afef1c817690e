package org.ceasefirekg.serve;

import java.util.Set;

/**
 * Who may use the server from where: the browser origins that may send credentials (CORS), the Host names the
 * server answers for (against DNS rebinding), and the hosts a LOAD or SERVICE may reach.
 *
 * @param corsOrigins origins (e.g. {@code https://app.example.org}) allowed cross-origin requests with credentials;
 *     empty: every origin may read, none with credentials
 * @param allowedHosts extra Host names to answer for, besides loopback, the bound address and the published base;
 *     "*" answers for any
 * @param remoteHosts hosts that LOAD and SERVICE may fetch from (http and https only); empty: none
 */
public record AccessPolicy(Set<String> corsOrigins, Set<String> allowedHosts, Set<String> remoteHosts) {

    /** No configured origin, no extra Host name, no remote host. */
    public static final AccessPolicy DEFAULT = new AccessPolicy(Set.of(), Set.of(), Set.of());

    public AccessPolicy {
        corsOrigins = Set.copyOf(corsOrigins);
        allowedHosts = Set.copyOf(allowedHosts);
        remoteHosts = Set.copyOf(remoteHosts);
    }
}
