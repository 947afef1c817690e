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
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * ETag, 304 and gzip.
 */
class LinkedDataClientsIT {

    static final String PREFIXES = LinkedDataIT.PREFIXES;
    static final HttpClient http = HttpClient.newHttpClient();
    static final HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    static final ObjectMapper json = new ObjectMapper();
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

    @Test
    void theOntologyHasItsVersionIriRdfXmlAndMetadata() throws Exception {
        HttpResponse<String> version = get(http, server.baseUrl() + "/ontology/0.1.0", "application/rdf+xml");
        assertEquals(200, version.statusCode());
        Graph g = LinkedDataIT.parse(version.body(), Lang.RDFXML);
        Node ontology = NodeFactory.createURI(Vocab.BASE + "ontology");
        for (String p : List.of("creator", "issued", "modified", "bibliographicCitation", "license")) {
            assertTrue(g.contains(ontology, NodeFactory.createURI("http://purl.org/dc/terms/" + p), Node.ANY), p);
        }
        assertTrue(g.find(ontology, NodeFactory.createURI("http://purl.org/dc/terms/creator"), Node.ANY).next()
                .getObject().isURI(), "the creator is an IRI");
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
    }
}
