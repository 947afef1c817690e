package org.ceasefirekg.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One comparable fact of a competency question: named fields with their values. A gold fact carries only the fields
 * the gold states (an empty list means "must be empty"); a system fact carries every field of its question.
 *
 * @param document the article file name, or null for questions scored over the whole corpus
 * @param fields   field name to values, in a stable order
 */
public record Fact(String document, Map<String, List<String>> fields) {

    public Fact {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Returns the values of a field, or an empty list when the fact does not carry it. */
    public List<String> values(String field) {
        return fields.getOrDefault(field, List.of());
    }

    @Override
    public String toString() {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue().isEmpty() ? "(none)" : String.join(" | ", e.getValue())))
                .collect(Collectors.joining("; "));
        return document == null ? body : "[" + document + "] " + body;
    }

    /** Collects fields in order; a null value records that the field must be empty. */
    public static final class Builder {
        private final String document;
        private final Map<String, List<String>> fields = new LinkedHashMap<>();

        public Builder(String document) {
            this.document = document;
        }

        /** Sets a single-valued field; null or blank means none. */
        public Builder put(String field, String value) {
            fields.put(field, value == null || value.isBlank() ? List.of() : List.of(value.strip()));
            return this;
        }

        /** Sets a field to several values, dropping blanks. */
        public Builder list(String field, List<String> values) {
            fields.put(field, values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList());
            return this;
        }

        public Fact build() {
            return new Fact(document, fields);
        }
    }
}
