package org.ceasefirekg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @Test
    void aFileListedTwiceIsReportedAndTheFirstRowKept(@TempDir Path dir) throws Exception {
        Manifest m = manifest(dir, "file,title\n\na.txt,First\nb.txt,\"Two\nlines\"\na.txt,Second\n");
        Path file = dir.resolve(Manifest.FILE_NAME);
        assertEquals("First", m.entries().get("a.txt").title());
        assertEquals(1, m.problems().size(), m.problems().toString());
        assertEquals(file + " line 6", m.problems().get(0).source());
        assertTrue(m.problems().get(0).reason().contains("lists 'a.txt' again (first on line 3)"),
                m.problems().toString());
    }

    @Test
    void aManifestThatIsNotUtf8NamesTheLineAndByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(Manifest.FILE_NAME);
        Files.write(file, "file,title\na.txt,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Manifest m = Manifest.read(file);
        assertTrue(m.entries().isEmpty());
        String reason = m.problems().get(0).toString();
        assertTrue(reason.startsWith(file + ": not valid UTF-8: byte 0xE9 at line 2, column 10"), reason);
        assertTrue(!reason.contains("Input length"), reason);
    }

    @Test
    void aUtf16ManifestWithAByteOrderMarkIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(Manifest.FILE_NAME);
        Files.write(file, "\uFEFFfile,title\na.txt,Гуманитарная пауза\n".getBytes(StandardCharsets.UTF_16LE));
        Manifest m = Manifest.read(file);
        assertEquals("Гуманитарная пауза", m.entries().get("a.txt").title(), m.problems().toString());
    }

    @Test
    void yearsOfFiveDigitsOrBelowZeroAreRefusedWhenRead(@TempDir Path dir) throws Exception {
        Manifest m = manifest(dir, "file,published\na.txt,+10000-01-01\nb.txt,-0001-01-01\nc.txt,2016-09-19\n");
        assertNull(m.entries().get("a.txt").published());
        assertNull(m.entries().get("b.txt").published());
        assertEquals("2016-09-19", m.entries().get("c.txt").published());
        assertEquals(2, m.problems().size(), m.problems().toString());
        assertTrue(m.problems().get(0).toString().contains("line 2: published '+10000-01-01' is not an ISO 8601"),
                m.problems().toString());
        assertTrue(m.problems().get(1).reason().contains("year from 1000 to 9999"), m.problems().toString());
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Manifest m = manifest(dir, "file,title\na.txt,Fine\nb.txt,\"never closed\n");
        assertEquals("Fine", m.entries().get("a.txt").title());
        assertTrue(m.problems().get(0).toString().contains("line 3: not readable as CSV"), m.problems().toString());
    }

    private static Manifest manifest(Path dir, String csv) throws java.io.IOException {
        return Manifest.read(Files.writeString(dir.resolve(Manifest.FILE_NAME), csv));
    }
}
