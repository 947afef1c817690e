package org.ceasefirekg.cli;

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
 * A digest of the compiled code that decides what a build writes: the packages from input to triples. It is part of
 * the pipeline version, so after an upgrade of the rules or the mapper a rebuild re-maps every article (from the
 * annotation cache) instead of keeping graphs the old code made. Class files are hashed, not the jar, whose bytes
 * change with every packaging.
 */
final class CodeDigest {

    /** The packages whose code shapes the graph; a change of the server or the command line re-maps nothing. */
    static final List<String> PACKAGES = List.of("org/ceasefirekg/ingest/", "org/ceasefirekg/lexicon/",
            "org/ceasefirekg/extract/", "org/ceasefirekg/map/");

    private CodeDigest() {}

    /** Adds the running code's class files to digest; where the code cannot be read, adds nothing. */
    static void update(MessageDigest digest) {
        try {
            update(digest, Path.of(CodeDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // Only a change of the ontology files or annotators then marks articles as out of date.
        }
    }

    /** Adds the class files of {@link #PACKAGES} found in codeSource (a jar or a classes folder) to digest. */
    static void update(MessageDigest digest, Path codeSource) throws IOException {
        if (Files.isDirectory(codeSource)) {
            List<Path> classes;
            try (Stream<Path> files = Files.walk(codeSource)) {
                classes = files.filter(f -> f.toString().endsWith(".class"))
                        .filter(f -> inPackages(codeSource.relativize(f).toString().replace('\\', '/')))
                        .sorted(Comparator.comparing(Path::toString)).toList();
            }
            for (Path f : classes) {
                add(digest, codeSource.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
            return;
        }
        try (JarFile jar = new JarFile(codeSource.toFile())) {
            List<JarEntry> classes = jar.stream().filter(e -> e.getName().endsWith(".class") && inPackages(e.getName()))
                    .sorted(Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry entry : classes) {
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
