package org.ceasefirekg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entry of an input folder is read or reported with a reason; links never lead out of the folder. */
class FolderEntriesTest {

    @Test
    void readsTxtInAnyCaseAndReportsEveryOtherEntryByName(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(tmp.resolve("secret.txt"), "Outside the folder.");
        Files.writeString(dir.resolve("good.txt"), "Good text.");
        Files.writeString(dir.resolve("UPPER.TXT"), "Upper-case extension.");
        Files.writeString(dir.resolve("notes.doc"), "Not an article.");
        Files.writeString(dir.resolve("README.md"), "About the folder, not an article: passed over like the manifest.");
        Files.writeString(dir.resolve("records.jsonl"), "{}");
        Files.writeString(dir.resolve(".hidden"), "Ignored, as ls ignores it.");
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("inside.txt"), dir.resolve("good.txt"));
        Files.createSymbolicLink(dir.resolve("relative.txt"), Path.of("good.txt"));
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        Files.createSymbolicLink(dir.resolve("escape.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(dir.resolve("up.txt"), Path.of("../secret.txt"));
        mkfifo(dir.resolve("pipe.txt"));

        InputScanner scan = InputScanner.scan(List.of(dir));
        assertEquals(List.of("UPPER.TXT", "good.txt", "inside.txt", "relative.txt"),
                scan.files().stream().map(f -> f.file().getFileName().toString()).toList());
        Map<String, String> reasons = scan.problems().stream().collect(Collectors.toMap(
                p -> Path.of(p.source()).getFileName().toString(), InputProblem::reason));
        assertEquals(List.of("dangling.txt", "escape.txt", "loop.txt", "notes.doc", "pipe.txt", "records.jsonl", "sub",
                "up.txt"), reasons.keySet().stream().sorted().toList(), reasons.toString());
        assertTrue(reasons.get("dangling.txt").contains("does not exist (a broken link)"), reasons.toString());
        assertTrue(reasons.get("loop.txt").contains("loops"), reasons.toString());
        assertTrue(reasons.get("escape.txt").contains("outside the input folder; refused, not followed"),
                reasons.toString());
        assertTrue(reasons.get("up.txt").contains("outside the input folder"), reasons.toString());
        assertTrue(reasons.get("pipe.txt").startsWith("a named pipe (FIFO), not a file"), reasons.toString());
        assertTrue(reasons.get("sub").startsWith("a folder inside the input folder"), reasons.toString());
        assertTrue(reasons.get("notes.doc").contains("not a .txt article file"), reasons.toString());
        assertTrue(reasons.get("records.jsonl").contains("name it as an input"), reasons.toString());
        Article upper = scan.files().get(0).load();
        assertEquals("Upper-case extension.", upper.text());
        assertTrue(upper.id().startsWith("upper-h"), upper.id());
    }

    @Test
    void namedOnTheCommandLineAPipeOrBrokenLinkIsReportedForWhatItIs(@TempDir Path dir) throws Exception {
        mkfifo(dir.resolve("pipe.txt"));
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        Files.writeString(dir.resolve("target.txt"), "Named by the user.");
        Files.createSymbolicLink(dir.resolve("named.txt"), dir.resolve("target.txt"));
        InputScanner scan = InputScanner.scan(List.of(dir.resolve("pipe.txt"), dir.resolve("dangling.txt"),
                dir.resolve("named.txt")));
        assertEquals(1, scan.files().size(), "a link the user names is followed");
        assertTrue(scan.problems().get(0).reason().startsWith("a named pipe (FIFO)"), scan.problems().toString());
        assertTrue(scan.problems().get(1).reason().contains("broken link"), scan.problems().toString());
    }

    @Test
    void aManifestThatIsALinkOutOfTheFolderIsRefusedNotRead(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "Text.");
        Files.writeString(tmp.resolve("other.csv"), "file,title\na.txt,Stolen title\n");
        Files.createSymbolicLink(dir.resolve(Manifest.FILE_NAME), tmp.resolve("other.csv"));
        InputScanner scan = InputScanner.scan(List.of(dir));
        assertEquals(1, scan.problems().size(), scan.problems().toString());
        assertTrue(scan.problems().get(0).reason().contains("outside the input folder"), scan.problems().toString());
        assertEquals(null, scan.files().get(0).load().title());
    }

    @Test
    void aNameWithANewlineIsPrintedEscapedAndGetsItsOwnId(@TempDir Path dir) throws Exception {
        Map<String, String> texts = Map.of("forged\nok    fake.txt", "Text.", "empty\n.txt", "", "Good1.txt", "One text.",
                "good1.txt", "Another text.");
        for (Map.Entry<String, String> file : texts.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        InputScanner scan = InputScanner.scan(List.of(dir));
        List<String> problems = scan.problems().stream().map(InputProblem::toString).toList();
        assertTrue(problems.isEmpty(), problems.toString());
        List<String> names = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        List<InputProblem> rejected = new java.util.ArrayList<>();
        scan.read(a -> {
            names.add(a.article().fileName());
            ids.add(a.article().id());
            assertTrue(!a.source().contains("\n"), a.source());
        }, rejected::add);
        assertTrue(names.contains("forged\\nok    fake.txt"), names.toString());
        assertEquals(3, ids.stream().distinct().count(), ids.toString());
        assertEquals(1, rejected.size());
        assertTrue(rejected.get(0).source().endsWith("empty\\n.txt"), rejected.toString());
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, p.waitFor(), "mkfifo " + path);
    }
}
