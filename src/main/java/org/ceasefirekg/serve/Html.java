package org.ceasefirekg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Plain HTML templates: every piece of text goes through {@link #escape}, and the page skeleton
 * ({@code web/page.html}) is filled in one pass, so text that looks like a placeholder stays text.
 */
final class Html {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final String PAGE = resource("page.html");

    private Html() {}

    /** Returns text with the five HTML-significant characters escaped; safe in elements and quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Returns a link, or the escaped text alone when href is not an http(s), site-relative or in-page URL. */
    static String link(String href, String text) {
        // Other schemes (javascript:, data:) could run code in the page: never make them links.
        boolean safe = href.startsWith("http://") || href.startsWith("https://") || href.startsWith("#")
                || (href.startsWith("/") && !href.startsWith("//"));
        return safe ? "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>" : escape(text);
    }

    /** Returns a whole page: title is text, head and body are HTML the caller built from escaped parts. */
    static String page(String title, String head, String body) {
        return fill(PAGE, Map.of("title", escape(title), "head", head, "body", body));
    }

    /** Fills {{name}} placeholders of a template with HTML fragments, in one pass over the template. */
    static String fill(String template, Map<String, String> fragments) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() * 2);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(fragments.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Returns a file under {@code web/} on the class path, as text. */
    static String resource(String name) {
        try (InputStream in = Html.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource web/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a page with status 200. */
    static void send(HttpServletResponse response, String html) throws IOException {
        send(response, HttpServletResponse.SC_OK, html);
    }

    /** Sends a page with the given status. */
    static void send(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
