package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article text is data, never markup: every page escapes it, whatever it contains. */
class HtmlEscapingIT {

    static final String SCRIPT = "<script>alert('pwned')</script>";
    static final String ARTICLE = Vocab.ID + "article/evil";
    static final String SENTENCE = ARTICLE + "/sentence/0";
    static final String CLAIM = Vocab.ID + "claim/evil-1";
    static final String ACTOR = Vocab.ACTOR + "mallory";

    @TempDir
    static Path tmp;

    static KgStore store;
    static KgServer server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    static void start() throws Exception {
        store = KgStore.open(tmp.resolve("store"));
        store.replaceGraph(iri(Vocab.ID + "graph/evil"), out -> {
            add(out, ARTICLE, RDF.type.getURI(), iri(Vocab.cf("Article")));
            add(out, ARTICLE, Vocab.cf("title"), text("Breaking " + SCRIPT + " & more"));
            add(out, SENTENCE, Vocab.cf("text"), text("Mallory said \"" + SCRIPT + "\" <img src=x onerror=alert(1)>"));
            add(out, SENTENCE, Vocab.cf("inArticle"), iri(ARTICLE));
            add(out, CLAIM, RDF.type.getURI(), iri(Vocab.cf("Statement")));
            add(out, CLAIM, Vocab.cf("claimant"), iri(ACTOR));
            add(out, CLAIM, Vocab.cf("evidence"), iri(SENTENCE));
            add(out, CLAIM, Vocab.cf("statedIn"), iri(ARTICLE));
            add(out, ACTOR, RDF.type.getURI(), iri(Vocab.cf("Person")));
            add(out, ACTOR, RDFS.label.getURI(), text("Mallory " + SCRIPT));
            // An IRI with a script scheme must not become a link.
            add(out, ACTOR, RDFS.seeAlso.getURI(), iri("javascript:alert(2)"));
        });
        Path queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("titles.rq"), "# title: Titles " + SCRIPT + "\n"
                + "SELECT ?title { ?a <" + Vocab.cf("title") + "> ?title }");
        server = KgServer.create(store.dataset()).port(0).queries(queries).start();
    }

    static void add(StreamRDF out, String s, String p, Node o) {
        out.triple(Triple.create(iri(s), iri(p), o));
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node text(String text) {
        return NodeFactory.createLiteralString(text);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    static String html(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        return response.body();
    }

    static void assertEscaped(String page) {
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("<img src=x"), page);
        assertFalse(page.contains("href=\"javascript:"), page);
    }

    @Test
    void anActorPageEscapesItsLabelAndTheSentencesOfItsClaims() throws Exception {
        String page = html("/id/actor/mallory");
        assertEscaped(page);
        assertTrue(page.contains("<h1>Mallory &lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;</h1>"), page);
        assertTrue(page.contains("Mallory said &quot;&lt;script&gt;"), page);
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), page);
        assertTrue(page.contains("Breaking &lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; more"), page);
        assertTrue(page.contains("javascript:alert(2)"), "the IRI is shown as text");
    }

    @Test
    void articleSentenceAndClaimPagesEscapeTheText() throws Exception {
        for (String path : new String[] {"/id/article/evil", "/id/article/evil/sentence/0", "/id/claim/evil-1"}) {
            assertEscaped(html(path));
        }
    }

    @Test
    void namedQueryPagesAndTheLandingPageEscapeTheText() throws Exception {
        String results = html("/ceasefire/queries/titles?format=html");
        assertEscaped(results);
        assertTrue(results.contains("<td>Breaking &lt;script&gt;"), results);
        assertTrue(results.contains("Titles &lt;script&gt;"), results);
        assertEscaped(html("/ceasefire/queries/"));
        String landing = html("/");
        assertTrue(landing.contains("Titles &lt;script&gt;"), landing);
        assertFalse(landing.contains("<script>alert"), landing);
    }

    @Test
    void errorPagesEscapeThePathTheyEcho() throws Exception {
        for (String path : new String[] {"/id/actor/x%3Cscript%3Ealert(1)", "/doc/actor/x%3Cscript%3Ealert(1).html",
                "/ceasefire/queries/x%3Cscript%3Ealert(1)", "/ceasefire/queries/titles?format=%3Cscript%3Ealert(1)",
                "/web/%3Cscript%3Ealert(1)", "/%3Cscript%3Ealert(1)"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() >= 400, path + " gave " + response.statusCode());
            assertFalse(response.body().contains("<script>alert"), path + ": " + response.body());
        }
    }
}
