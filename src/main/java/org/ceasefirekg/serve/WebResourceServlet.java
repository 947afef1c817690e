package org.ceasefirekg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the pages' stylesheet and script from the class path; nothing else under {@code /web/} exists. */
final class WebResourceServlet extends HttpServlet {

    private static final Map<String, String> FILES = Map.of(
            "/style.css", "text/css",
            "/editor.js", "text/javascript");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo();
        String type = name == null ? null : FILES.get(name);
        if (type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = Html.resource(name.substring(1)).getBytes(StandardCharsets.UTF_8);
        response.setContentType(type + "; charset=utf-8");
        response.setHeader("Cache-Control", "max-age=3600");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
