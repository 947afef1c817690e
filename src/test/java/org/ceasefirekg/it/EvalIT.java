package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefirekg.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * The quality harness on both gold files with real CoreNLP: every competency question gets a score, and the overall
 * scores stay above a floor a few points under what was measured, so a change that makes extraction worse fails here.
 * The stores live under target/eval-it, so a second run re-maps from the annotation cache instead of re-annotating.
 */
class EvalIT {

    /** Floors a few points under the scores measured when they were set (see README, "Extraction quality"). */
    static final double SEEDS_PRECISION = 0.75;
    static final double SEEDS_RECALL = 0.66;
    static final double FA_KES_PRECISION = 0.82;
    static final double FA_KES_RECALL = 0.70;

    static final List<String> QUESTIONS = List.of("ceasefires", "violation-claims", "casualty-claims", "accusations",
            "incidents", "quotes", "actors", "disagreements", "timeline");
    static final Pattern ROW = Pattern.compile(
            "^(\\S+|overall \\(micro\\))\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)$", Pattern.MULTILINE);

    /** One line of the score table. */
    record Row(int gold, int found, int system, int correct, double recall, double precision) {}

    static Map<String, Row> evaluate(String goldFile, String storeName) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(out, err);
        int code = cli.run("eval", "src/test/resources/gold/" + goldFile,
                "--store", Path.of("target", "eval-it", storeName).toString());
        System.out.println("=== kg eval " + goldFile);
        System.out.println(out);
        assertEquals(0, code, err.toString());
        Map<String, Row> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(out.toString());
        while (m.find()) {
            rows.put(m.group(1), new Row(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), number(m.group(6)), number(m.group(7))));
        }
        return rows;
    }

    static double number(String cell) {
        return cell.equals("-") ? Double.NaN : Double.parseDouble(cell);
    }

    /** picocli with captured output, as the other CLI tests use it. */
    record CommandLine(StringWriter out, StringWriter err) {
        int run(String... args) {
            picocli.CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            return cli.execute(args);
        }
    }

    static void assertScored(Map<String, Row> rows) {
        for (String q : QUESTIONS) {
            Row row = rows.get(q);
            assertTrue(row != null, q + " has a score line");
            assertTrue(row.gold() > 0, q + " has gold facts");
            assertTrue(row.found() <= row.gold() && row.correct() <= row.system(), q + ": counts are consistent");
            assertEquals((double) row.found() / row.gold(), row.recall(), 0.0005, q + " recall");
        }
        assertTrue(rows.containsKey("overall (micro)"));
    }

    @Test
    void seedsScoreAboveTheirFloor() {
        Map<String, Row> rows = evaluate("seeds.json", "seeds");
        assertScored(rows);
        Row overall = rows.get("overall (micro)");
        assertTrue(overall.precision() >= SEEDS_PRECISION, "seeds precision " + overall.precision());
        assertTrue(overall.recall() >= SEEDS_RECALL, "seeds recall " + overall.recall());
    }

    @Test
    void faKesScoresAboveItsFloor() {
        Map<String, Row> rows = evaluate("fa-kes-2016-09.json", "fa-kes");
        assertScored(rows);
        Row overall = rows.get("overall (micro)");
        assertTrue(overall.precision() >= FA_KES_PRECISION, "FA-KES precision " + overall.precision());
        assertTrue(overall.recall() >= FA_KES_RECALL, "FA-KES recall " + overall.recall());
    }
}
