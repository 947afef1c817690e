package org.ceasefirekg.extract;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's output kept on disk (its own protobuf serialization), keyed by text, reference date and annotators, so a
 * change of lexicon, gazetteer, rules or mapper re-maps articles without annotating them again.
 */
public final class AnnotationCache {
    private static final Logger LOG = LoggerFactory.getLogger(AnnotationCache.class);
    /** Bumped whenever what goes into CoreNLP changes beyond its properties (e.g. dateline separation). */
    private static final String RECIPE = "5";
    /** A put takes well under a second, so an older temporary file was left by a writer that was killed. */
    private static final Duration ORPHAN_AGE = Duration.ofHours(1);
    private static final String TEMP_PREFIX = "annotation";
    private static final String TEMP_SUFFIX = ".tmp";
    private final Path dir;
    private final ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);

    /** Uses (and creates when needed) the given directory. */
    public AnnotationCache(Path dir) {
        this.dir = dir;
    }

    /** Returns the cache directory that belongs to a store directory: a sibling named {@code <store>.corenlp}. */
    public static Path besideStore(Path storeDir) {
        Path abs = storeDir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".corenlp");
    }

    /** Returns the cached annotation of this text and date, if any and readable. */
    public Optional<Annotation> get(String text, String referenceDate) {
        Path file = file(text, referenceDate);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Optional.of(serializer.read(in).first);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.warn("ignoring unreadable cached annotation {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Stores an annotation and returns it as read back from its serialized form, which is what a later build of the
     * same text gets from this cache. Extraction reads that form in both cases, so a fresh annotation and a cached
     * one give the same graph (once read back, a word's incoming dependency edges come in another order, and rules
     * that take a word's first parent would otherwise differ). A failure to write only costs a later re-annotation.
     */
    public Annotation put(String text, String referenceDate, Annotation annotation) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Annotation readBack;
        try {
            serializer.write(annotation, bytes);
            readBack = serializer.read(new ByteArrayInputStream(bytes.toByteArray())).first;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.warn("cannot serialize the annotation for the cache: {}", e.toString());
            return annotation;
        }
        Path file = file(text, referenceDate);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, TEMP_PREFIX, TEMP_SUFFIX);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                bytes.writeTo(out);
            }
            // Atomic rename: a crash never leaves a half-written cache entry under the real name.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot cache the annotation in {}: {}", dir, e.toString());
        }
        return readBack;
    }

    /** Deletes the temporary files of puts that were killed before their rename; returns how many. */
    public int removeOrphans() {
        try {
            return removeOlderThan(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX, ORPHAN_AGE);
        } catch (IOException e) {
            LOG.warn("cannot clear left-over temporary files in {}: {}", dir, e.toString());
            return 0;
        }
    }

    /** Deletes the files of dir matching glob that were last modified longer ago than age; returns how many. */
    static int removeOlderThan(Path dir, String glob, Duration age) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        FileTime before = FileTime.from(Instant.now().minus(age));
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, glob)) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).compareTo(before) < 0 && Files.deleteIfExists(temp)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private Path file(String text, String referenceDate) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(RECIPE.getBytes(StandardCharsets.UTF_8));
            digest.update(CoreNlpAnnotator.RECIPE.getBytes(StandardCharsets.UTF_8));
            digest.update(CoreNlpAnnotator.properties().toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(referenceDate).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(digest.digest()).substring(0, 32) + ".pb.gz");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
