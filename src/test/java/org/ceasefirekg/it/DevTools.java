package org.ceasefirekg.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ceasefirekg.serve.ExternalTool;

/**
 * Headless Chromium driven over its DevTools protocol (a WebSocket, with the JDK's client), for tests that click:
 * scripts evaluated in the page do what a user's clicks do, and the page's downloads land in a folder.
 */
final class DevTools implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process chromium;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private DevTools(Process chromium, WebSocket socket) {
        this.chromium = chromium;
        this.socket = socket;
    }

    /** Starts Chromium on url with a fresh profile folder and connects to its page. */
    static DevTools open(Path profile, String url) throws Exception {
        Path log = Files.createTempFile("chromium", ".log");
        Process chromium = new ProcessBuilder(ExternalTool.chromiumCommand(profile, "--remote-debugging-port=0",
                "--window-size=1200,1000", url)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // Chromium writes the port it chose to DevToolsActivePort in the profile once it listens.
            Path active = profile.resolve("DevToolsActivePort");
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (!(Files.exists(active) && Files.readAllLines(active).size() >= 2)) {
                if (Instant.now().isAfter(deadline) || !chromium.isAlive()) {
                    throw new IllegalStateException("Chromium did not start: " + Files.readString(log));
                }
                Thread.sleep(100);
            }
            int port = Integer.parseInt(Files.readAllLines(active).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            String page = null;
            while (page == null && Instant.now().isBefore(deadline)) {
                JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                for (JsonNode target : targets) {
                    if (target.path("type").asText().equals("page")) {
                        page = target.path("webSocketDebuggerUrl").asText();
                    }
                }
                Thread.sleep(page == null ? 100 : 0);
            }
            if (page == null) {
                throw new IllegalStateException("no page in Chromium");
            }
            Listener listener = new Listener();
            DevTools tools = new DevTools(chromium, http.newWebSocketBuilder().buildAsync(URI.create(page), listener)
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            listener.tools = tools;
            tools.awaitLoaded(url, deadline);
            return tools;
        } catch (Exception | Error e) {
            stop(chromium);
            throw e;
        }
    }

    /** Waits until the page shows url, loaded: until then a script's context may vanish under it. */
    private void awaitLoaded(String url, Instant deadline) throws Exception {
        String check = "return location.href === " + JSON.writeValueAsString(url)
                + " && document.readyState === 'complete';";
        while (Instant.now().isBefore(deadline)) {
            try {
                if (evaluate(check).asBoolean()) {
                    return;
                }
            } catch (AssertionError navigating) {
                // the context of the blank page was destroyed by the load: ask the new one
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Chromium did not load " + url);
    }

    /** Sends one protocol command and returns its result; a protocol error fails. */
    JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new AssertionError(method + ": " + reply.path("error"));
        }
        return reply.path("result");
    }

    /** Evaluates a script in the page (an async function body may await) and returns its value as JSON. */
    JsonNode evaluate(String body) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", "(async () => {" + body + "})()",
                "awaitPromise", true, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("the page's script failed: " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Lets the page's downloads land in folder. */
    void downloadTo(Path folder) throws Exception {
        send("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                folder.toAbsolutePath().toString()));
    }

    /** Saves a PNG of the page as it is now. */
    void screenshot(Path png) throws Exception {
        Files.createDirectories(png.getParent());
        String data = send("Page.captureScreenshot", Map.of("format", "png")).path("data").asText();
        Files.write(png, java.util.Base64.getDecoder().decode(data));
    }

    @Override
    public void close() {
        socket.abort();
        stop(chromium);
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects each message (sent in parts) and completes the command it answers; events are ignored. */
    private static final class Listener implements WebSocket.Listener {
        private final List<CharSequence> parts = new ArrayList<>();
        volatile DevTools tools;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.add(data);
            if (last) {
                String text = String.join("", parts);
                parts.clear();
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id") && tools != null) {
                        CompletableFuture<JsonNode> answer = tools.pending.remove(message.path("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    }
                } catch (IOException e) {
                    // not JSON: nothing waits for it
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
