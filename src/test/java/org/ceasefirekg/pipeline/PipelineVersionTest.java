package org.ceasefirekg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version stamp follows the ontology folder it is given, and nothing else on disk. */
class PipelineVersionTest {

    /** Copies the project's ontology folder into a fresh home, as a curator's checkout would hold it. */
    static Path copyOfTheOntology(Path home) throws IOException {
        Path ontology = Files.createDirectories(home.resolve("ontology"));
        Path from = Path.of("ontology");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(f -> !f.equals(from)).sorted().toList()) {
                Files.copy(f, ontology.resolve(from.relativize(f).toString())); // folders before their files
            }
        }
        return ontology;
    }

    @Test
    void aCopyOfTheOntologyHasTheSameVersionAndAnEditedGazetteerAnother(@TempDir Path home) throws IOException {
        Path ontology = copyOfTheOntology(home);
        String project = PipelineVersion.of(Path.of("ontology"));
        assertEquals(project, PipelineVersion.of(ontology), "the digest reads contents, not paths");
        assertTrue(project.startsWith(PipelineVersion.VERSION + "+"), project);

        Files.writeString(ontology.resolve("gazetteer.ttl"), "\n# a curator's edit\n", StandardOpenOption.APPEND);
        assertNotEquals(project, PipelineVersion.of(ontology));
    }
}
