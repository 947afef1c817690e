package org.ceasefirekg.map;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.lexicon.Lexicon;

/** Golden-file comparison of graphs by isomorphism; prints the missing and unexpected triples on a difference. */
public final class GoldenGraphs {
    private GoldenGraphs() {}

    /** Maps a recorded article with the given lexicon into a fresh model. */
    static Model map(AnnotatedArticle article, Lexicon lexicon) {
        Model model = ModelFactory.createDefaultModel();
        new ArticleMapper(lexicon).map(article, StreamRDFLib.graph(model.getGraph()));
        return model;
    }

    /**
     * Asserts that actual is isomorphic to the Turtle file; with {@code -Dgolden.update=true} rewrites the file
     * instead (review the diff before committing it).
     */
    static void assertMatches(Model actual, Path expectedFile) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            actual.setNsPrefixes(java.util.Map.of("cf", "https://w3id.org/ceasefire-kg/ontology#",
                    "id", "https://w3id.org/ceasefire-kg/id/", "cameo", "https://w3id.org/ceasefire-kg/cameo/",
                    "rdfs", "http://www.w3.org/2000/01/rdf-schema#", "xsd", "http://www.w3.org/2001/XMLSchema#",
                    "owl", "http://www.w3.org/2002/07/owl#"));
            try (OutputStream out = Files.newOutputStream(expectedFile)) {
                RDFDataMgr.write(out, actual, RDFFormat.TURTLE_PRETTY);
            }
            return;
        }
        Model expected = RDFDataMgr.loadModel(expectedFile.toString(), Lang.TURTLE);
        if (actual.isIsomorphicWith(expected)) {
            return;
        }
        fail("graph differs from " + expectedFile + "\n" + differenceReport(expected, actual));
    }

    /** Lists the triples expected but not produced and those produced but not expected, sorted, one per line. */
    public static String differenceReport(Model expected, Model actual) {
        StringBuilder report = new StringBuilder();
        append(report, "missing (expected, not produced)", expected.difference(actual));
        append(report, "unexpected (produced, not expected)", actual.difference(expected));
        return report.toString();
    }

    private static void append(StringBuilder report, String title, Model triples) {
        List<String> lines = triples.listStatements().toList().stream()
                .map(s -> "  " + s.asTriple().toString()).sorted().toList();
        report.append(title).append(": ").append(lines.size()).append('\n');
        lines.forEach(l -> report.append(l).append('\n'));
    }
}
