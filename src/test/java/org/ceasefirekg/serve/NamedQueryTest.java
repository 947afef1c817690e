package org.ceasefirekg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedQueryTest {

    @TempDir
    Path tmp;

    @Test
    void titleAndDescriptionComeFromTheHeaderCommentsWithContinuationLines() {
        NamedQuery q = NamedQuery.parse("casualty-claims", """
                # title: Casualty claims
                # description: Claimed numbers of killed and wounded,
                #   who reports it, in which article.
                PREFIX cf: <https://w3id.org/ceasefire-kg/ontology#>
                # description: a later comment is not the header
                SELECT * { ?s ?p ?o }
                """);
        assertEquals("Casualty claims", q.title());
        assertEquals("Claimed numbers of killed and wounded, who reports it, in which article.", q.description());
    }

    @Test
    void aQueryWithoutHeaderIsTitledByItsName() {
        NamedQuery q = NamedQuery.parse("plain", "SELECT * { ?s ?p ?o }");
        assertEquals("plain", q.title());
        assertEquals("", q.description());
    }

    @Test
    void onlyPlainNamesOfTheFolderAreFound() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(dir.resolve("a.rq"), "# title: A\nSELECT * {}");
        Files.writeString(tmp.resolve("secret.rq"), "SELECT * {}");
        assertEquals(List.of("a"), NamedQuery.all(dir).stream().map(NamedQuery::name).toList());
        assertEquals("A", NamedQuery.find(dir, "a").orElseThrow().title());
        for (String name : List.of("../secret", "..", "a.rq", "", "a/../a")) {
            assertTrue(NamedQuery.find(dir, name).isEmpty(), name);
        }
    }
}
