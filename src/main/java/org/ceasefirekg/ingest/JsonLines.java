package org.ceasefirekg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** JSON Lines articles: one object per line with {@code id}, {@code text}, {@code title}, {@code publisher},
 * {@code published} (ISO 8601) and {@code url}; only id and text are required. */
final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("id", "text", "title", "publisher", "published", "url");

    private JsonLines() {}

    static void read(RecordFile records, Consumer<InputArticle> articles, Consumer<InputProblem> problems) {
        int lineNo = 0;
        try (BufferedReader in = records.open(StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                String source = records.file() + " line " + lineNo;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    problems.accept(new InputProblem(source, "not JSON: " + e.getOriginalMessage()));
                    continue;
                }
                if (node == null || !node.isObject()) {
                    problems.accept(new InputProblem(source, "not a JSON object; expected {\"id\": ..., \"text\": ...}"));
                    continue;
                }
                String wrongType = wrongType(node);
                if (wrongType != null) {
                    problems.accept(new InputProblem(source, wrongType));
                    continue;
                }
                Article article = RecordFile.article(source, field(node, "id"), field(node, "text"),
                        field(node, "title"), field(node, "publisher"), field(node, "published"), field(node, "url"),
                        null, problems);
                if (article != null) {
                    articles.accept(new InputArticle(article, source));
                }
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(records.file().toString(),
                    records.readFailure(e, StandardCharsets.UTF_8, lineNo + 1)));
        }
    }

    /**
     * Says which field is not a string, or returns null. A number or boolean is refused, not turned into text:
     * {@code "id": 1e2} would become the id "100.0", and {@code "text": true} is no article.
     */
    private static String wrongType(JsonNode node) {
        for (String name : FIELDS) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull() && !value.isTextual()) {
                String kind = value.isNumber() ? "a number" : value.isBoolean() ? "a boolean"
                        : value.isArray() ? "an array" : "an object";
                String example = value.isValueNode() ? abbreviate(value.asText()) : "...";
                return "\"" + name + "\" is " + kind + " (" + abbreviate(value.toString()) + "), not a string; write it"
                        + " in quotes, e.g. \"" + name + "\": \"" + example + "\"";
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /** Returns a string field; null when absent or JSON null. */
    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.textValue();
    }
}
