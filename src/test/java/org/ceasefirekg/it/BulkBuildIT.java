package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.ceasefirekg.cli.CliRun;
import org.ceasefirekg.map.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk input through real CoreNLP: a JSON Lines file and a Latin-1 CSV with a column mapping and a multi-line field,
 * built on two threads and on one, must give isomorphic graphs; and so must a build that reads every annotation from
 * the first build's cache (coordinated subjects give a word several parents, whose order a cache round trip changes).
 */
class BulkBuildIT {

    static final String JSONL = """
            {"id": "truce-1", "title": "Truce agreed", "publisher": "Test Wire", "published": "2016-09-12", "text": "Government forces and rebels agreed to a ceasefire in Homs on Monday, a UN envoy said.\\nThe truce will start at noon, a UN spokesman told reporters."}
            {"id": "strike-2", "published": "2016-09-20", "text": "Warplanes struck a market in Idlib on Tuesday, killing at least 12 civilians, a local monitoring group said."}
            {"id": "shelling-5", "published": "2016-09-21", "text": "The observers said they could not tell whether army units or allied militias shelled the road to Hama on Wednesday. Government troops and rebel fighters accused each other of breaking the truce."}
            """;

    static final String CSV = "key,headline,body,day\r\n"
            + "caf\u00e9-3,Talks in Astana,\"Russia and Turkey brokered a ceasefire in Syria on Thursday.\r\n"
            + "The agreement covers the whole country, officials in Ankara said.\",12/29/2016\r\n"
            + "daraa-4,Shelling,\"Shelling killed 4 civilians in Daraa on Friday, activists said.\",12/30/2016\r\n";

    @Test
    void jsonlAndCsvBuildOnTwoThreadsAsOnOne(@TempDir Path dir) throws IOException {
        Path jsonl = Files.writeString(dir.resolve("news.jsonl"), JSONL);
        Path csv = Files.write(dir.resolve("news.csv"), CSV.getBytes(StandardCharsets.ISO_8859_1));
        List<String> mapping = List.of("--csv-id", "key", "--csv-text", "body", "--csv-title", "headline",
                "--csv-published", "day", "--csv-date-format", "M/d/yyyy", "--encoding", "ISO-8859-1");

        CliRun two = build(dir.resolve("two"), "2", mapping, jsonl, csv);
        CliRun one = build(dir.resolve("one"), "1", mapping, jsonl, csv);

        for (CliRun run : List.of(two, one)) {
            assertEquals(0, run.code(), run.out() + run.err());
            assertTrue(run.out().contains("5 articles built, 0 unchanged, 0 failed"), run.out());
            assertTrue(run.out().contains("5 annotated by CoreNLP"), run.out());
        }
        copyTree(dir.resolve("one.corenlp"), dir.resolve("cached.corenlp"));
        CliRun cached = build(dir.resolve("cached"), "1", mapping, jsonl, csv);
        assertTrue(cached.out().contains("0 annotated by CoreNLP (1 thread), 5 from the annotation cache"), cached.out());
        assertEquals(List.of(), BuildGraphs.differences(BuildGraphs.graphs(dir.resolve("one")),
                BuildGraphs.graphs(dir.resolve("cached"))), "a build from the cache writes what the fresh one wrote");
        assertTrue(two.out().contains("(2 threads)") && one.out().contains("(1 thread)"));
        Map<String, Model> parallel = BuildGraphs.graphs(dir.resolve("two"));
        Map<String, Model> serial = BuildGraphs.graphs(dir.resolve("one"));
        assertEquals(List.of(), BuildGraphs.differences(parallel, serial));

        Model cafe = parallel.get(Iris.articleGraph(org.ceasefirekg.ingest.ArticleIds.forRecord("caf\u00e9-3")));
        assertTrue(cafe != null, "the Latin-1 id was decoded: " + parallel.keySet());
        String turtle = cafe.toString();
        assertTrue(cafe.listObjects().toList().stream().anyMatch(o -> o.isLiteral()
                && o.asLiteral().getLexicalForm().equals("Talks in Astana")), turtle);
        assertTrue(cafe.listObjects().toList().stream().anyMatch(o -> o.isLiteral()
                && o.asLiteral().getLexicalForm().startsWith("2016-12-29")), "the US date became ISO");
        assertTrue(cafe.listObjects().toList().stream().anyMatch(o -> o.isLiteral()
                && o.asLiteral().getLexicalForm().contains("officials in Ankara said")), "the second line of the field");
        assertTrue(parallel.containsKey(Iris.articleGraph("truce-1")) && parallel.containsKey(Iris.articleGraph("strike-2")));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static CliRun build(Path store, String threads, List<String> mapping, Path... inputs) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--store", store.toString(), "--threads", threads));
        args.addAll(mapping);
        for (Path input : inputs) {
            args.add(input.toString());
        }
        return CliRun.kg(args.toArray(String[]::new));
    }
}
