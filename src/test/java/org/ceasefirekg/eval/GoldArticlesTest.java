package org.ceasefirekg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ceasefirekg.ingest.InputScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FA-KES rows become UTF-8 text files with a manifest the build reads. */
class GoldArticlesTest {
    @TempDir
    Path tmp;

    @Test
    void latinOneRowsBecomeUtf8FilesWithTitleAndNoDate() throws Exception {
        Path csv = tmp.resolve("data.csv");
        Files.write(csv, ("unit_id,article_title,article_content,source,date,location,labels\n"
                + "7,\"Caf\u00e9, title\",\"19 Sep 2016 Text \"\"quoted\"\" \u00e9\",s,9/1/2016,l,1\n"
                + "8,Other,Other text,s,d,l,0\n").getBytes(StandardCharsets.ISO_8859_1));
        GoldFile gold = GoldFile.parse(new ObjectMapper().readTree("""
                {"articles": {"kind": "fa-kes", "csv": "data.csv"}, "documents": [{"unitId": "7"}]}"""), "g");
        List<Path> inputs = GoldArticles.materialise(gold, tmp, tmp.resolve("work"));
        assertEquals(List.of(tmp.resolve("work/7.txt")), inputs);
        assertEquals("19 Sep 2016 Text \"quoted\" \u00e9", Files.readString(inputs.get(0), StandardCharsets.UTF_8));
        var scanned = InputScanner.scan(inputs).files().get(0).load();
        assertEquals("Caf\u00e9, title", scanned.title());
        assertEquals(null, scanned.published(), "the pipeline infers the date from the dateline");
        assertEquals("7.txt", scanned.fileName());
    }
}
