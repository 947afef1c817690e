package org.ceasefirekg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BuildProgressTest {

    @Test
    void showsCountPercentRatesAndEta() {
        String line = BuildProgress.line(2, 4, 1000, 10.0);
        assertTrue(line.startsWith("[" + "=".repeat(15) + ">" + " ".repeat(14) + "] 2/4  50%"), line);
        assertTrue(line.contains("0.20 articles/s  100 tokens/s  ETA 0m10s"), line);
        assertTrue(BuildProgress.line(804, 804, 5, 1.0).contains("ETA -"));
        assertTrue(BuildProgress.line(1, 10_000, 5, 10.0).contains("ETA 27h46m"));
    }

    @Test
    void drawsNothingWhenNotOnATerminal() {
        BuildProgress none = BuildProgress.none();
        none.advance(10);
        none.draw();
        none.clear();
        StringWriter err = new StringWriter();
        BuildProgress bar = BuildProgress.onTerminal(new PrintWriter(err), 2);
        bar.advance(10);
        bar.draw();
        bar.clear();
        assertTrue(err.toString().startsWith("\r\033[K["), err.toString());
        assertTrue(err.toString().endsWith("\r\033[K"));
        assertEquals(2, err.toString().split("\r").length - 1);
    }
}
