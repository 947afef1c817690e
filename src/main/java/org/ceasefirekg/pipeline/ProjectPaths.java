package org.ceasefirekg.pipeline;

import java.nio.file.Path;

/**
 * Where the project's data folders are: {@code ontology/}, {@code queries/}, {@code seeds/}. The command line decides
 * the home folder (the launcher's {@code kg.home}); nothing here reads a system property.
 *
 * @param home the folder holding ontology/, queries/ and seeds/
 */
public record ProjectPaths(Path home) {

    /** Returns the layout under home, made absolute so that it names the same folders from any working directory. */
    public static ProjectPaths at(Path home) {
        return new ProjectPaths(home.toAbsolutePath().normalize());
    }

    /** Returns the folder of the ontology, CAMEO codes, gazetteer, triggers and shapes (Turtle files). */
    public Path ontology() {
        return home.resolve("ontology");
    }

    /** Returns the folder of the named SPARQL queries. */
    public Path queries() {
        return home.resolve("queries");
    }

    /** Returns the folder of the seed articles. */
    public Path seeds() {
        return home.resolve("seeds");
    }

    /** Returns the default store location, {@code data/store} under the home folder. */
    public Path defaultStore() {
        return home.resolve("data").resolve("store");
    }
}
