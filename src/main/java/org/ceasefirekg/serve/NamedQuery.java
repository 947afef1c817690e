package org.ceasefirekg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ceasefirekg.store.QueryRunner;

/**
 * A query of the queries folder with the title and description of its header comments
 * ({@code # title: ...}, {@code # description: ...}, continued on indented comment lines).
 */
record NamedQuery(String name, String title, String description, String sparql) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern FIELD = Pattern.compile("#\\s*(title|description):\\s*(.*)");
    private static final Pattern CONTINUATION = Pattern.compile("#\\s{2,}(.*)");

    /** Returns every query of the folder, sorted by name; the folder is read on each call so edits show at once. */
    static List<NamedQuery> all(Path dir) throws IOException {
        List<NamedQuery> queries = new ArrayList<>();
        for (String name : QueryRunner.names(dir)) {
            if (NAME.matcher(name).matches()) {
                queries.add(read(dir, name));
            }
        }
        return queries;
    }

    /** Returns the query of that name, if the folder has it; names are plain, so no path leaves the folder. */
    static Optional<NamedQuery> find(Path dir, String name) throws IOException {
        if (!NAME.matcher(name).matches() || !QueryRunner.names(dir).contains(name)) {
            return Optional.empty();
        }
        return Optional.of(read(dir, name));
    }

    private static NamedQuery read(Path dir, String name) throws IOException {
        return parse(name, Files.readString(dir.resolve(name + ".rq"), StandardCharsets.UTF_8));
    }

    /** Reads the title and description from the header comments of a query text. */
    static NamedQuery parse(String name, String sparql) {
        String title = name;
        StringBuilder description = new StringBuilder();
        boolean inDescription = false;
        for (String line : sparql.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher field = FIELD.matcher(line);
            Matcher more = CONTINUATION.matcher(line);
            if (field.matches()) {
                inDescription = field.group(1).equals("description");
                if (inDescription) {
                    description.append(field.group(2).strip());
                } else {
                    title = field.group(2).strip();
                }
            } else if (inDescription && more.matches()) {
                description.append(' ').append(more.group(1).strip());
            } else {
                inDescription = false;
            }
        }
        return new NamedQuery(name, title, description.toString(), sparql);
    }
}
