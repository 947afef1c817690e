package org.ceasefirekg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFileTest {

    private final List<InputArticle> articles = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();

    private void read(Path file, CsvColumns columns) {
        new RecordFile(file, columns).read(articles::add, problems::add);
    }

    private String problemText() {
        return problems.toString();
    }

    /** Checks that the problems are on these lines of the file, in order. */
    private void assertLines(Path file, int... lines) {
        assertEquals(java.util.Arrays.stream(lines).mapToObj(n -> file + " line " + n).toList(),
                problems.stream().map(InputProblem::source).toList());
    }

    /** Checks that the problems' reasons hold the fragments, one each, in order. */
    private void assertReasons(String... fragments) {
        assertEquals(fragments.length, problems.size(), problemText());
        for (int i = 0; i < fragments.length; i++) {
            assertTrue(problems.get(i).reason().contains(fragments[i]), fragments[i] + " in " + problemText());
        }
    }

    @Test
    void readsJsonLinesAndReportsEachBadLineByNumber(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("news.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\": \"a1\", \"text\": \"Shelling hit the town.\", \"title\": \"Shelling\", \"publisher\": \"Agency\","
                        + " \"published\": \"2016-09-19\", \"url\": \"https://example.org/a1\"}",
                "",
                "{\"id\": 42, \"text\": \"A truce began at noon.\"}",
                "{\"id\": \"a3\", \"text\": \"unterminated",
                "[1, 2]",
                "{\"text\": \"No id here.\"}",
                "{\"id\": \"a6\", \"text\": \"  \"}",
                "{\"id\": \"a7\", \"text\": \"Dated badly.\", \"published\": \"19/09/2016\"}",
                ""), StandardCharsets.UTF_8);
        read(file, CsvColumns.DEFAULT);

        assertEquals(List.of("a1", "a7"), articles.stream().map(a -> a.article().id()).toList());
        Article a1 = articles.get(0).article();
        assertEquals(new Article("a1", "a1", "Shelling hit the town.", "Shelling", "Agency", "2016-09-19",
                "https://example.org/a1"), a1);
        assertNull(articles.get(1).article().published(), "a bad date is dropped, the article kept");
        assertLines(file, 3, 4, 5, 6, 7, 8);
        assertReasons("\"id\" is a number (42), not a string", "not JSON", "not a JSON object", "no id", "no text",
                "19/09/2016");
    }

    @Test
    void refusesNumbersBooleansAndObjectsWhereJsonLinesWantStrings(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("typed.jsonl"), String.join("\n", "{\"id\": 1e2, \"text\": \"Numbers as ids.\"}",
                "{\"id\": \"t2\", \"text\": true}",
                "{\"id\": false, \"text\": \"x\"}",
                "{\"id\": \"t4\", \"text\": \"Fine.\", \"title\": {\"a\": 1}}",
                "{\"id\": \"t5\", \"text\": 12}",
                "{\"id\": \"t6\", \"text\": \"Fine.\", \"title\": null}"));
        read(file, CsvColumns.DEFAULT);
        assertEquals(List.of("t6"), articles.stream().map(a -> a.article().id()).toList());
        assertLines(file, 1, 2, 3, 4, 5);
        assertReasons("\"id\" is a number (100.0), not a string", "\"text\" is a boolean (true)", "\"id\" is a boolean",
                "\"title\" is an object", "\"text\" is a number (12)");
    }

    @Test
    void refusesRecordsWithOverLongWordsAndDatesOutsideFourDigitYears(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("edge.csv");
        Files.writeString(file, "id,text,published\n"
                + "w1,The army " + "z".repeat(60_000) + " shelled.,4/5/2017\n"
                + "d1,Dated far ahead.,1/1/10000\n"
                + "d2,Dated fine.,4/5/2017\n");
        read(file, new CsvColumns("id", "text", null, null, null, null, StandardCharsets.UTF_8, "M/d/yyyy"));
        assertEquals(List.of("d1", "d2"), articles.stream().map(a -> a.article().id()).toList());
        assertNull(articles.get(0).article().published());
        assertEquals("2017-04-05", articles.get(1).article().published());
        assertEquals(file + " line 2", problems.get(0).source());
        assertTrue(problems.get(0).reason().startsWith("text of w1 has a word of 60,000 characters"), problemText());
        assertEquals(file + " line 3", problems.get(1).source());
        assertTrue(problems.get(1).reason().contains("'1/1/10000' is not a date like M/d/yyyy with a year from 1000"),
                problemText());
    }

    @Test
    void readsAUtf16JsonLinesFileWithAByteOrderMarkAndMintsIdsForAnyScript(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("utf16.jsonl");
        Files.write(file, ("\uFEFF{\"id\": \"Донецк-1\", \"text\": \"Обстрел.\", \"published\": \"-0001-01-01\"}\n"
                + "{\"id\": \"донецк-1\", \"text\": \"Другой.\"}\n").getBytes(StandardCharsets.UTF_16BE));
        read(file, CsvColumns.DEFAULT);
        assertEquals(2, articles.size(), problemText());
        Article first = articles.get(0).article();
        assertEquals("Донецк-1", first.fileName());
        assertTrue(first.id().startsWith("donetsk-1-h"), first.id());
        assertTrue(!first.id().equals(articles.get(1).article().id()));
        assertNull(first.published());
        assertTrue(problems.get(0).reason().contains("'-0001-01-01' is not an ISO 8601"), problemText());
    }

    @Test
    void reportsJsonLinesThatAreNotUtf8AndSkipsTheRest(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.write(file, "{\"id\": \"1\", \"text\": \"ok\"}\n{\"id\": \"2\", \"text\": \"caf\u00e9\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        read(file, CsvColumns.DEFAULT);
        assertEquals(1, articles.size());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).reason().contains("not valid UTF-8"), problemText());
    }

    @Test
    void readsACsvThroughAColumnMappingWithMultiLineTextLatin1AndUsDates(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corpus.csv");
        String csv = "unit_id,article_title,article_content,source,date\r\n"
                + "101,Truce holds,\"Caf\u00e9 owners reopened, said the mayor.\r\nA second paragraph.\",nna,4/5/2017\r\n"
                + "102,,\"One line.\",sana,12/31/2016\r\n"
                + "103,Too short,row\r\n";
        Files.write(file, csv.getBytes(StandardCharsets.ISO_8859_1));
        CsvColumns columns = new CsvColumns("unit_id", "article_content", "article_title", "source", "date", null,
                StandardCharsets.ISO_8859_1, "M/d/yyyy");
        read(file, columns);

        assertEquals(2, articles.size(), problemText());
        Article first = articles.get(0).article();
        assertEquals(new Article("101", "101", "Caf\u00e9 owners reopened, said the mayor.\r\nA second paragraph.",
                "Truce holds", "nna", "2017-04-05", null), first);
        assertEquals(file + " line 2", articles.get(0).source());
        assertEquals(file + " line 4", articles.get(1).source(), "the quoted line break moved the next record");
        assertEquals("2016-12-31", articles.get(1).article().published());
        assertNull(articles.get(1).article().title());
        assertEquals(1, problems.size(), problemText());
        assertEquals(file + " line 5", problems.get(0).source());
        assertTrue(problems.get(0).reason().contains("3 fields but the header has 5"), problemText());
    }

    @Test
    void skipsBlankLinesKeepsStrayQuotesAndCountsLinesAcrossThem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("blank.csv");
        Files.writeString(file, "\uFEFFid,text\n\nb1,\"two\nlines\"\n\n\nb2,a 5\" gun\n");
        read(file, CsvColumns.DEFAULT);
        assertEquals(List.of(), problems);
        assertEquals(List.of(file + " line 3", file + " line 7"), articles.stream().map(InputArticle::source).toList());
        assertEquals("two\nlines", articles.get(0).article().text());
        assertEquals("a 5\" gun", articles.get(1).article().text());
    }

    @Test
    void aQuoteNeverClosedStopsTheFileAfterTheRecordsBeforeIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("open.csv");
        Files.writeString(file, "id,text\nc1,fine\nc2,\"never closed\nc3,more\n");
        read(file, CsvColumns.DEFAULT);
        assertEquals(List.of("c1"), articles.stream().map(a -> a.article().id()).toList());
        assertEquals(1, problems.size(), problemText());
        String reason = problems.get(0).reason();
        assertTrue(reason.contains("startline 3") && reason.contains("rest of the file is skipped"), reason);
    }

    @Test
    void saysWhichMappedColumnIsMissingAndWhichColumnsThereAre(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corpus.csv");
        Files.writeString(file, "unit_id,article_content\n1,Text.\n");
        read(file, new CsvColumns("unit_id", "body", "headline", null, null, null, StandardCharsets.UTF_8, null));
        assertTrue(articles.isEmpty());
        assertEquals(1, problems.size(), problemText());
        String reason = problems.get(0).reason();
        assertTrue(reason.contains("no column 'body'") && reason.contains("--csv-text"), reason);
        assertTrue(reason.contains("no column 'headline'") && reason.contains("--csv-title"), reason);
        assertTrue(reason.contains("unit_id, article_content"), reason);
    }

    @Test
    void usesColumnsNamedLikeJsonFieldsByDefault(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plain.csv");
        Files.writeString(file, "ID,Text,Title,URL\nx1,Some text.,A title,https://example.org/x1\n");
        read(file, CsvColumns.DEFAULT);
        assertEquals(List.of(), problems);
        assertEquals(new Article("x1", "x1", "Some text.", "A title", null, null, "https://example.org/x1"),
                articles.get(0).article());
    }

    @Test
    void reportsACsvThatIsNotInTheGivenEncoding(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "id,text\n1,fine\n2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        read(file, CsvColumns.DEFAULT);
        assertEquals(1, articles.size());
        String reason = problems.get(0).reason();
        assertTrue(reason.contains("not valid UTF-8") && reason.contains("--encoding ISO-8859-1"), reason);
        assertTrue(reason.contains("line 3"), reason);
    }

    @Test
    void aScanTakesJsonlAndCsvFilesAsRecordFilesButNotAManifest(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"j1\", \"text\": \"One.\"}\n{\"id\": \"j2\", \"text\": \"Two.\"}\n");
        Files.writeString(dir.resolve("b.csv"), "id,text\nc1,Three.\n");
        Files.writeString(dir.resolve("c.txt"), "Four.");
        Files.writeString(dir.resolve("manifest.csv"), "file,title\nc.txt,Title\n");
        InputScanner scan = InputScanner.scan(List.of(dir.resolve("a.jsonl"), dir.resolve("b.csv"),
                dir.resolve("c.txt"), dir.resolve("manifest.csv")));
        assertEquals(2, scan.records().size());
        assertEquals(1, scan.files().size());
        assertEquals(4, scan.articleCount());
        List<String> ids = new ArrayList<>();
        scan.read(a -> ids.add(a.article().id()), problems::add);
        assertEquals(List.of("c", "j1", "j2", "c1"), ids);
        assertEquals(List.of(), problems);
    }
}
