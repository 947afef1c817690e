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
 * has what a person would look for; driven over DevTools, it charts a named query and downloads its results.
 * Screenshots are left in target/screenshots/ for a human eye.
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

    /** Waits (in the page) until a CSS selector matches, then returns the element; a script fragment. */
    static String waitFor(String selector) {
        return "const waitFor = async (s, ms = 20000) => { for (let t = 0; t < ms; t += 100) { "
                + "const e = document.querySelector(s); if (e) return e; await new Promise(r => setTimeout(r, 100)); } "
                + "throw new Error('no ' + s); }; const found = await waitFor('" + selector + "');";
    }

    /** Clicks the download button of the results shown and returns the name and text of the file that lands. */
    static Map.Entry<String, String> download(DevTools page, Path folder) throws Exception {
        List<Path> had = files(folder);
        page.evaluate(waitFor(".tabPanel.active .yasr_downloadIcon") + "found.click(); return true;");
        for (int i = 0; i < 200; i++) {
            List<Path> now = files(folder);
            now.removeAll(had);
            if (!now.isEmpty()) {
                return Map.entry(now.get(0).getFileName().toString(), Files.readString(now.get(0)));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no file downloaded into " + folder);
    }

    private static List<Path> files(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return new java.util.ArrayList<>(files.filter(f -> !f.toString().endsWith(".crdownload")).toList());
        }
    }

    @Test
    void aNamedQueryTabRunsShowsAChartOfItsNumbersAndDownloadsItsResults() throws Exception {
        List<Map<String, String>> rows = SeedStore.get().named("casualty-claims");
        long numbers = rows.stream().mapToLong(r -> (r.containsKey("killed") ? 1 : 0) + (r.containsKey("wounded") ? 1 : 0))
                .sum();
        assertTrue(numbers > 0, "the seeds have casualty counts");
        chartAndDownload(server.baseUrl(), rows.size(), numbers);
    }

    /** Charts the casualty claims in the landing page's editor, clicking as a user would, and downloads them. */
    static void chartAndDownload(String site, int rows, long numbers) throws Exception {
        Path downloads = Files.createTempDirectory("downloads");
        try (DevTools page = DevTools.open(Files.createTempDirectory("chromium"), site + "/")) {
            page.downloadTo(downloads);
            // The tab of the named query, its run button, then the results' chart view: as a user clicks them.
            page.evaluate(waitFor("#yasgui[data-ready]") + "[...document.querySelectorAll('a[role=tab] > span')]"
                    + ".find(a => a.textContent === 'Casualty claims').click(); return true;");
            page.evaluate(waitFor(".tabPanel.active .yasqe_queryButton") + "found.click(); return true;");
            JsonNode table = page.evaluate(waitFor(".tabPanel.active .yasr .dt-column-title")
                    + "return [...document.querySelectorAll('.tabPanel.active .yasr .dt-column-title')]"
                    + ".map(e => e.textContent);");
            assertTrue(table.toString().contains("\"killed\""), "a table first: " + table);
            JsonNode chart = page.evaluate(waitFor(".tabPanel.active .select_chart") + "found.click(); "
                    + "const box = await waitFor('.tabPanel.active .kg-chart'); box.scrollIntoView(); "
                    + "const canvas = box.querySelector('canvas'); "
                    + "const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data; "
                    + "let painted = 0; for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) painted++; } "
                    + "return {rows: +box.dataset.rows, points: +box.dataset.points, series: box.dataset.series, "
                    + "width: canvas.width, height: canvas.height, painted: painted, "
                    + "selected: document.querySelector('.tabPanel.active .select_chart').classList.contains('selected')};");
            page.screenshot(SCREENSHOTS.resolve("chart.png"));
            assertEquals(rows, chart.path("rows").asInt(), chart.toString());
            assertEquals(numbers, chart.path("points").asLong(), "a bar for every number: " + chart);
            assertEquals("killed wounded", chart.path("series").asText(), chart.toString());
            assertTrue(chart.path("width").asInt() > 300 && chart.path("height").asInt() > 200
                    && chart.path("painted").asInt() > 2000, "Chart.js drew on the canvas: " + chart);
            Map.Entry<String, String> charted = download(page, downloads);
            assertTrue(charted.getKey().endsWith(".csv") && charted.getValue().lines().findFirst().orElse("")
                    .endsWith(",killed,wounded"), charted.toString());
            assertEquals(rows + 1, charted.getValue().lines().count(), charted.getValue());
            page.evaluate(waitFor(".tabPanel.active .select_table") + "found.click(); return true;");
            Map.Entry<String, String> all = download(page, downloads);
            assertTrue(all.getValue().replace("\"", "").startsWith("claim,incident,incidentType,place,date,killed,wounded,"),
                    "every column from the table: " + all);
            assertEquals(rows + 1, all.getValue().lines().count(), all.getValue());
            System.out.printf("chart of casualty-claims: %d rows, %d numbers, %d painted pixels; downloads %s (%d "
                    + "lines) and %s (%d lines)%n", rows, numbers, chart.path("painted").asInt(),
                    charted.getKey(), charted.getValue().lines().count(), all.getKey(), all.getValue().lines().count());
        }
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
