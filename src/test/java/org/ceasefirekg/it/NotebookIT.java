package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.pipeline.ProjectPaths;
import org.ceasefirekg.serve.ExternalTool;
import org.ceasefirekg.serve.KgServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example notebook executes headless (jupyter nbconvert --execute) against a running server. */
class NotebookIT {

    @TempDir
    Path tmp;

    @Test
    void theNotebookRunsAndShowsTheTimelineAndThePlot() throws Exception {
        Path python = ExternalTool.python("python3-sparqlwrapper python3-pandas python3-matplotlib python3-nbconvert "
                + "python3-ipykernel", "SPARQLWrapper", "pandas", "matplotlib", "nbconvert", "ipykernel");
        ProjectPaths paths = Main.projectPaths();
        KgServer server = KgServer.start(SeedStore.get().store.dataset(), "127.0.0.1", 0, paths.queries());
        try {
            ExternalTool.Result run = ExternalTool.run(List.of(python.toString(), "-m", "nbconvert", "--to",
                    "notebook", "--execute", "--ExecutePreprocessor.timeout=120", "--output-dir", tmp.toString(),
                    paths.home().resolve("examples/ceasefire.ipynb").toString()),
                    Map.of("KG_SPARQL_ENDPOINT", server.url(), "MPLCONFIGDIR", tmp.resolve("mpl").toString(),
                            "JUPYTER_RUNTIME_DIR", tmp.resolve("runtime").toString(),
                            "PYDEVD_DISABLE_FILE_VALIDATION", "1"),
                    Duration.ofMinutes(4));
            assertEquals(0, run.exitCode(), run.output());
            JsonNode notebook = new ObjectMapper().readTree(Files.readString(tmp.resolve("ceasefire.ipynb")));
            List<JsonNode> outputs = new ArrayList<>();
            notebook.get("cells").forEach(cell -> {
                if (cell.has("outputs")) {
                    cell.get("outputs").forEach(outputs::add);
                }
            });
            assertFalse(outputs.stream().anyMatch(o -> o.get("output_type").asText().equals("error")), run.output());
            assertTrue(outputs.stream().anyMatch(o -> o.has("data") && o.get("data").has("image/png")),
                    "the casualty plot is drawn");
            String tables = outputs.stream().filter(o -> o.has("data") && o.get("data").has("text/html"))
                    .map(o -> o.get("data").get("text/html").toString()).reduce("", String::concat);
            assertTrue(tables.contains("start of Syria ceasefire of 2016-09-12"), "the timeline table: " + tables);
            assertTrue(tables.contains("Syrian Observatory for Human Rights"), "casualty claims by source");
        } finally {
            server.stop();
        }
    }
}
