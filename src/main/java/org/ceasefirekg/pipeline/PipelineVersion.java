package org.ceasefirekg.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.ceasefirekg.extract.CoreNlpAnnotator;

/**
 * The pipeline's identity, stamped on every article graph: an article whose stamp differs from the running pipeline's
 * is rebuilt. It digests everything that shapes an article's triples: the ontology folder's Turtle files (lexicon,
 * gazetteer, triggers, CAMEO codes), the annotators, and the code and resources of the packages from input to
 * triples ({@link CodeDigest#PACKAGES}).
 */
public final class PipelineVersion {
    /** Version of this software, recorded with every build. */
    public static final String VERSION = "0.1.0";

    private PipelineVersion() {}

    /** Returns this version and a digest of the ontology files in ontology, the annotators and the running code. */
    public static String of(Path ontology) throws IOException {
        MessageDigest digest = sha256();
        updateWithData(digest, ontology);
        CodeDigest.update(digest);
        return VERSION + "+" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    /** Adds the ontology folder's Turtle files, its grammar rules' included (by path and content), and the annotators. */
    static void updateWithData(MessageDigest digest, Path ontology) throws IOException {
        try (Stream<Path> files = Files.walk(ontology)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl") && Files.isRegularFile(p)).sorted().toList()) {
                digest.update(ontology.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(f));
            }
        }
        digest.update(CoreNlpAnnotator.RECIPE.getBytes(StandardCharsets.UTF_8));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
