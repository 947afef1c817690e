package org.ceasefirekg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {

    @Test
    void readsADirectoryWithItsManifestInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Second article.");
        Files.writeString(dir.resolve("a.txt"), "First article.");
        Files.writeString(dir.resolve("manifest.csv"), """
                file,title,publisher,published,url
                a.txt,"Title, with comma",Agency,2016-09-19,https://example.org/a
                b.txt,,,,
                """);
        InputScanner scan = InputScanner.scan(List.of(dir));
        assertEquals(List.of("a", "b"), scan.files().stream().map(TextFile::id).toList());
        assertTrue(scan.problems().isEmpty(), scan.problems().toString());
        Article a = scan.files().get(0).load();
        assertEquals("Title, with comma", a.title());
        assertEquals("Agency", a.publisher());
        assertEquals("2016-09-19", a.published());
        assertEquals("https://example.org/a", a.url());
        assertNull(scan.files().get(1).load().title());
    }

    @Test
    void reportsBadManifestRowsAndUnknownFilesByName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Text.");
        Files.writeString(dir.resolve("manifest.csv"), """
                file,title,publisher,published,url
                a.txt,,,19/09/2016,
                missing.txt,,,,
                """);
        InputScanner scan = InputScanner.scan(List.of(dir));
        assertEquals(1, scan.files().size());
        assertNull(scan.files().get(0).load().published(), "a bad date is dropped, not guessed");
        String problems = scan.problems().toString();
        assertTrue(problems.contains("19/09/2016"), problems);
        assertTrue(problems.contains("missing.txt"), problems);
    }

    @Test
    void reportsMissingInputs(@TempDir Path dir) {
        InputScanner scan = InputScanner.scan(List.of(dir.resolve("nowhere")));
        assertTrue(scan.files().isEmpty());
        assertTrue(scan.problems().get(0).reason().contains("no such file"));
    }

    @Test
    void rejectsEmptyBinaryInvalidUtf8AndHtmlFilesWithAReason(@TempDir Path dir) throws IOException {
        assertRejected(dir, "empty.txt", new byte[0], "empty");
        assertRejected(dir, "blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8), "empty");
        assertRejected(dir, "binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1}, "binary");
        assertRejected(dir, "latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'}, "UTF-8");
        assertRejected(dir, "page.txt", "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8),
                "HTML");
    }

    @Test
    void aFileGoneOrTurnedIntoAPipeAfterTheScanIsRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
        RejectedInputException gone = assertThrows(RejectedInputException.class,
                () -> new TextFile(dir.resolve("gone.txt"), null).load());
        assertTrue(gone.getMessage().startsWith("no such file"), gone.getMessage());
        FolderEntriesTest.mkfifo(dir.resolve("pipe.txt"));
        RejectedInputException pipe = assertThrows(RejectedInputException.class,
                () -> new TextFile(dir.resolve("pipe.txt"), null).load());
        assertTrue(pipe.getMessage().startsWith("not a regular file"), pipe.getMessage());
    }

    @Test
    void keepsTextExactlyButDropsAByteOrderMark(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bom.txt");
        Files.write(f, "\uFEFFSyria’s truce\r\nholds.".getBytes(StandardCharsets.UTF_8));
        assertEquals("Syria’s truce\r\nholds.", new TextFile(f, null).load().text());
    }

    @Test
    void contentHashChangesWithTextAndMetadata() {
        Article a = new Article("a", "a.txt", "text", null, null, null, null);
        assertEquals(a.contentHash(), new Article("a", "a.txt", "text", null, null, null, null).contentHash());
        assertTrue(!a.contentHash().equals(new Article("a", "a.txt", "text!", null, null, null, null).contentHash()));
        assertTrue(!a.contentHash().equals(new Article("a", "a.txt", "text", "T", null, null, null).contentHash()));
    }

    private static void assertRejected(Path dir, String name, byte[] bytes, String reason) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> new TextFile(f, null).load());
        assertTrue(e.getMessage().contains(reason), name + ": " + e.getMessage());
    }
}
