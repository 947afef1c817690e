package org.ceasefirekg.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;

/**
 * A pattern from grammar to frame roles, as curators write it in {@code ontology/rules/*.ttl}: a CoreNLP Semgrex
 * pattern over the dependency graph whose named nodes are the frame's roles ({@code =agent}, {@code =place}, ...;
 * {@code =trigger} is the word that evokes it), the concepts some of those nodes must be triggers of, and example
 * sentences written for the rule with the roles they must give.
 *
 * @param iri        the rule's IRI
 * @param concept    the concept its frames evoke (e.g. cameo:057, sign an agreement)
 * @param semgrex    the Semgrex pattern
 * @param conditions named node to the lexicon concepts (several joined by "|") one of whose triggers it must be
 *                   ("!" before them: must not be)
 * @param examples   sentences with the roles they must give
 * @param planned    true when its frames hold told as planned too (cf:holdsWhenPlanned: "will take effect at noon")
 */
public record GrammarRule(String iri, String concept, String semgrex, Map<String, String> conditions,
                          List<Example> examples, boolean planned) {

    /**
     * An example sentence of a rule.
     *
     * @param sentence the sentence, written for the rule (never taken from an article)
     * @param expected role and the words it must hold, in order
     */
    public record Example(String sentence, List<Map.Entry<String, String>> expected) {}

    /** Reads every rule in the model, in IRI order, so runs are repeatable. */
    static List<GrammarRule> read(Model model) {
        Map<String, String[]> heads = new LinkedHashMap<>();
        Lexicon.select(model, "SELECT ?r ?c ?p { ?r a cf:GrammarRule ; cf:evokes ?c ; cf:semgrex ?p }",
                row -> heads.put(row.getResource("r").getURI(), new String[] {row.getResource("c").getURI(),
                        row.getLiteral("p").getLexicalForm()}));
        List<GrammarRule> rules = new ArrayList<>();
        for (var head : heads.entrySet()) {
            String rule = "<" + head.getKey() + ">";
            Map<String, String> conditions = new LinkedHashMap<>();
            Lexicon.select(model, "SELECT ?w { " + rule + " cf:when ?w } ORDER BY ?w", row -> {
                String[] parts = row.getLiteral("w").getLexicalForm().strip().split("\\s+");
                if (parts.length != 2) {
                    throw new IllegalArgumentException(head.getKey() + ": cf:when must be \"NODE CONCEPT\"");
                }
                conditions.put(parts[0], expand(model, parts[1]));
            });
            List<Example> examples = new ArrayList<>();
            Lexicon.select(model, "SELECT ?s ?e { " + rule + " cf:example ?x . ?x cf:sentence ?s ; cf:expect ?e }"
                    + " ORDER BY ?s", row -> examples.add(new Example(row.getLiteral("s").getLexicalForm(),
                    expectations(row.getLiteral("e").getLexicalForm()))));
            boolean[] planned = {false};
            Lexicon.select(model, "SELECT ?b { " + rule + " cf:holdsWhenPlanned ?b }",
                    row -> planned[0] |= row.getLiteral("b").getBoolean());
            rules.add(new GrammarRule(head.getKey(), head.getValue()[0], head.getValue()[1], Map.copyOf(conditions),
                    List.copyOf(examples), planned[0]));
        }
        rules.sort(Comparator.comparing(GrammarRule::iri));
        return List.copyOf(rules);
    }

    /** "!cf:Speech|cameo:010" to "!https://...#Speech|https://.../010", using the model's prefixes. */
    private static String expand(Model model, String curies) {
        boolean not = curies.startsWith("!");
        List<String> iris = new ArrayList<>();
        for (String curie : (not ? curies.substring(1) : curies).split("\\|")) {
            iris.add(model.expandPrefix(curie));
        }
        return (not ? "!" : "") + String.join("|", iris);
    }

    /** "agent=the two armies; place=Geneva" to its pairs. */
    private static List<Map.Entry<String, String>> expectations(String text) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                pairs.add(Map.entry(part.substring(0, eq).strip(), part.substring(eq + 1).strip()));
            }
        }
        return List.copyOf(pairs);
    }
}
