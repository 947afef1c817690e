package org.ceasefirekg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;

/** Runs SPARQL queries against a dataset without a server, writing standard SPARQL result formats. */
public final class QueryRunner {

    /** Result formats: the four W3C SPARQL result formats plus Jena's text table. */
    public enum Format {
        CSV(ResultSetLang.RS_CSV), TSV(ResultSetLang.RS_TSV), JSON(ResultSetLang.RS_JSON), TEXT(null),
        XML(ResultSetLang.RS_XML);

        private final Lang lang;

        Format(Lang lang) {
            this.lang = lang;
        }
    }

    private static final String EXTENSION = ".rq";
    private static final Pattern POSITION = Pattern.compile("\\s*(?:at )?[Ll]ine (\\d+), column (\\d+)[.:]?");

    private QueryRunner() {}

    /**
     * Runs a query in a read transaction and writes its results to out; CONSTRUCT and DESCRIBE results are written
     * as Turtle whatever the format.
     */
    public static void select(DatasetGraph ds, String sparql, Format format, OutputStream out) {
        Query query = parse(sparql);
        Txn.executeRead(ds, () -> {
            try (QueryExec exec = QueryExec.dataset(ds).query(query).build()) {
                switch (query.queryType()) {
                    case SELECT -> {
                        ResultSet results = ResultSet.adapt(exec.select());
                        if (format.lang == null) {
                            ResultSetFormatter.out(out, results, query.getPrologue());
                        } else {
                            ResultsWriter.create().lang(format.lang).build().write(out, results);
                        }
                    }
                    case ASK -> {
                        boolean answer = exec.ask();
                        if (format.lang == null) {
                            ResultSetFormatter.out(out, answer);
                        } else {
                            ResultsWriter.create().lang(format.lang).build().write(out, answer);
                        }
                    }
                    case CONSTRUCT -> RDFDataMgr.write(out, exec.construct(), Lang.TURTLE);
                    case DESCRIBE -> RDFDataMgr.write(out, exec.describe(), Lang.TURTLE);
                    default -> throw new IllegalArgumentException("not a query: " + query.queryType());
                }
            }
        });
    }

    /** Parses a query; a syntax error becomes a QueryParseException whose message starts with line and column. */
    public static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            // JavaCC's message ends with a long "Was expecting one of" list, and its own position is the accurate
            // one (for lexical errors getLine() is 0): keep the first line, with its position moved to the front.
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("syntax error");
            Matcher at = POSITION.matcher(first);
            int line = e.getLine();
            int column = e.getColumn();
            if (at.find()) {
                line = Integer.parseInt(at.group(1));
                column = Integer.parseInt(at.group(2));
            }
            String what = POSITION.matcher(first).replaceAll(":").replaceAll("^[\\s:]+|[\\s:]+$", "")
                    .replaceAll("\\s+", " ");
            throw new QueryParseException("line " + line + ", column " + column + ": " + what, e, line, column);
        }
    }

    /**
     * Returns the text of a query: nameOrFile itself when it ends in .rq or is an existing file, otherwise
     * queriesDir/NAME.rq; an unknown name throws IllegalArgumentException listing the available names.
     */
    public static String loadNamed(Path queriesDir, String nameOrFile) throws IOException {
        Path file = Path.of(nameOrFile);
        if (!nameOrFile.endsWith(EXTENSION) && !Files.isRegularFile(file)) {
            file = queriesDir.resolve(nameOrFile + EXTENSION);
            if (!Files.isRegularFile(file)) {
                List<String> names = names(queriesDir);
                throw new IllegalArgumentException("no query named '" + nameOrFile + "' in " + queriesDir
                        + (names.isEmpty() ? " (it has no .rq files)" : "; available: " + String.join(", ", names)));
            }
        } else if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no query file " + file.toAbsolutePath());
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Returns the names of the .rq files in a directory, sorted, without the extension. */
    public static List<String> names(Path queriesDir) throws IOException {
        if (!Files.isDirectory(queriesDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(queriesDir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(EXTENSION))
                    .map(n -> n.substring(0, n.length() - EXTENSION.length()))
                    .sorted()
                    .toList();
        }
    }
}
