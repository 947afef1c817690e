package org.ceasefirekg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeDigestTest {

    static String digest(Path codeSource) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        CodeDigest.update(digest, codeSource);
        return HexFormat.of().formatHex(digest.digest());
    }

    static Path classes(Path dir, Map<String, String> files) throws IOException {
        for (var file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return dir;
    }

    static Path jar(Path file, Map<String, String> entries) throws IOException {
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue().getBytes());
                jar.closeEntry();
            }
        }
        return file;
    }

    final Map<String, String> code = new TreeMap<>(Map.of(
            "org/ceasefirekg/map/ArticleMapper.class", "mapper v1",
            "org/ceasefirekg/extract/FrameRules.class", "rules v1",
            "org/ceasefirekg/serve/KgServer.class", "server v1"));

    @Test
    void aChangedRuleChangesTheDigest(@TempDir Path tmp) throws Exception {
        String before = digest(classes(tmp.resolve("a"), code));
        code.put("org/ceasefirekg/extract/FrameRules.class", "rules v2");
        assertNotEquals(before, digest(classes(tmp.resolve("b"), code)));
    }

    @Test
    void aChangedServerDoesNot(@TempDir Path tmp) throws Exception {
        String before = digest(classes(tmp.resolve("a"), code));
        code.put("org/ceasefirekg/serve/KgServer.class", "server v2");
        code.put("org/ceasefirekg/cli/Main.class", "new");
        assertEquals(before, digest(classes(tmp.resolve("b"), code)));
    }

    @Test
    void aChangedBuildOrResourceBesideTheRulesChangesTheDigest(@TempDir Path tmp) throws Exception {
        code.put("org/ceasefirekg/pipeline/Extraction.class", "reference dates v1");
        code.put("org/ceasefirekg/extract/triggers.txt", "agree\n");
        String before = digest(classes(tmp.resolve("a"), code));
        code.put("org/ceasefirekg/pipeline/Extraction.class", "reference dates v2");
        String pipelineChanged = digest(classes(tmp.resolve("b"), code));
        code.put("org/ceasefirekg/extract/triggers.txt", "agree\nsign\n");
        String resourceChanged = digest(classes(tmp.resolve("c"), code));
        assertNotEquals(before, pipelineChanged, "the pipeline package shapes the triples");
        assertNotEquals(pipelineChanged, resourceChanged, "a data file beside the classes shapes them too");
    }

    @Test
    void aJarAndAClassesFolderOfTheSameCodeAgree(@TempDir Path tmp) throws Exception {
        assertEquals(digest(classes(tmp.resolve("classes"), code)), digest(jar(tmp.resolve("kg.jar"), code)));
    }
}
