package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ceasefirekg.cli.Main;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.pipeline.ProjectPaths;
import org.ceasefirekg.serve.ExternalTool;
import org.ceasefirekg.serve.KgServer;
import org.ceasefirekg.serve.QueryLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headless Chromium loads the landing page (running a query in its YASGUI editor) and an actor page, and the rendered DOM
 * has what a person would look for. Screenshots are left in target/screenshots/ for a human eye.
 */
class BrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path profile;

    static KgServer server;

    @BeforeAll
    static void start() {
        ProjectPaths paths = Main.projectPaths();
        server = KgServer.create(SeedStore.get().store.dataset()).port(0).queries(paths.queries())
                .ontology(paths.ontology().resolve("ceasefire.ttl")).limits(new QueryLimits(30, 10_000)).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The DOM after scripts ran (virtual time lets the editor's fetch finish), and a screenshot of the page. */
    static String render(String url, String screenshot) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        ExternalTool.Result dom = ExternalTool.run(ExternalTool.chromiumCommand(profile,
                "--virtual-time-budget=10000", "--dump-dom", url), Map.of(), Duration.ofMinutes(2));
        assertEquals(0, dom.exitCode(), dom.output());
        ExternalTool.Result shot = ExternalTool.run(ExternalTool.chromiumCommand(profile, "--window-size=1200,900",
                "--virtual-time-budget=10000", "--screenshot=" + SCREENSHOTS.resolve(screenshot).toAbsolutePath(),
                url), Map.of(), Duration.ofMinutes(2));
        assertEquals(0, shot.exitCode(), shot.output());
        assertTrue(Files.size(SCREENSHOTS.resolve(screenshot)) > 10_000, "a screenshot with something on it");
        return dom.output();
    }

    @Test
    void theLandingPageLinksEverythingAndItsYasguiEditorRunsAQuery() throws Exception {
        String query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?ceasefire ?label WHERE { "
                + "?ceasefire a <" + Vocab.cf("Ceasefire") + "> ; rdfs:label ?label }";
        String dom = render(server.baseUrl() + "/?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "landing.png");
        assertTrue(dom.contains("<h1>ceasefire-kg</h1>"), dom);
        for (String link : List.of("href=\"/ontology\"", "href=\"/ceasefire/dump.trig\"", "href=\"/ceasefire/dump.nq\"",
                "href=\"/.well-known/void\"", "href=\"/ceasefire/queries/casualty-claims?format=csv\"",
                "href=\"/ceasefire/queries/timeline\"")) {
            assertTrue(dom.contains(link), link + " in " + dom);
        }
        // YASGUI, served from the jar, made a tab for each named query ...
        assertTrue(dom.contains("<div class=\"yasgui\">"), "YASGUI ran: " + dom);
        String listing = LinkedDataIT.get(LinkedDataIT.http, server.baseUrl() + "/ceasefire/queries/",
                "application/json").body();
        JsonNode queries = new ObjectMapper().readTree(listing).path("queries");
        assertTrue(queries.size() >= 10, listing);
        for (JsonNode q : queries) {
            String title = q.path("title").asText();
            assertTrue(dom.contains("<span>" + LinkedDataIT.escape(title) + "</span>"), "a tab for " + title);
        }
        // ... and ran the query of the link in its first tab, showing the results as a table.
        assertTrue(dom.contains("<span class=\"dt-column-title\">ceasefire</span>")
                && dom.contains("<span class=\"dt-column-title\">label</span>"), dom);
        assertTrue(dom.contains(">Syria ceasefire of 2016-09-12</span>"), dom);
        assertTrue(dom.contains("href=\"" + server.base() + "id/ceasefire/"), "result IRIs link to this server");
        assertTrue(dom.contains("1 result in"), dom);
    }

    @Test
    void anActorPageShowsItsLabelTypesClaimsAndLinks() throws Exception {
        String dom = render(server.base() + "id/actor/syrian-observatory-for-human-rights", "actor.png");
        assertTrue(dom.contains("<h1>Syrian Observatory for Human Rights</h1>"), dom);
        assertTrue(dom.contains("<h2>Claims about it</h2>"), dom);
        assertTrue(dom.contains("CasualtyClaim"), "its casualty claims are listed");
        assertTrue(dom.contains("<blockquote>"), "with their source sentences");
        assertTrue(dom.contains("href=\"" + server.base() + "ontology#MonitoringGroup\""), "its type links to the ontology");
        assertTrue(dom.contains("<h2>What links here</h2>"), dom);
        assertTrue(dom.contains("href=\"" + server.base() + "doc/actor/syrian-observatory-for-human-rights.ttl\""));
    }
}
