package org.ceasefirekg.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What every executor needs to build articles as the driver would, broadcast once per job: the ontology folder's
 * files (so executors need no copy of the project), the pipeline version the driver computed, and the options.
 *
 * @param ontologyFiles   the ontology folder's regular files, by path relative to it
 * @param pipelineVersion the version stamped on every article graph
 * @param cacheDir        the annotation cache shared by the executors, or null for a cache local to each executor
 * @param reannotate      annotate every article again (--force)
 * @param budgetNanos     the time one article may take (--article-timeout)
 */
record ExecutorSetup(Map<String, byte[]> ontologyFiles, String pipelineVersion, String cacheDir, boolean reannotate,
                     long budgetNanos) implements Serializable {

    /** Reads the ontology folder into a setup. */
    static ExecutorSetup of(Path ontology, String pipelineVersion, Path cacheDir, boolean reannotate,
                            long budgetNanos) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(ontology)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(ontology.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return new ExecutorSetup(files, pipelineVersion, cacheDir == null ? null : cacheDir.toString(), reannotate,
                budgetNanos);
    }

    /** Returns true when setup builds articles as this one does (its ontology is in its pipeline version). */
    boolean sameOptions(ExecutorSetup setup) {
        return pipelineVersion.equals(setup.pipelineVersion) && reannotate == setup.reannotate
                && java.util.Objects.equals(cacheDir, setup.cacheDir) && budgetNanos == setup.budgetNanos;
    }

    /** Writes the ontology files into a new temporary folder of this executor and returns it. */
    Path writeOntology() {
        try {
            Path dir = Files.createTempDirectory("kg-ontology");
            for (Map.Entry<String, byte[]> f : ontologyFiles.entrySet()) {
                Path file = dir.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ontology files on this executor", e);
        }
    }
}
