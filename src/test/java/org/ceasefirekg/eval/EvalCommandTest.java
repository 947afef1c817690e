package org.ceasefirekg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefirekg.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg eval} refuses unusable gold files before building anything (so these tests load no model). */
class EvalCommandTest {
    @TempDir
    Path tmp;
    /** The last command's run. */
    CliRun last;

    int run(String... args) {
        last = CliRun.kg(args);
        return last.code();
    }

    @Test
    void brokenJsonIsExitCodeTwo() throws IOException {
        Path gold = Files.writeString(tmp.resolve("gold.json"), "{\"articles\": ");
        assertEquals(2, run("eval", gold.toString()));
        assertTrue(last.err().startsWith("gold file: " + gold + ": not valid JSON"), last.err());
    }

    @Test
    void anArticleThatIsNotThereIsExitCodeTwo() throws IOException {
        Path gold = Files.writeString(tmp.resolve("gold.json"), """
                {"articles": {"kind": "seeds", "dir": "seeds"}, "documents": [{"document": "no-such-article.txt"}]}""");
        assertEquals(2, run("eval", gold.toString()));
        assertTrue(last.err().contains("article no-such-article.txt is not a file in"), last.err());
    }

    @Test
    void aUnitIdMissingFromTheCsvIsExitCodeTwo() throws IOException {
        Path csv = Files.writeString(tmp.resolve("data.csv"),
                "unit_id,article_title,article_content,source,date,location,labels\n1,T,\"Text, with comma\",s,d,l,0\n");
        Path gold = Files.writeString(tmp.resolve("gold.json"), """
                {"articles": {"kind": "fa-kes", "csv": "%s"}, "documents": [{"unitId": "1"}, {"unitId": "2"}]}"""
                .formatted(csv.toString().replace("\\", "\\\\")));
        assertEquals(2, run("eval", gold.toString()));
        assertTrue(last.err().contains("no row with unit_id 2 in " + csv), last.err());
    }
}
