package org.ceasefirekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.ceasefirekg.store.KgStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {

    static final String EX = "http://example.org/";

    @TempDir
    Path tmp;
    Path store;
    Path queries;
    /** The last command's run. */
    CliRun last;

    @BeforeEach
    void fill() throws IOException {
        store = tmp.resolve("store");
        try (KgStore kg = KgStore.open(store)) {
            kg.replaceGraph(NodeFactory.createURI(EX + "g"), sink -> sink.triple(Triple.create(
                    NodeFactory.createURI(EX + "a"), NodeFactory.createURI(EX + "p"),
                    NodeFactory.createLiteralString("caf\u00e9"))));
        }
        queries = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(queries.resolve("objects.rq"), "SELECT ?o WHERE { ?s <" + EX + "p> ?o }");
        Files.writeString(queries.resolve("broken.rq"), "SELECT ?o\nWHERE { ?s ?p }");
    }

    int run(String... args) {
        last = CliRun.kg(args);
        return last.code();
    }

    @Test
    void namedQueryAsCsv() {
        int code = run("query", "objects", "--store", store.toString(), "--queries", queries.toString(),
                "--format", "csv");
        assertEquals(0, code, last.err());
        assertEquals("o\r\ncaf\u00e9\r\n", last.out());
    }

    @Test
    void queryFileAsText() {
        int code = run("query", queries.resolve("objects.rq").toString(), "--store", store.toString());
        assertEquals(0, code, last.err());
        assertTrue(last.out().contains("\"caf\u00e9\""), last.out());
    }

    @Test
    void unknownNameListsTheAvailableQueries() {
        int code = run("query", "nosuch", "--store", store.toString(), "--queries", queries.toString());
        assertEquals(2, code);
        assertTrue(last.err().contains("available: broken, objects"), last.err());
        assertEquals("", last.out());
    }

    @Test
    void parseErrorSaysWhere() {
        int code = run("query", "broken", "--store", store.toString(), "--queries", queries.toString());
        assertEquals(2, code);
        assertTrue(last.err().contains("line 2, column"), last.err());
    }

    @Test
    void missingStoreSaysBuildFirst() {
        Path missing = tmp.resolve("nostore");
        int code = run("query", "objects", "--store", missing.toString(), "--queries", queries.toString());
        assertEquals(1, code);
        assertTrue(last.err().contains("is empty: run ./kg build first"), last.err());
        assertTrue(Files.notExists(missing), "a query must not create a store");
    }

    @Test
    void emptyStoreSaysBuildFirst() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        int code = run("query", "objects", "--store", empty.toString(), "--queries", queries.toString());
        assertEquals(1, code);
        assertTrue(last.err().contains("is empty: run ./kg build first"), last.err());
    }
}
