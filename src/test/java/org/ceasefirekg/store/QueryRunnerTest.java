package org.ceasefirekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRunnerTest {

    static final String QUERY = "PREFIX ex: <http://example.org/> "
            + "SELECT ?s ?n WHERE { GRAPH ?g { ?s ex:n ?n } } ORDER BY ?s";

    static DatasetGraph data() {
        // An in-memory transactional dataset: QueryRunner needs only transactions, not TDB2.
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.add(SSE.parseQuad("(<http://example.org/g> <http://example.org/a> <http://example.org/n> 1)"));
        dsg.add(SSE.parseQuad("(<http://example.org/g> <http://example.org/b> <http://example.org/n> \"x,y\")"));
        return dsg;
    }

    static String run(String query, QueryRunner.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.select(data(), query, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csv() {
        assertEquals("s,n\r\nhttp://example.org/a,1\r\nhttp://example.org/b,\"x,y\"\r\n",
                run(QUERY, QueryRunner.Format.CSV));
    }

    @Test
    void tsv() {
        assertEquals("?s\t?n\n<http://example.org/a>\t1\n<http://example.org/b>\t\"x,y\"\n",
                run(QUERY, QueryRunner.Format.TSV));
    }

    @Test
    void json() {
        String json = run(QUERY, QueryRunner.Format.JSON);
        ResultSet results = ResultSetMgr.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        assertEquals(java.util.List.of("s", "n"), results.getResultVars());
        assertEquals(2, ResultSetFactory.copyResults(results).size());
    }

    @Test
    void textUsesTheQueryPrefixes() {
        String text = run(QUERY, QueryRunner.Format.TEXT);
        assertTrue(text.contains("ex:a"), text);
    }

    @Test
    void askAndConstruct() {
        assertTrue(run("ASK { GRAPH ?g { ?s ?p 1 } }", QueryRunner.Format.JSON).contains("true"));
        String turtle = run("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", QueryRunner.Format.CSV);
        assertTrue(turtle.contains("<http://example.org/a>"), turtle);
    }

    @Test
    void parseErrorsSayWhere() {
        QueryParseException e = assertThrows(QueryParseException.class,
                () -> run("SELECT ?s\nWHERE { ?s ?p }", QueryRunner.Format.CSV));
        assertTrue(e.getMessage().startsWith("line 2, column "), e.getMessage());
        assertEquals(2, e.getLine());
    }

    @Test
    void loadNamedReadsNamesAndFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("claims.rq"), "SELECT * {}");
        Files.writeString(dir.resolve("actors.rq"), "ASK {}");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        assertEquals("SELECT * {}", QueryRunner.loadNamed(dir, "claims"));
        assertEquals("ASK {}", QueryRunner.loadNamed(Path.of("/nowhere"), dir.resolve("actors.rq").toString()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QueryRunner.loadNamed(dir, "nosuch"));
        assertTrue(e.getMessage().contains("nosuch"), e.getMessage());
        assertTrue(e.getMessage().endsWith("available: actors, claims"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.loadNamed(dir, "missing.rq"));
    }
}
