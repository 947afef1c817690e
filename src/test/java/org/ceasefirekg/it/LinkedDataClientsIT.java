package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.map.Iris;
import org.ceasefirekg.serve.ExternalTool;
import org.ceasefirekg.serve.KgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What linked-data clients get from the server on the seeds, over real HTTP: IRIs from SPARQL results that
 * dereference to descriptions of themselves, with the claims about them and their numbers; compact JSON-LD;
 * every SPARQLWrapper return format and every rdflib parse (Debian's python3-sparqlwrapper and python3-rdflib);
 * ETag, 304 and gzip; the ontology's versions; and Comunica (npm's {@code @comunica/query-sparql}, installed by Maven
 * into target/comunica/) joining in one query what only a dereferenced description holds with what only the
 * endpoint holds, because both use the same canonical IRIs.
 */
class LinkedDataClientsIT {

    static final String PREFIXES = LinkedDataIT.PREFIXES;
    static final HttpClient http = HttpClient.newHttpClient();
    static final HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    static final ObjectMapper json = new ObjectMapper();
    static final String VOID_FOAF = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> ";
    static KgServer server;

    @BeforeAll
    static void start() {
        server = LinkedDataIT.start(null);
        LinkedDataIT.server = server;
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> get(HttpClient client, String url, String accept) throws Exception {
        return LinkedDataIT.get(client, url, accept);
    }

    /** Runs a SELECT on the endpoint over HTTP and returns its JSON bindings. */
    static JsonNode select(String sparql) throws Exception {
        HttpResponse<String> response = get(http, server.url() + "?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body()).path("results").path("bindings");
    }

    @Test
    void askForTheSuperclassIsTrueAndCountsEveryClaim() throws Exception {
        HttpResponse<String> ask = get(http, server.url() + "?query=" + URLEncoder.encode(PREFIXES
                + "ASK { ?s a cf:Claim }", StandardCharsets.UTF_8), "application/sparql-results+json");
        assertTrue(json.readTree(ask.body()).path("boolean").asBoolean(), ask.body());
        long claims = select(PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a cf:Claim }").get(0).path("n")
                .path("value").asLong();
        long bySubclass = select(PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?t . ?t rdfs:subClassOf+ "
                + "cf:Claim }").get(0).path("n").path("value").asLong();
        assertTrue(claims > 0 && claims == bySubclass, claims + " typed cf:Claim, " + bySubclass + " by subclass");
    }

    @Test
    void anIriFromAQueryResultDereferencesToADescriptionOfItselfWithItsClaimsAndNumbers() throws Exception {
        JsonNode row = select(PREFIXES + "SELECT ?actor ?claim ?killed { ?claim a cf:CasualtyClaim ; "
                + "cf:claimant ?actor ; cf:count [ cf:quantity cf:Killed ; cf:value ?killed ] } ORDER BY ?claim LIMIT 1")
                .get(0);
        String actor = row.path("actor").path("value").asText();
        String claim = row.path("claim").path("value").asText();
        assertTrue(actor.startsWith(Vocab.ID), actor);
        HttpResponse<String> response = get(following, LinkedDataIT.local(actor), "text/turtle");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(model);
        String ask = PREFIXES + "ASK { <" + claim + "> cf:claimant <" + actor + "> ; a cf:CasualtyClaim ; "
                + "cf:count [ cf:quantity cf:Killed ; cf:value " + row.path("killed").path("value").asText() + " ] }";
        assertTrue(QueryExecution.create(ask, model).execAsk(), "the actor's description holds the claim and its "
                + "numbers: " + response.body());
        HttpResponse<String> claimDoc = get(following, LinkedDataIT.local(claim), "application/n-triples");
        assertTrue(claimDoc.body().contains("<" + claim + "> <" + Vocab.cf("count") + ">"), claimDoc.body());
        assertTrue(claimDoc.body().contains("<" + Vocab.cf("value") + "> \"" + row.path("killed").path("value")
                .asText() + "\"^^"), "the count's value is in the claim's description: " + claimDoc.body());
    }

    @Test
    void aClaimPageIsTitledByWhatItClaimsWithItsNumbers() throws Exception {
        JsonNode row = select(PREFIXES + "SELECT ?claim ?who ?killed { ?claim a cf:CasualtyClaim ; "
                + "cf:claimant/rdfs:label ?who ; cf:count [ cf:quantity cf:Killed ; cf:value ?killed ] } "
                + "ORDER BY ?claim LIMIT 1").get(0);
        String page = get(following, LinkedDataIT.local(row.path("claim").path("value").asText()), "text/html").body();
        String title = page.substring(page.indexOf("<h1>") + 4, page.indexOf("</h1>"));
        String killed = row.path("killed").path("value").asText();
        assertTrue(title.startsWith(LinkedDataIT.escape(row.path("who").path("value").asText()) + ": ")
                && title.contains(killed + " killed"), title);
        assertTrue(page.contains("<span class=\"lit\">" + killed + " <small>xsd:integer</small></span>")
                || page.contains("<span class=\"lit\">" + killed + "</span>"), "the number is shown: " + page);
    }

    @Test
    void aGraphIriDescribesItsGraph() throws Exception {
        String article = select(PREFIXES + "SELECT ?a { ?a a cf:Article } ORDER BY ?a LIMIT 1").get(0).path("a")
                .path("value").asText();
        String graph = Iris.articleGraph(article.substring((Vocab.ID + "article/").length()));
        HttpResponse<String> response = get(following, LinkedDataIT.local(graph), "text/turtle");
        assertEquals(200, response.statusCode(), graph);
        long size = select("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }").get(0).path("n")
                .path("value").asLong();
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(model);
        String ask = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
                + "PREFIX prov: <http://www.w3.org/ns/prov#> ASK { <" + graph + "> void:triples " + size
                + " ; foaf:primaryTopic <" + article + "> ; prov:wasGeneratedBy ?build ; void:dataDump ?dump }";
        assertTrue(size > 0 && QueryExecution.create(ask, model).execAsk(), response.body());
    }

    @Test
    void jsonLdIsCompactWithTheServedContext() throws Exception {
        HttpResponse<String> context = get(http, server.baseUrl() + "/context.jsonld", null);
        assertEquals(200, context.statusCode());
        JsonNode terms = json.readTree(context.body()).path("@context");
        assertEquals("cf:claimant", terms.path("claimant").path("@id").asText(), context.body());
        String claim = select(PREFIXES + "SELECT ?c { ?c a cf:CasualtyClaim ; cf:count ?n ; cf:claimant ?who } "
                + "ORDER BY ?c LIMIT 1")
                .get(0).path("c").path("value").asText();
        HttpResponse<String> doc = get(following, LinkedDataIT.local(claim), "application/ld+json");
        JsonNode body = json.readTree(doc.body());
        assertEquals(terms, body.path("@context"), "the document carries the served context");
        JsonNode node = null;
        boolean numbers = false;
        for (JsonNode n : body.path("@graph")) {
            if (claim.equals(n.path("id").asText())) {
                node = n;
            }
            numbers |= n.path("value").isArray() && n.path("value").get(0).isNumber();
        }
        assertTrue(node != null && node.path("claimant").isArray() && node.path("claimant").get(0).isTextual()
                && node.path("type").toString().contains("CasualtyClaim"), doc.body());
        assertTrue(numbers, "counts are JSON numbers: " + doc.body());
        assertFalse(body.path("@graph").toString().contains("\"cf:count\":"), "keys are terms, not prefixed names");
        HttpResponse<String> construct = get(http, server.url() + "?query=" + URLEncoder.encode("DESCRIBE <"
                + claim + ">", StandardCharsets.UTF_8), "application/ld+json");
        assertEquals(terms, json.readTree(construct.body()).path("@context"), "SPARQL results too: "
                + construct.body());
    }

    /** The ontology header's value of an OWL property (versionIRI, priorVersion, versionInfo) in a served graph. */
    static Node header(Graph g, org.apache.jena.rdf.model.Property property) {
        Node ontology = NodeFactory.createURI(Vocab.BASE + "ontology");
        List<org.apache.jena.graph.Triple> found = g.find(ontology, property.asNode(), Node.ANY).toList();
        assertEquals(1, found.size(), property + " once in the header");
        return found.get(0).getObject();
    }

    @Test
    void theOntologyHasItsVersionIriRdfXmlAndMetadata() throws Exception {
        Graph current = LinkedDataIT.parse(get(http, server.baseUrl() + "/ontology", "text/turtle").body(), Lang.TURTLE);
        String versionIri = header(current, OWL.versionIRI).getURI();
        HttpResponse<String> version = get(http, LinkedDataIT.local(versionIri), "application/rdf+xml");
        assertEquals(200, version.statusCode());
        Graph g = LinkedDataIT.parse(version.body(), Lang.RDFXML);
        assertEquals(current.size(), g.size(), "the version IRI serves this version");
        Node ontology = NodeFactory.createURI(Vocab.BASE + "ontology");
        for (String p : List.of("creator", "issued", "modified", "bibliographicCitation", "license")) {
            assertTrue(g.contains(ontology, NodeFactory.createURI("http://purl.org/dc/terms/" + p), Node.ANY), p);
        }
        assertTrue(g.find(ontology, NodeFactory.createURI("http://purl.org/dc/terms/creator"), Node.ANY).next()
                .getObject().isURI(), "the creator is an IRI");
    }

    @Test
    void theOntologyNamesItsPriorVersionWhoseVersionIriResolvesToThatVersion() throws Exception {
        Graph current = LinkedDataIT.parse(get(http, server.baseUrl() + "/ontology", "text/turtle").body(), Lang.TURTLE);
        String info = header(current, OWL.versionInfo).getLiteralLexicalForm();
        assertEquals(Vocab.BASE + "ontology/" + info, header(current, OWL.versionIRI).getURI());
        String prior = header(current, OWL.priorVersion).getURI();
        assertTrue(header(current, SKOS.changeNote).getLiteralLexicalForm().contains(info + " ("), "a version note");
        HttpResponse<String> response = get(http, LinkedDataIT.local(prior), "text/turtle");
        assertEquals(200, response.statusCode(), prior);
        Graph old = LinkedDataIT.parse(response.body(), Lang.TURTLE);
        assertEquals(prior, header(old, OWL.versionIRI).getURI(), "the prior version IRI serves that version");
        assertEquals(prior.substring(prior.lastIndexOf('/') + 1), header(old, OWL.versionInfo).getLiteralLexicalForm());
        assertTrue(old.size() > 100 && old.size() < current.size(), old.size() + " triples then, " + current.size()
                + " now");
        Node claimant = NodeFactory.createURI(Vocab.cf("claimant"));
        assertTrue(old.contains(claimant, Node.ANY, Node.ANY) && current.contains(claimant, Node.ANY, Node.ANY));
        assertFalse(old.contains(NodeFactory.createURI(Vocab.cf("sameEventAs")), Node.ANY, Node.ANY), "added since");
        HttpResponse<String> page = get(http, LinkedDataIT.local(prior), "text/html");
        assertTrue(page.body().contains("id=\"CasualtyClaim\""), "the prior version has its documentation page");
        String now = get(http, server.baseUrl() + "/ontology", "text/html").body();
        assertTrue(now.contains("Prior version: <a href=\"" + LinkedDataIT.local(prior) + "\">"), "linked: " + now);
        assertTrue(LinkedDataIT.parse(get(http, LinkedDataIT.local(prior), "application/rdf+xml").body(), Lang.RDFXML)
                .isIsomorphicWith(old), "and its RDF/XML");
        System.out.printf("ontology %s (%d triples) names prior version %s (%d triples), which resolves%n", info,
                current.size(), prior, old.size());
    }

    @Test
    void voidAndTheServiceDescriptionCarryMetadataAndSizes() throws Exception {
        Model voidModel = ModelFactory.createDefaultModel();
        RDFParser.fromString(get(http, server.baseUrl() + "/.well-known/void", null).body(), Lang.TURTLE)
                .parse(voidModel);
        String ask = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "ASK { ?d a void:Dataset ; dcterms:license ?l ; dcterms:creator ?c ; dcterms:publisher ?p ; "
                + "dcterms:modified ?m ; dcterms:source ?s ; void:entities ?e ; "
                + "void:propertyPartition [ void:property <" + Vocab.cf("claimant") + "> ; void:triples ?n ] "
                + "FILTER(?e > 0 && ?n > 0) }";
        assertTrue(QueryExecution.create(ask, voidModel).execAsk(), "VoID metadata");
        Model sd = ModelFactory.createDefaultModel();
        RDFParser.fromString(get(http, server.url(), "text/turtle").body(), Lang.TURTLE).parse(sd);
        String graph = Iris.ONTOLOGY_GRAPH;
        long size = select("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }").get(0).path("n")
                .path("value").asLong();
        String sizes = "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> "
                + "PREFIX void: <http://rdfs.org/ns/void#> ASK { ?g sd:name <" + graph + "> ; sd:graph [ void:triples "
                + size + " ] }";
        assertTrue(QueryExecution.create(sizes, sd).execAsk(), "named graph sizes in the Service Description");
    }

    @Test
    void descriptionsOntologyAndDumpsHaveETagsAnswer304AndGzip() throws Exception {
        String actor = LinkedDataIT.local(LinkedDataIT.claimant().get("actor"));
        String doc = get(http, actor, "text/turtle").headers().firstValue("Location").orElseThrow();
        for (String url : List.of(doc, server.baseUrl() + "/ontology", server.baseUrl() + "/ceasefire/dump.nq")) {
            HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, first.statusCode(), url);
            assertEquals("gzip", first.headers().firstValue("Content-Encoding").orElse(""), url);
            assertTrue(new GZIPInputStream(new ByteArrayInputStream(first.body())).readAllBytes().length > 0, url);
            assertTrue(first.headers().firstValue("Last-Modified").isPresent(), url);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + url));
            HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept-Encoding", "gzip").header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, again.statusCode(), url + " with " + etag);
        }
    }

    @Test
    void sparqlWrapperWithEveryFormatAndRdflibWithEveryDocumentWork() throws Exception {
        var python = ExternalTool.python("python3-sparqlwrapper python3-rdflib", "SPARQLWrapper", "rdflib");
        String actor = LinkedDataIT.claimant().get("actor");
        ExternalTool.Result run = ExternalTool.run(List.of(python.toString(), Main.projectPaths().home()
                .resolve("src/test/python/linked_data_formats.py").toString(), server.url(), server.baseUrl(), actor),
                Map.of(), Duration.ofMinutes(3));
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains(" checks, 0 problems"), run.output());
        System.out.println("python clients: " + run.output().lines().filter(l -> l.contains(" checks, "))
                .findFirst().orElse(""));
    }

    /** Runs a SELECT on the endpoint alone over HTTP; each row maps variables to values. */
    static List<Map<String, String>> endpoint(String sparql) throws Exception {
        return rows(select(sparql), true);
    }

    /** Runs a SELECT with Comunica over sources: "sparql@URL" for the endpoint, a URL for a document. */
    static List<Map<String, String>> comunica(String sparql, String... sources) throws Exception {
        Path node = ExternalTool.node();
        Path dir = Main.projectPaths().home().resolve("target").resolve("comunica");
        if (!Files.isDirectory(dir.resolve("node_modules/@comunica/query-sparql"))) {
            ExternalTool.unavailable("Comunica is not installed in " + dir + ": `mvn verify` installs it with npm");
        }
        List<String> command = new ArrayList<>(List.of(node.toString(), dir.resolve("query.cjs").toString(), sparql));
        command.addAll(List.of(sources));
        ExternalTool.Result run = ExternalTool.run(command, Map.of(), Duration.ofMinutes(2));
        assertEquals(0, run.exitCode(), run.output());
        String line = run.output().lines().filter(l -> l.startsWith("ROWS ")).findFirst()
                .orElseThrow(() -> new AssertionError("no rows from Comunica: " + run.output()));
        return rows(json.readTree(line.substring("ROWS ".length())), false);
    }

    /** SPARQL JSON bindings (with "value" members) or Comunica's flat rows, as variable-to-value maps. */
    private static List<Map<String, String>> rows(JsonNode array, boolean sparqlJson) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode binding : array) {
            Map<String, String> row = new TreeMap<>();
            binding.fields().forEachRemaining(f -> row.put(f.getKey(),
                    sparqlJson ? f.getValue().path("value").asText() : f.getValue().asText()));
            rows.add(row);
        }
        return rows;
    }

    @Test
    void aGraphDescriptionJoinsTheEndpointsClaimsOfItsArticle() throws Exception {
        Map<String, String> first = endpoint(PREFIXES + "SELECT ?g ?a { GRAPH ?g { ?a a cf:Article } } ORDER BY ?g "
                + "LIMIT 1").get(0);
        String graph = first.get("g");
        String size = endpoint("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }").get(0).get("n");
        // Only the graph's description says its size and article; only the endpoint has the claims of the article.
        String join = PREFIXES + VOID_FOAF + "SELECT ?claim ?who ?size WHERE { <" + graph + "> void:triples ?size ; "
                + "foaf:primaryTopic ?article . ?claim cf:statedIn ?article ; cf:claimant ?who }";
        List<Map<String, String>> expected = endpoint(PREFIXES + "SELECT ?claim ?who (" + size + " AS ?size) { "
                + "?claim cf:statedIn <" + first.get("a") + "> ; cf:claimant ?who }");
        assertFalse(expected.isEmpty(), "the first article has claims with claimants");

        String description = LinkedDataIT.local(graph);
        List<Map<String, String>> joined = comunica(join, description, "sparql@" + server.url());
        assertEquals(new HashSet<>(expected), new HashSet<>(joined), "description + endpoint");
        assertEquals(expected.size(), joined.size(), "no row twice: " + joined);
        assertEquals(List.of(), endpoint(join), "the endpoint alone does not know the graph's size");
        assertEquals(List.of(), comunica(join, description), "the description alone has no claims");
        System.out.printf("Comunica joined %d rows (description of %s + endpoint); endpoint alone 0, description "
                + "alone 0%n", joined.size(), graph);
    }

    @Test
    void anActorDescriptionJoinsTheEndpointsArticleTitlesAsTheEndpointAloneDoes() throws Exception {
        String actor = endpoint(PREFIXES + "SELECT ?actor (COUNT(?c) AS ?n) { ?c cf:claimant ?actor } GROUP BY ?actor "
                + "ORDER BY DESC(?n) ?actor LIMIT 1").get(0).get("actor");
        // The description holds the actor's claims; only the endpoint has the titles of their articles.
        String join = PREFIXES + "SELECT DISTINCT ?claim ?title WHERE { ?claim cf:claimant <" + actor + "> ; "
                + "cf:statedIn ?article . ?article cf:title ?title }";
        List<Map<String, String>> expected = endpoint(join);
        assertFalse(expected.isEmpty(), actor + " makes claims in titled articles");
        List<Map<String, String>> joined = comunica(join, LinkedDataIT.local(actor), "sparql@" + server.url());
        Set<Map<String, String>> rows = new HashSet<>(joined);
        assertEquals(new HashSet<>(expected), rows, "description + endpoint give the endpoint's answer");
        assertEquals(List.of(), comunica(join, LinkedDataIT.local(actor)), "the description has no titles");
        assertTrue(rows.stream().allMatch(r -> r.get("claim").startsWith(Vocab.ID)), "canonical");
        System.out.printf("Comunica joined %d rows for %s; the endpoint alone answers %d%n", joined.size(), actor,
                expected.size());
    }
}
