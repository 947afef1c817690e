package org.ceasefirekg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Tells whether the client of a connection has hung up, from the kernel's table of TCP connections (Linux
 * {@code /proc/net/tcp}, {@code tcp6}): a connection whose peer has closed its side waits in CLOSE_WAIT until the
 * server closes it. Jetty does not read an HTTP/1.1 connection while its request is handled, so it learns of a
 * hang-up only at the next write; reading the socket ourselves would take bytes of a pipelined request from Jetty.
 * The table is read, never the socket. Elsewhere than on Linux nothing is known, and the query's timeout stops it.
 */
final class HungUpClients {
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    /** The kernel's code of the state CLOSE_WAIT. */
    private static final String CLOSE_WAIT = "08";

    private HungUpClients() {}

    /** Returns true when the kernel holds the connection local-remote in CLOSE_WAIT: the client has hung up. */
    static boolean hungUp(SocketAddress local, SocketAddress remote) {
        if (!(local instanceof InetSocketAddress l) || !(remote instanceof InetSocketAddress r)) {
            return false;
        }
        String localPort = port(l.getPort());
        String remotePort = port(r.getPort());
        for (Path table : TABLES) {
            List<String> lines;
            try {
                lines = Files.readAllLines(table);
            } catch (IOException | RuntimeException e) {
                continue; // not Linux, or no IPv6
            }
            for (String line : lines) {
                // "  sl  local_address rem_address   st ...": "0: 0100007F:1F90 0100007F:C350 08 ..."
                String[] f = line.strip().split("\\s+");
                if (f.length > 3 && f[1].endsWith(localPort) && f[2].endsWith(remotePort)
                        && same(f[1], l.getAddress()) && same(f[2], r.getAddress())) {
                    return CLOSE_WAIT.equals(f[3]);
                }
            }
        }
        return false;
    }

    private static String port(int port) {
        return ":" + String.format(Locale.ROOT, "%04X", port);
    }

    /** The kernel writes an address as 32-bit words in host (little-endian) order; IPv4 may be mapped into IPv6. */
    private static boolean same(String field, InetAddress address) {
        String hex = field.substring(0, field.indexOf(':'));
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = (word * 4 + 3 - i) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            InetAddress parsed = InetAddress.getByAddress(bytes); // maps ::ffff:a.b.c.d back to IPv4
            return parsed.equals(address);
        } catch (IOException e) {
            return false;
        }
    }
}
