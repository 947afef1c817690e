package org.ceasefirekg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket from a chosen loopback address (127.0.0.2 is another client than 127.0.0.1 to the
 * server), sending exactly the bytes an attacker would: false lengths, chunked bodies, odd Host headers.
 */
final class RawHttp {

    /** A response: status, headers (names in lower case) and body. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    private final String from;
    private final int port;

    RawHttp(String from, int port) {
        this.from = from;
        this.port = port;
    }

    /** Opens a connection to the server from this client's address. */
    Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(60_000);
        return socket;
    }

    /** Sends head (request line and headers, without the blank line) and body, and reads the whole answer. */
    Answer send(String head, byte[] body) throws IOException {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // The server answered and closed before taking the whole body: its answer is still there to read.
            }
            return read(socket.getInputStream());
        }
    }

    /** Sends a request with a Content-Length body. */
    Answer request(String method, String target, String host, Map<String, String> headers, byte[] body)
            throws IOException {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + host);
        headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
        if (body.length > 0 || method.equals("POST") || method.equals("PUT")) {
            head.append("\r\nContent-Length: ").append(body.length);
        }
        return send(head.toString(), body);
    }

    /** Sends a request to 127.0.0.1 with a Content-Length body. */
    Answer request(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        return request(method, target, "127.0.0.1:" + port, headers, body);
    }

    /** Reads a response to its end (the connection is closed after it), undoing chunked encoding. */
    static Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete response: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
            body = unchunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int eol = indexOf(chunked, at);
            if (eol < 0) {
                break;
            }
            String size = new String(chunked, at, eol - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(chunked, eol + 2, Math.min(n, chunked.length - eol - 2));
            at = eol + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
