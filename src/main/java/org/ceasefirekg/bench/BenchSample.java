package org.ceasefirekg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.ingest.CsvColumns;
import org.ceasefirekg.ingest.InputScanner;

/** The articles a benchmark runs on: taken from the inputs once, written out again for each batch of our build. */
public final class BenchSample {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchSample() {}

    /** Takes the first count readable articles of the inputs; a bad input is reported on err and passed over. */
    public static List<Article> take(List<Path> inputs, CsvColumns columns, int count, PrintWriter err) {
        List<Article> taken = new ArrayList<>();
        try {
            InputScanner.scan(inputs, columns).read(a -> {
                if (taken.size() >= count) {
                    throw new Enough();
                }
                if (taken.stream().noneMatch(t -> t.id().equals(a.article().id()))) {
                    taken.add(a.article());
                }
            }, p -> err.println("skipped " + p));
        } catch (Enough e) {
            // the sample is full: the rest of the input is not read
        }
        err.flush();
        return taken;
    }

    /** Ends reading once the sample is full. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Writes articles as JSON Lines, so our build reads exactly the texts plain CoreNLP gets. */
    static Path writeJsonl(List<Article> sample, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : sample) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", a.id());
                o.put("text", a.text());
                o.put("title", a.title());
                o.put("publisher", a.publisher());
                o.put("published", a.published());
                o.put("url", a.url());
                w.write(JSON.writeValueAsString(o));
                w.newLine();
            }
        }
        return file;
    }
}
