package org.ceasefirekg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the pages' stylesheet and scripts from the class path, with the YASGUI query editor and Chart.js that the
 * build bundles from npm ({@code web/yasgui/}, {@code web/chartjs/}); nothing else under {@code /web/} exists.
 */
final class WebResourceServlet extends HttpServlet {

    private static final Map<String, String> FILES = Map.of(
            "/style.css", "text/css",
            "/editor.js", "text/javascript",
            "/yasr-chart.js", "text/javascript",
            "/chartjs/chart.umd.min.js", "text/javascript",
            "/yasgui/yasgui.min.js", "text/javascript",
            "/yasgui/yasgui.min.css", "text/css");

    /** Read once: the bundle is a megabyte. */
    private final transient Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo();
        String type = name == null ? null : FILES.get(name);
        byte[] body = type == null ? null : loaded.computeIfAbsent(name, WebResourceServlet::read);
        if (body == null || body.length == 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type + "; charset=utf-8");
        response.setHeader("Cache-Control", "max-age=3600");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The file's bytes, or none when the class path lacks it (a build without npm). */
    private static byte[] read(String name) {
        try (InputStream in = WebResourceServlet.class.getResourceAsStream("/web" + name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
