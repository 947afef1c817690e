package org.ceasefirekg.lexicon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The knowledge curators edit as Turtle in {@code ontology/}: the gazetteer of actors and places, and the trigger
 * lexicon that maps word lemmas to the concepts they evoke. Nothing here is specific to any article.
 *
 * @param entries      gazetteer entries by IRI
 * @param triggers     trigger lemma sequence (lower case, space separated) to the concepts it evokes
 * @param eventClasses event concept IRI to the ontology class of the events it creates
 * @param labels       rdfs/skos label of every concept and class, for readable output
 * @param descriptors  common noun (lower case) to the class of actors it stands for once named ("monitor")
 * @param rules        the patterns from grammar to frame roles ({@code ontology/rules/})
 * @param cueWords     word-list concept IRI to its cue words (cf:cueWord, lower case): words a rule tests on a word
 *                     the grammar already found, never marked in the text by themselves as triggers are
 */
public record Lexicon(Map<String, GazetteerEntry> entries, Map<String, Set<String>> triggers,
                      Map<String, String> eventClasses, Map<String, String> labels, Map<String, String> descriptors,
                      List<GrammarRule> rules, Map<String, Set<String>> cueWords) {

    private static final String PREFIXES = """
            PREFIX cf: <https://w3id.org/ceasefire-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    /** Loads every {@code *.ttl} file of the ontology folder except the SHACL shapes, and its grammar rules. */
    public static Lexicon load(Path ontologyDir) throws IOException {
        Model model = readOntology(ontologyDir);
        if (Files.isDirectory(ontologyDir.resolve(RULES))) {
            readTurtle(model, ontologyDir.resolve(RULES));
        }
        return fromModel(model);
    }

    /**
     * Reads the ontology folder's Turtle files (minus shapes) into one model: what the store publishes as its
     * ontology graph. The grammar rules (rules/) are the pipeline's, read by {@link #load} only.
     */
    public static Model readOntology(Path ontologyDir) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        readTurtle(model, ontologyDir);
        return model;
    }

    /** The folder of the ontology that holds the grammar rules. */
    public static final String RULES = "rules";

    private static void readTurtle(Model model, Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ttl"))
                    .filter(f -> !f.getFileName().toString().startsWith("shapes")).sorted().toList()) {
                RDFDataMgr.read(model, file.toUri().toString());
            }
        }
    }

    /** Builds the lexicon from an ontology model. */
    public static Lexicon fromModel(Model model) {
        Map<String, Set<String>> triggers = new HashMap<>();
        Map<String, String> eventClasses = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        select(model, "SELECT ?c ?t { ?c cf:trigger ?t }", row -> triggers
                .computeIfAbsent(normalizeTrigger(row.getLiteral("t").getLexicalForm()), k -> new TreeSet<>())
                .add(row.getResource("c").getURI()));
        select(model, "SELECT ?c ?k { ?c cf:eventClass ?k }",
                row -> eventClasses.put(row.getResource("c").getURI(), row.getResource("k").getURI()));
        select(model, "SELECT ?c ?l { { ?c skos:prefLabel ?l } UNION { ?c rdfs:label ?l } FILTER(isIRI(?c)) }",
                row -> labels.putIfAbsent(row.getResource("c").getURI(), row.getLiteral("l").getLexicalForm()));
        Map<String, String> descriptors = new HashMap<>();
        select(model, "SELECT ?k ?d { ?k cf:descriptor ?d }", row -> descriptors.put(
                row.getLiteral("d").getLexicalForm().toLowerCase(Locale.ROOT), row.getResource("k").getURI()));
        Map<String, Set<String>> cueWords = new HashMap<>();
        select(model, "SELECT ?c ?w { ?c cf:cueWord ?w }", row -> cueWords
                .computeIfAbsent(row.getResource("c").getURI(), k -> new TreeSet<>())
                .add(row.getLiteral("w").getLexicalForm().trim().toLowerCase(Locale.ROOT)));
        return new Lexicon(readEntries(model), triggers, eventClasses, labels, descriptors, GrammarRule.read(model),
                cueWords);
    }

    private static Map<String, GazetteerEntry> readEntries(Model model) {
        Map<String, Builder> builders = new LinkedHashMap<>();
        select(model, """
                SELECT ?e ?label WHERE {
                  ?e skos:inScheme ?scheme ; skos:prefLabel ?label .
                  FILTER(?scheme IN (cf:ActorGazetteer, cf:PlaceGazetteer))
                } ORDER BY ?e""", row -> builders.computeIfAbsent(row.getResource("e").getURI(),
                        iri -> new Builder(iri, row.getLiteral("label").getLexicalForm())));
        // Each question is parsed once and asked of every entry (?e bound to it): parsing a query per entry and
        // question was most of the time a build spent loading the lexicon.
        Query types = parse("SELECT ?t { ?e a ?t FILTER(STRSTARTS(STR(?t), STR(cf:))) }");
        Query names = parse("SELECT ?n { { ?e skos:prefLabel ?n } UNION { ?e skos:altLabel ?n } }");
        Query demonyms = parse("SELECT ?n { ?e cf:demonym ?n }");
        Query metonyms = parse("SELECT ?n { ?e cf:metonym ?n }");
        Query affiliation = parse("SELECT ?a { ?e cf:affiliation ?a }");
        // The state a common-noun name belongs to, or that a place lies in, however deep.
        Query scope = parse("SELECT ?s { ?e (cf:scope|cf:locatedIn)+ ?s . ?s a cf:State } ORDER BY ?s LIMIT 1");
        Query sameAs = parse("SELECT ?s { { ?e owl:sameAs ?s } UNION { ?e skos:exactMatch ?s } }");
        Query timeZone = parse("SELECT ?z { ?e cf:timeZone ?z }");
        for (Builder b : builders.values()) {
            Resource e = ResourceFactory.createResource(b.iri);
            select(model, types, e, row -> b.types.add(row.getResource("t").getURI()));
            select(model, names, e, row -> b.names.add(row.getLiteral("n").getLexicalForm()));
            select(model, demonyms, e, row -> b.demonyms.add(row.getLiteral("n").getLexicalForm()));
            select(model, metonyms, e, row -> b.metonyms.add(row.getLiteral("n").getLexicalForm()));
            select(model, affiliation, e, row -> b.affiliation = row.getResource("a").getURI());
            select(model, scope, e, row -> b.scope = row.getResource("s").getURI());
            select(model, sameAs, e, row -> b.sameAs.add(row.getResource("s").getURI()));
            select(model, timeZone, e, row -> b.timeZone = zoneId(b.iri, row.getLiteral("z").getLexicalForm()));
        }
        Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
        builders.values().forEach(b -> entries.put(b.iri, b.build()));
        return entries;
    }

    /** A curator's time zone id, checked when the lexicon loads rather than when an article first needs it. */
    private static String zoneId(String entry, String zone) {
        try {
            return java.time.ZoneId.of(zone).getId();
        } catch (java.time.DateTimeException e) {
            throw new LexiconException("gazetteer entry " + entry + ": cf:timeZone \"" + zone
                    + "\" is not a time zone id (e.g. Europe/Kiev): " + e.getMessage(), e);
        }
    }

    /** Returns the trigger key for a lemma sequence: lower case, single spaces. */
    public static String normalizeTrigger(String lemmas) {
        String lower = lemmas.trim().toLowerCase(Locale.ROOT);
        // the rules ask this of every run of words of every sentence: no regular expression unless one is needed
        boolean plain = true;
        for (int i = 0; i < lower.length() && plain; i++) {
            char c = lower.charAt(i);
            plain = c != ' ' ? !Character.isWhitespace(c) : i + 1 < lower.length() && lower.charAt(i + 1) != ' '
                    && lower.charAt(i + 1) != '-';
        }
        return plain ? lower : lower.replaceAll("\\s+", " ").replace(" - ", "-");
    }

    /** Returns the concepts a lemma sequence evokes (empty when it is no trigger). */
    public Set<String> conceptsOf(String lemmas) {
        return triggers.getOrDefault(normalizeTrigger(lemmas), Set.of());
    }

    /** Returns the triggers of one concept (lower-case lemma sequences). */
    public Set<String> wordsOf(String concept) {
        Set<String> words = new TreeSet<>();
        triggers.forEach((words1, concepts) -> {
            if (concepts.contains(concept)) {
                words.add(words1);
            }
        });
        return words;
    }

    /** Returns the cue words (cf:cueWord) of a word-list concept, lower case; empty when it has none. */
    public Set<String> cueWords(String concept) {
        return cueWords.getOrDefault(concept, Set.of());
    }

    /** True when a word (compared in lower case) is one of a word-list concept's cue words. */
    public boolean isCue(String concept, String word) {
        return word != null && cueWords(concept).contains(word.toLowerCase(Locale.ROOT));
    }

    /** Returns the longest number of tokens any trigger spans, so matchers know how far to look. */
    public int longestTrigger() {
        return triggers.keySet().stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
    }

    /** Returns the readable label of a concept or class IRI, or its local name. */
    public String label(String iri) {
        String label = labels.get(iri);
        if (label != null) {
            return label;
        }
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    static void select(Model model, String query, java.util.function.Consumer<QuerySolution> action) {
        try (QueryExecution qe = QueryExecution.model(model).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(action);
        }
    }

    private static Query parse(String query) {
        return QueryFactory.create(PREFIXES + query);
    }

    /** Runs a parsed query with ?e replaced by the given node, as if written in its place. */
    private static void select(Model model, Query query, Resource e, java.util.function.Consumer<QuerySolution> action) {
        try (QueryExecution qe = QueryExecution.model(model).query(query).substitution("e", e).build()) {
            qe.execSelect().forEachRemaining(action);
        }
    }

    private static final class Builder {
        final String iri;
        final String label;
        final Set<String> types = new TreeSet<>();
        final Set<String> names = new LinkedHashSet<>();
        final List<String> demonyms = new ArrayList<>();
        final List<String> metonyms = new ArrayList<>();
        final List<String> sameAs = new ArrayList<>();
        String affiliation;
        String scope;
        String timeZone;

        Builder(String iri, String label) {
            this.iri = iri;
            this.label = label;
        }

        GazetteerEntry build() {
            return new GazetteerEntry(iri, label, Set.copyOf(types), List.copyOf(names), List.copyOf(demonyms),
                    List.copyOf(metonyms), affiliation, List.copyOf(sameAs), scope, timeZone);
        }
    }
}
