package org.ceasefirekg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gold file: which articles it covers and the facts a careful reader finds in them, per competency question.
 * The format is documented in docs/evaluation.md and by the files in src/test/resources/gold.
 *
 * @param name          the gold set's name
 * @param kind          where the articles come from: "seeds" (files of a folder with its manifest) or "fa-kes"
 *                      (rows of the FA-KES CSV, by unit_id)
 * @param source        the folder or CSV file, relative to the project home
 * @param documents     the articles, in file order
 * @param facts         the gold facts of each scored question
 * @param aliases       other spellings the articles use for names that are not in the gazetteer
 * @param split         which part of a split corpus this file is ("dev" or "test"), or null when it is not split
 */
public record GoldFile(String name, String kind, String source, List<Document> documents,
                       Map<Question, List<Fact>> facts, Map<String, List<String>> aliases, String split) {

    /**
     * One article of the gold set.
     *
     * @param fileName the article's file name, which the queries report as its document
     * @param unitId   its FA-KES unit_id, or null for a file
     * @param conflict the conflict it reports on, or null when the gold does not say
     * @param textKind "news", "statement" or "transcript", or null when the gold does not say
     */
    public record Document(String fileName, String unitId, String conflict, String textKind) {}

    /** The kinds of text a gold document may be. */
    static final Set<String> TEXT_KINDS = Set.of("news", "statement", "transcript");

    private static final Map<String, Set<String>> KEYS = Map.ofEntries(
            Map.entry("gold file", Set.of("name", "description", "articles", "conventions", "notes", "aliases",
                    "disagreements", "documents", "split")),
            Map.entry("split", Set.of("rule", "part")),
            Map.entry("articles", Set.of("kind", "dir", "csv")),
            Map.entry("document", Set.of("document", "unitId", "published", "notes", "conflict", "textKind",
                    "ceasefire", "violationClaims",
                    "casualtyClaims", "accusations", "incidents", "quotes", "actors")),
            Map.entry("ceasefire", Set.of("start", "brokers", "signatories", "parties", "agreedAt", "declaredOverBy",
                    "declaredOverOn", "notes")),
            Map.entry("violationClaims", Set.of("claimant", "accused", "count", "notes")),
            Map.entry("casualtyClaims", Set.of("claimant", "killed", "wounded", "victims", "incident", "incidentType",
                    "date", "place", "notes")),
            Map.entry("accusations", Set.of("accuser", "accused", "notes")),
            Map.entry("incidents", Set.of("id", "type", "date", "place", "perpetrator", "target", "intendedTarget",
                    "participants", "notes")),
            Map.entry("quotes", Set.of("speaker", "quote", "notes")),
            Map.entry("actors", Set.of("label", "role", "affiliation", "notes")),
            Map.entry("disagreements", Set.of("quantity", "values", "notes")));

    /** Gold quotes are references, not copies of the article: at most this many words. */
    static final int MAX_QUOTE_WORDS = 5;

    /** Returns true when the gold file scores this question (disagreements only when it lists them). */
    public boolean scores(Question question) {
        return facts.containsKey(question);
    }

    /** Returns the file names of the covered articles. */
    public Set<String> fileNames() {
        Set<String> names = new LinkedHashSet<>();
        documents.forEach(d -> names.add(d.fileName()));
        return names;
    }

    /** Reads and checks a gold file; anything unexpected is an InvalidGoldException naming where it is. */
    public static GoldFile read(Path file) throws InvalidGoldException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new InvalidGoldException(file + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidGoldException(file + ": cannot read: " + e.getMessage());
        }
        return parse(root, file.toString());
    }

    /** Checks a parsed gold file; where names the file in messages. */
    static GoldFile parse(JsonNode root, String where) throws InvalidGoldException {
        Node top = Node.of(root, where, "gold file");
        Node articles = top.object("articles");
        String kind = articles.string("kind", false);
        String source = switch (kind) {
            case "seeds" -> articles.string("dir", false);
            case "fa-kes" -> articles.string("csv", false);
            default -> throw articles.invalid("kind must be \"seeds\" or \"fa-kes\", not \"" + kind + "\"");
        };
        Map<Question, Set<Fact>> facts = new EnumMap<>(Question.class);
        for (Question q : Question.values()) {
            if (q != Question.DISAGREEMENTS || top.has("disagreements")) {
                facts.put(q, new LinkedHashSet<>());
            }
        }
        List<Document> documents = new ArrayList<>();
        for (Node doc : top.objects("documents", "document")) {
            String conflict = doc.has("conflict") ? doc.string("conflict", false) : null;
            String textKind = doc.has("textKind") ? doc.string("textKind", false) : null;
            if (textKind != null && !TEXT_KINDS.contains(textKind)) {
                throw doc.invalid("\"textKind\" must be one of " + TEXT_KINDS.stream().sorted().toList());
            }
            Document document = "fa-kes".equals(kind)
                    ? new Document(doc.string("unitId", false) + ".txt", doc.string("unitId", false), conflict, textKind)
                    : new Document(doc.string("document", false), null, conflict, textKind);
            if (documents.stream().anyMatch(d -> d.fileName().equals(document.fileName()))) {
                throw doc.invalid("article " + document.fileName() + " is listed twice");
            }
            documents.add(document);
            readDocument(doc, document.fileName(), facts);
        }
        if (documents.isEmpty()) {
            throw top.invalid("\"documents\" lists no article");
        }
        if (top.has("disagreements")) {
            for (Node d : top.objects("disagreements", "disagreements")) {
                List<Long> values = d.numbers("values");
                if (values.size() != 2) {
                    throw d.invalid("\"values\" must hold two numbers");
                }
                facts.get(Question.DISAGREEMENTS).add(new Fact.Builder(null).put("quantity", d.string("quantity", false))
                        .put("value1", String.valueOf(Math.min(values.get(0), values.get(1))))
                        .put("value2", String.valueOf(Math.max(values.get(0), values.get(1)))).build());
            }
        }
        Map<Question, List<Fact>> lists = new EnumMap<>(Question.class);
        facts.forEach((q, set) -> lists.put(q, List.copyOf(set)));
        Map<String, List<String>> aliases = new HashMap<>();
        if (top.has("aliases")) {
            JsonNode node = root.get("aliases");
            if (!node.isObject()) {
                throw top.invalid("\"aliases\" must map a name to a list of other spellings");
            }
            Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                List<String> spellings = new ArrayList<>();
                entry.getValue().forEach(v -> spellings.add(v.isTextual() ? v.asText() : ""));
                if (!entry.getValue().isArray() || spellings.isEmpty() || spellings.contains("")) {
                    throw top.invalid("aliases of \"" + entry.getKey() + "\" must be a list of strings");
                }
                aliases.put(entry.getKey(), List.copyOf(spellings));
            }
        }
        String split = null;
        if (top.has("split")) {
            Node part = top.object("split");
            part.string("rule", false); // the rule is for readers; it must be written down all the same
            split = part.string("part", false);
            if (!Set.of("dev", "test").contains(split)) {
                throw part.invalid("\"part\" must be \"dev\" or \"test\"");
            }
        }
        return new GoldFile(top.has("name") ? top.string("name", false) : where, kind, source, List.copyOf(documents),
                lists, Map.copyOf(aliases), split);
    }

    private static void readDocument(Node doc, String name, Map<Question, Set<Fact>> facts) throws InvalidGoldException {
        if (doc.has("ceasefire") && !doc.json.get("ceasefire").isNull()) {
            Node c = doc.object("ceasefire");
            if (c.has("start")) {
                String start = c.string("start", false);
                facts.get(Question.CEASEFIRES).add(single("start", Labels.day(start)));
                Labels.time(start).ifPresent(t -> facts.get(Question.CEASEFIRES).add(single("startTime", t)));
                facts.get(Question.TIMELINE).add(timeline(Labels.day(start), "ceasefire start"));
            }
            for (String[] key : new String[][] {{"brokers", "broker"}, {"signatories", "signatory"}, {"parties", "party"},
                    {"agreedAt", "agreedAt"}, {"declaredOverBy", "declaredOverBy"}}) {
                for (String value : c.strings(key[0])) {
                    facts.get(Question.CEASEFIRES).add(single(key[1], value));
                }
            }
            if (c.has("declaredOverOn")) {
                String day = Labels.day(c.string("declaredOverOn", false));
                facts.get(Question.CEASEFIRES).add(single("declaredOverOn", day));
                facts.get(Question.TIMELINE).add(timeline(day, "ceasefire declared over"));
            }
        }
        for (Node v : doc.objects("violationClaims", "violationClaims")) {
            Fact.Builder f = new Fact.Builder(name);
            v.copyString("claimant", f, "claimant");
            v.copyList("accused", f, "accused");
            if (v.has("count")) {
                f.put("count", String.valueOf(v.number("count")));
            }
            facts.get(Question.VIOLATION_CLAIMS).add(f.build());
        }
        Map<String, Node> incidents = new HashMap<>();
        for (Node i : doc.objects("incidents", "incidents")) {
            if (i.has("id") && incidents.put(i.string("id", false), i) != null) {
                throw i.invalid("incident id \"" + i.string("id", false) + "\" is used twice in " + name);
            }
            Fact.Builder f = new Fact.Builder(name).put("type", i.string("type", false));
            for (String field : List.of("date", "place", "perpetrator", "target", "intendedTarget", "participants")) {
                if (field.equals("date")) {
                    i.copyString("date", f, "date");
                } else {
                    i.copyList(field, f, field);
                }
            }
            facts.get(Question.INCIDENTS).add(f.build());
            if (i.has("date")) {
                facts.get(Question.TIMELINE).add(timeline(Labels.day(i.string("date", false)), i.string("type", false)));
            }
        }
        for (Node c : doc.objects("casualtyClaims", "casualtyClaims")) {
            if (!c.has("killed") && !c.has("wounded")) {
                throw c.invalid("a casualty claim needs \"killed\" or \"wounded\"");
            }
            for (String quantity : List.of("killed", "wounded")) {
                if (!c.has(quantity)) {
                    continue;
                }
                Fact.Builder f = new Fact.Builder(name).put("quantity", quantity)
                        .put("value", String.valueOf(c.number(quantity)));
                c.copyString("claimant", f, "claimant");
                c.copyString("victims", f, "victims");
                if (c.has("incident")) {
                    Node about = incidents.get(c.string("incident", false));
                    if (about == null) {
                        throw c.invalid("no incident with id \"" + c.string("incident", false) + "\" in " + name);
                    }
                    f.put("type", about.string("type", false));
                    about.copyString("date", f, "date");
                    about.copyList("place", f, "place");
                }
                c.copyString("incidentType", f, "type");
                c.copyString("date", f, "date");
                c.copyString("place", f, "place");
                facts.get(Question.CASUALTY_CLAIMS).add(f.build());
            }
        }
        for (Node a : doc.objects("accusations", "accusations")) {
            Fact.Builder f = new Fact.Builder(name);
            a.copyString("accuser", f, "accuser");
            a.copyList("accused", f, "accused");
            facts.get(Question.ACCUSATIONS).add(f.build());
        }
        for (Node q : doc.objects("quotes", "quotes")) {
            String words = q.string("quote", false);
            if (words.isBlank() || words.strip().split("\\s+").length > MAX_QUOTE_WORDS) {
                throw q.invalid("\"quote\" must be the quote's first words, at most " + MAX_QUOTE_WORDS);
            }
            Fact.Builder f = new Fact.Builder(name);
            q.copyString("speaker", f, "speaker");
            facts.get(Question.QUOTES).add(f.put("quote", words).build());
        }
        for (Node a : doc.objects("actors", "actors")) {
            Fact.Builder f = new Fact.Builder(null).put("label", a.string("label", false));
            a.copyString("role", f, "role");
            a.copyString("affiliation", f, "affiliation");
            facts.get(Question.ACTORS).add(f.build());
        }
    }

    private static Fact single(String field, String value) {
        return new Fact.Builder(null).put(field, value).build();
    }

    private static Fact timeline(String day, String kind) {
        return new Fact.Builder(null).put("date", day).put("kind", kind).build();
    }

    /** A JSON object with where it is, so that every complaint names its place in the file. */
    private record Node(JsonNode json, String where, String section) {

        /** Wraps a JSON object, refusing anything else and keys the section does not allow. */
        static Node of(JsonNode json, String where, String section) throws InvalidGoldException {
            if (json == null || !json.isObject()) {
                throw new InvalidGoldException(where + ": expected a JSON object");
            }
            Node node = new Node(json, where, section);
            Iterator<String> names = json.fieldNames();
            while (names.hasNext()) {
                String key = names.next();
                if (!KEYS.get(section).contains(key)) {
                    throw node.invalid("unknown key \"" + key + "\" (allowed: " + String.join(", ",
                            KEYS.get(section).stream().sorted().toList()) + ")");
                }
            }
            return node;
        }

        InvalidGoldException invalid(String message) {
            return new InvalidGoldException(where + ": " + message);
        }

        boolean has(String key) {
            return json.has(key);
        }

        Node object(String key) throws InvalidGoldException {
            if (!json.has(key)) {
                throw invalid("missing \"" + key + "\"");
            }
            return Node.of(json.get(key), where + "/" + key, key);
        }

        List<Node> objects(String key, String section) throws InvalidGoldException {
            List<Node> nodes = new ArrayList<>();
            if (!json.has(key)) {
                return nodes;
            }
            if (!json.get(key).isArray()) {
                throw invalid("\"" + key + "\" must be a list");
            }
            for (int i = 0; i < json.get(key).size(); i++) {
                nodes.add(Node.of(json.get(key).get(i), where + "/" + key + "[" + i + "]", section));
            }
            return nodes;
        }

        /** Returns a string value; null (JSON null) only when nullable. */
        String string(String key, boolean nullable) throws InvalidGoldException {
            JsonNode v = json.get(key);
            if (v == null) {
                throw invalid("missing \"" + key + "\"");
            }
            if (v.isNull() && nullable) {
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                throw invalid("\"" + key + "\" must be a non-empty string" + (nullable ? " or null" : ""));
            }
            return v.asText();
        }

        List<String> strings(String key) throws InvalidGoldException {
            List<String> values = new ArrayList<>();
            if (!json.has(key)) {
                return values;
            }
            JsonNode v = json.get(key);
            if (!v.isArray()) {
                throw invalid("\"" + key + "\" must be a list of strings");
            }
            for (JsonNode item : v) {
                if (!item.isTextual() || item.asText().isBlank()) {
                    throw invalid("\"" + key + "\" must be a list of non-empty strings");
                }
                values.add(item.asText());
            }
            return values;
        }

        long number(String key) throws InvalidGoldException {
            JsonNode v = json.get(key);
            if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
                throw invalid("\"" + key + "\" must be an integer");
            }
            return v.asLong();
        }

        List<Long> numbers(String key) throws InvalidGoldException {
            List<Long> values = new ArrayList<>();
            JsonNode v = json.get(key);
            if (v == null || !v.isArray()) {
                throw invalid("\"" + key + "\" must be a list of integers");
            }
            for (JsonNode item : v) {
                if (!item.isIntegralNumber()) {
                    throw invalid("\"" + key + "\" must be a list of integers");
                }
                values.add(item.asLong());
            }
            return values;
        }

        /** Copies a single value when the key is present (JSON null: the field must be empty). */
        void copyString(String key, Fact.Builder into, String field) throws InvalidGoldException {
            if (has(key)) {
                into.put(field, string(key, true));
            }
        }

        /** Copies a list when the key is present. */
        void copyList(String key, Fact.Builder into, String field) throws InvalidGoldException {
            if (has(key)) {
                into.list(field, strings(key));
            }
        }
    }
}
