package org.ceasefirekg.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers only requests whose Host names this server, against DNS rebinding: a web page of another site whose name
 * has been pointed at 127.0.0.1 sends its own name as Host and is refused, so it cannot read the server or use a
 * browser's saved credentials on it. Loopback names, the bound address, the published base and the operator's
 * --allowed-host names are accepted ("*" accepts any).
 */
final class HostCheck extends Handler.Wrapper {

    private final Set<String> names;
    private final boolean any;

    HostCheck(String boundHost, String base, Set<String> extra) {
        Set<String> all = new HashSet<>(Set.of("localhost", "127.0.0.1", "::1"));
        all.add(normal(boundHost));
        all.add(normal(URI.create(base).getHost()));
        extra.forEach(name -> all.add(normal(name)));
        if (boundHost.equals("0.0.0.0") || boundHost.equals("::") || boundHost.isEmpty()) {
            all.addAll(localNames()); // reachable by any of the machine's addresses
        }
        this.any = all.contains("*");
        this.names = Set.copyOf(all);
    }

    private static String normal(String host) {
        if (host == null) {
            return "";
        }
        String name = host.toLowerCase(Locale.ROOT);
        return name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    }

    private static Set<String> localNames() {
        Set<String> names = new HashSet<>();
        try {
            names.add(normal(InetAddress.getLocalHost().getHostName()));
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    String text = address.getHostAddress();
                    int zone = text.indexOf('%');
                    names.add(normal(zone < 0 ? text : text.substring(0, zone)));
                }
            }
        } catch (UnknownHostException | SocketException e) {
            // Loopback and the named hosts still work.
        }
        return names;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHttpURI().getHost();
        if (any || host == null || names.contains(normal(host))) {
            return super.handle(request, response, callback);
        }
        Refusal.send(request, response, callback, 421, "this server does not answer for the host name '"
                + host.replaceAll("[^\\w.:\\[\\]-]", "?") + "'; its operator can allow it with --allowed-host");
        return true;
    }
}
