package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged cache entry must cost a re-annotation, never a failed build. */
class AnnotationCacheTest {
    static final String TEXT = "Rebels accused the army of violating the truce. The army denied it on Sunday.";
    static final String DATE = "2016-09-19";

    @TempDir
    Path dir;

    AnnotationCache cache;

    @BeforeEach
    void cacheOneAnnotation() {
        cache = new AnnotationCache(dir);
        cache.put(TEXT, DATE, tokenized(TEXT));
        assertEquals(TEXT, cache.get(TEXT, DATE).orElseThrow().get(CoreAnnotations.TextAnnotation.class),
                "a whole entry is read back");
    }

    /** Tokenizing and sentence splitting need no models, and give the serializer something real to write. */
    static Annotation tokenized(String text) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        Annotation annotation = new Annotation(text);
        new StanfordCoreNLP(props).annotate(annotation);
        return annotation;
    }

    @Test
    void aTruncatedEntryIsAMissAndTheNextPutRepairsIt() throws IOException {
        Path entry = entry();
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(whole, whole.length / 2));
        assertTrue(cache.get(TEXT, DATE).isEmpty());

        cache.put(TEXT, DATE, tokenized(TEXT));
        assertTrue(cache.get(TEXT, DATE).isPresent());
    }

    @Test
    void aWholeGzipOfACutAnnotationIsAMiss() throws IOException {
        Path entry = entry();
        byte[] serialized;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(entry))) {
            serialized = in.readAllBytes();
        }
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(cut)) {
            out.write(serialized, 0, serialized.length / 2);
        }
        Files.write(entry, cut.toByteArray());
        assertTrue(cache.get(TEXT, DATE).isEmpty());
    }

    @Test
    void anEmptyOrForeignEntryIsAMiss() throws IOException {
        Path entry = entry();
        Files.write(entry, new byte[0]);
        assertTrue(cache.get(TEXT, DATE).isEmpty());
        Files.writeString(entry, "<html>not an annotation</html>");
        assertTrue(cache.get(TEXT, DATE).isEmpty());
    }

    @Test
    void removesTheTemporaryFilesOfKilledPutsButNotFreshOnesOrEntries() throws IOException {
        Path orphan = Files.createTempFile(dir, "annotation", ".tmp");
        Files.setLastModifiedTime(orphan, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path beingWritten = Files.createTempFile(dir, "annotation", ".tmp");

        assertEquals(1, cache.removeOrphans());
        assertFalse(Files.exists(orphan));
        assertTrue(Files.exists(beingWritten), "another process may be about to rename it");
        assertTrue(cache.get(TEXT, DATE).isPresent());
    }

    private Path entry() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> entries = files.filter(p -> p.toString().endsWith(".pb.gz")).toList();
            assertEquals(1, entries.size(), entries.toString());
            return entries.get(0);
        }
    }
}
