package org.ceasefirekg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A digest of the compiled code that decides what a build writes: the packages from input to triples, class files and
 * any resource files beside them. It is part of the pipeline version, so after an upgrade of the rules, the mapper or
 * the build itself a rebuild re-maps every article (from the annotation cache) instead of keeping graphs the old code
 * made. The files are hashed, not the jar, whose bytes change with every packaging.
 */
final class CodeDigest {

    /**
     * The packages whose code shapes an article's triples: reading inputs, the lexicon, extraction, mapping, and the
     * pipeline (reference dates, the version stamp). A change of the store, server or command line re-maps nothing.
     */
    static final List<String> PACKAGES = List.of("org/ceasefirekg/ingest/", "org/ceasefirekg/lexicon/",
            "org/ceasefirekg/extract/", "org/ceasefirekg/map/", "org/ceasefirekg/pipeline/");

    private CodeDigest() {}

    /** Adds the running code's files to digest; where the code cannot be read, adds nothing. */
    static void update(MessageDigest digest) {
        try {
            update(digest, Path.of(CodeDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // Only a change of the ontology files or annotators then marks articles as out of date.
        }
    }

    /** Adds the files of {@link #PACKAGES} (classes and resources) in codeSource, a jar or a classes folder. */
    static void update(MessageDigest digest, Path codeSource) throws IOException {
        if (Files.isDirectory(codeSource)) {
            List<Path> found;
            try (Stream<Path> files = Files.walk(codeSource)) {
                found = files.filter(Files::isRegularFile)
                        .filter(f -> inPackages(codeSource.relativize(f).toString().replace('\\', '/')))
                        .sorted(Comparator.comparing(Path::toString)).toList();
            }
            for (Path f : found) {
                add(digest, codeSource.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
            return;
        }
        try (JarFile jar = new JarFile(codeSource.toFile())) {
            List<JarEntry> found = jar.stream().filter(e -> !e.isDirectory() && inPackages(e.getName()))
                    .sorted(Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry entry : found) {
                try (InputStream in = jar.getInputStream(entry)) {
                    add(digest, entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    private static boolean inPackages(String name) {
        return PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static void add(MessageDigest digest, String name, byte[] bytes) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }
}
