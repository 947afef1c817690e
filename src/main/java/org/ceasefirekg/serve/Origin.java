package org.ceasefirekg.serve;

import jakarta.servlet.http.HttpServletRequest;

/** The address a client reached this server at, for links to the server's own services (endpoint, dumps). */
final class Origin {
    private Origin() {}

    /** Returns scheme, host and port of the request, e.g. {@code http://127.0.0.1:3030}, without a slash. */
    static String of(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
