package org.ceasefirekg.cli;

import java.nio.file.Path;

/**
 * Where the project's data folders are: {@code ontology/}, {@code queries/}, {@code seeds/}. The launcher sets
 * {@code kg.home} to the checkout; otherwise the working directory is used.
 *
 * @param home the folder holding ontology/, queries/ and seeds/
 */
public record ProjectPaths(Path home) {

    /** Returns the paths of the running installation. */
    public static ProjectPaths current() {
        String home = System.getProperty("kg.home");
        return new ProjectPaths(Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize());
    }

    public Path ontology() {
        return home.resolve("ontology");
    }

    public Path queries() {
        return home.resolve("queries");
    }

    public Path seeds() {
        return home.resolve("seeds");
    }

    /** Returns the default store location, {@code data/store} under the home folder. */
    public Path defaultStore() {
        return home.resolve("data").resolve("store");
    }
}
