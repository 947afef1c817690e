package org.ceasefirekg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.ceasefirekg.store.QueryRunner;

/**
 * What the built graph answers: runs the competency queries of queries/ on a store and turns their rows into facts of
 * the same shape as the gold ({@link Question}).
 *
 * @param facts          the facts per question, without duplicates
 * @param provenanceRows how many rows the provenance query returns (it has no gold)
 */
public record SystemFacts(Map<Question, List<Fact>> facts, int provenanceRows) {

    /** Several values in one query cell are joined by this (see the README's query table). */
    private static final String SEPARATOR = "; ";

    /**
     * Runs the queries and keeps, for per-article questions, only the facts of the given articles (a store may hold
     * more); questions over the whole corpus see every article in the store.
     */
    public static SystemFacts read(DatasetGraph dataset, Path queriesDir, Labels labels, Set<String> documents)
            throws IOException {
        Map<String, List<Map<String, String>>> rows = new HashMap<>();
        for (Question q : Question.values()) {
            rows.put(q.queryName(), select(dataset, QueryRunner.loadNamed(queriesDir, q.queryName())));
        }
        int provenance = select(dataset, QueryRunner.loadNamed(queriesDir, "provenance")).size();
        return new SystemFacts(fromRows(rows, labels, documents), provenance);
    }

    /**
     * Turns query rows (query name to rows of column name to value, as the queries of queries/ return them) into
     * facts; per-article facts of other articles than the given ones are dropped.
     */
    public static Map<Question, List<Fact>> fromRows(Map<String, List<Map<String, String>>> rows, Labels labels,
                                                     Set<String> documents) {
        Map<String, List<String>> placesOfIncident = new HashMap<>();
        rows.getOrDefault("incidents", List.of()).forEach(r -> placesOfIncident.put(r.get("incident"), split(r.get("place"))));
        // a start's timeline row gives its local day; compared as the ceasefires question compares the start, with
        // the instant and its offset (FieldKind.DAY: a gold day may be the local or the UTC one)
        Map<String, String> startOf = new HashMap<>();
        rows.getOrDefault("ceasefires", List.of()).stream().filter(r -> r.get("start") != null)
                .forEach(r -> startOf.put(r.get("ceasefire"), r.get("start")));
        Map<Question, List<Fact>> facts = new EnumMap<>(Question.class);
        for (Question q : Question.values()) {
            Function<Map<String, String>, List<Fact>> convert = switch (q) {
                case CEASEFIRES -> SystemFacts::ceasefire;
                case VIOLATION_CLAIMS -> r -> List.of(new Fact.Builder(r.get("document"))
                        .put("claimant", r.get("claimant")).list("accused", split(r.get("accused")))
                        .put("count", r.get("violations")).build());
                case CASUALTY_CLAIMS -> r -> casualties(r, labels, placesOfIncident);
                case ACCUSATIONS -> r -> List.of(new Fact.Builder(r.get("document"))
                        .put("accuser", r.get("accuser")).list("accused", split(r.get("accused"))).build());
                case INCIDENTS -> r -> incident(r, labels);
                case QUOTES -> r -> List.of(new Fact.Builder(r.get("document"))
                        .put("speaker", r.get("speaker")).put("quote", r.get("quote")).build());
                case ACTORS -> SystemFacts::person;
                case DISAGREEMENTS -> r -> List.of(new Fact.Builder(null)
                        .put("quantity", quantity(r.get("quantity")))
                        .put("value1", r.get("value1")).put("value2", r.get("value2")).build());
                case TIMELINE -> r -> List.of(new Fact.Builder(null).put("date", timelineKind(r, labels)
                                .equals("ceasefire start") ? startOf.getOrDefault(r.get("event"), r.get("date")) : r.get("date"))
                        .put("kind", timelineKind(r, labels)).build());
            };
            Set<Fact> distinct = new LinkedHashSet<>();
            for (Map<String, String> row : rows.getOrDefault(q.queryName(), List.of())) {
                convert.apply(row).stream().filter(f -> !q.perDocument() || documents.contains(f.document()))
                        .forEach(distinct::add);
            }
            facts.put(q, List.copyOf(distinct));
        }
        return facts;
    }

    private static List<Fact> ceasefire(Map<String, String> r) {
        List<Fact> facts = new ArrayList<>();
        String start = r.get("start");
        if (start != null && !start.isBlank()) {
            // written as told, so its day is compared in the gold's terms (FieldKind.DAY)
            facts.add(new Fact.Builder(null).put("start", start.strip()).build());
            Labels.time(start).ifPresent(t -> facts.add(new Fact.Builder(null).put("startTime", t).build()));
        }
        for (String[] column : new String[][] {{"brokers", "broker"}, {"signatories", "signatory"}, {"parties", "party"},
                {"agreedAt", "agreedAt"}, {"declaredOverBy", "declaredOverBy"}}) {
            split(r.get(column[0])).forEach(v -> facts.add(new Fact.Builder(null).put(column[1], v).build()));
        }
        String over = r.get("declaredOverOn");
        if (over != null && !over.isBlank()) {
            facts.add(new Fact.Builder(null).put("declaredOverOn", Labels.day(over)).build());
        }
        return facts;
    }

    /** One fact per number; the place is the claim's and every place of the incident it is about. */
    private static List<Fact> casualties(Map<String, String> r, Labels labels, Map<String, List<String>> placesOf) {
        List<String> places = new ArrayList<>(split(r.get("place")));
        placesOf.getOrDefault(r.get("incident"), List.of()).stream().filter(p -> !places.contains(p)).forEach(places::add);
        List<Fact> facts = new ArrayList<>();
        for (String quantity : List.of("killed", "wounded")) {
            String value = r.get(quantity);
            if (value != null && !value.isBlank()) {
                facts.add(new Fact.Builder(r.get("document")).put("quantity", quantity).put("value", value)
                        .put("claimant", r.get("reportedBy")).put("victims", r.get("victims"))
                        .put("type", type(r.get("incidentType"), labels)).put("date", day(r.get("date")))
                        .list("place", places).build());
            }
        }
        return facts;
    }

    /** An incident reported by several articles counts once for each of them. */
    private static List<Fact> incident(Map<String, String> r, Labels labels) {
        List<Fact> facts = new ArrayList<>();
        for (String document : split(r.get("document"))) {
            facts.add(new Fact.Builder(document).put("type", type(r.get("type"), labels)).put("date", day(r.get("date")))
                    .list("place", split(r.get("place"))).list("perpetrator", split(r.get("perpetrator")))
                    .list("target", split(r.get("target"))).list("intendedTarget", split(r.get("intendedTarget")))
                    .list("participants", split(r.get("participants"))).build());
        }
        return facts;
    }

    /** People only: the actors query also lists every gazetteer entry, mentioned or not. */
    private static List<Fact> person(Map<String, String> r) {
        boolean mentioned = r.get("mentions") != null && !r.get("mentions").equals("0");
        if (!mentioned || !split(r.get("type")).contains("Person")) {
            return List.of();
        }
        return List.of(new Fact.Builder(null).put("label", r.get("label")).list("role", split(r.get("role")))
                .list("affiliation", split(r.get("affiliation"))).build());
    }

    private static String timelineKind(Map<String, String> r, Labels labels) {
        String label = r.getOrDefault("label", "");
        if (label.startsWith("start of ")) {
            return "ceasefire start";
        }
        if (label.startsWith("declared over: ")) {
            return "ceasefire declared over";
        }
        return type(r.get("type"), labels);
    }

    private static String quantity(String label) {
        return label == null ? null : label.replace("ceasefire violations", "violations");
    }

    private static String type(String conceptLabel, Labels labels) {
        return conceptLabel == null || conceptLabel.isBlank() ? null : labels.eventClass(conceptLabel);
    }

    private static String day(String value) {
        return value == null || value.isBlank() ? null : Labels.day(value);
    }

    static List<String> split(String cell) {
        return cell == null || cell.isBlank() ? List.of()
                : Arrays.stream(cell.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Runs a SELECT in a read transaction; each row maps variable names to lexical forms or IRIs. */
    private static List<Map<String, String>> select(DatasetGraph dataset, String sparql) {
        Query query = QueryRunner.parse(sparql);
        return Txn.calculateRead(dataset, () -> {
            List<Map<String, String>> result = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                RowSet rowSet = exec.select();
                List<Var> vars = rowSet.getResultVars();
                rowSet.forEachRemaining(binding -> {
                    Map<String, String> row = new HashMap<>();
                    for (Var v : vars) {
                        Node n = binding.get(v);
                        if (n != null) {
                            row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                        }
                    }
                    result.add(row);
                });
            }
            return result;
        });
    }
}
