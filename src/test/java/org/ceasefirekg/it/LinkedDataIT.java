package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ceasefirekg.cli.Main;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.pipeline.ProjectPaths;
import org.ceasefirekg.serve.KgServer;
import org.ceasefirekg.serve.QueryLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The linked-data contract on the seeds, over real HTTP: every resource IRI answers 303 See Other to a document in
 * the negotiated format, the ontology, VoID, the Service Description and the dumps.
 */
class LinkedDataIT {

    static final String PREFIXES = "PREFIX cf: <" + Vocab.CF + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    static KgServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    static final HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    static void start() {
        server = start(null);
    }

    static KgServer start(String base) {
        ProjectPaths paths = Main.projectPaths();
        return KgServer.create(SeedStore.get().store.dataset()).port(0).queries(paths.queries())
                .ontology(paths.ontology().resolve("ceasefire.ttl")).base(base).limits(new QueryLimits(30, 10_000))
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> get(HttpClient client, String url, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where the test server answers for a canonical IRI (as w3id.org redirects to a public server). */
    static String local(String iri) {
        return server.base() + iri.substring(Vocab.BASE.length());
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** An actor who makes a claim and that something else links to, with its label and a claim's sentence. */
    static Map<String, String> claimant() {
        return SeedStore.get().select(PREFIXES + "SELECT ?actor (SAMPLE(STR(?l)) AS ?label) (MIN(?t) AS ?text) { "
                + "?c cf:claimant ?actor ; cf:evidence/cf:text ?t . ?actor rdfs:label ?l "
                + "FILTER EXISTS { ?s ?p ?actor FILTER(?p NOT IN (cf:claimant, cf:about, cf:relayedBy, cf:accused)) } "
                + "} GROUP BY ?actor ORDER BY ?actor LIMIT 1").get(0);
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, ttl, text/turtle", "application/ld+json, jsonld, application/ld+json",
            "application/n-triples, nt, application/n-triples",
            "application/rdf+xml, rdf, application/rdf+xml", "application/json, jsonld, application/ld+json",
            "'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', html, text/html",
            "'*/*', ttl, text/turtle"})
    void anActorIriRedirectsToItsDescriptionInTheAskedFormat(String accept, String extension, String type)
            throws Exception {
        Map<String, String> actor = claimant();
        String iri = actor.get("actor");
        HttpResponse<String> redirect = get(http, local(iri), accept);
        assertEquals(303, redirect.statusCode(), redirect.body());
        String doc = server.base() + "doc/" + actor.get("actor").substring(Vocab.ID.length()) + "." + extension;
        assertEquals(doc, redirect.headers().firstValue("Location").orElse(""));
        assertTrue(redirect.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        HttpResponse<String> response = get(http, doc, accept);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type),
                response.headers().firstValue("Content-Type").orElse(""));
        if (type.equals("text/html")) {
            assertTrue(response.body().contains("<h1>" + escape(actor.get("label")) + "</h1>"), response.body());
        } else {
            Graph g = parse(response.body(), RDFLanguages.contentTypeToLang(type));
            assertTrue(g.find(NodeFactory.createURI(iri), RDFS.label.asNode(), Node.ANY).toList().stream()
                    .anyMatch(t -> t.getObject().getLiteralLexicalForm().equals(actor.get("label"))), response.body());
            assertTrue(g.contains(NodeFactory.createURI(iri), RDF.type.asNode(), Node.ANY));
        }
    }

    @Test
    void everyActorIncidentClaimCeasefireAndArticleIriDereferencesToItsOwnDescription() throws Exception {
        List<Map<String, String>> resources = SeedStore.get().select(PREFIXES + "SELECT DISTINCT ?x { "
                + "VALUES ?class { cf:Actor cf:Incident cf:Claim cf:Ceasefire cf:Article } "
                + "?x a ?type . ?type rdfs:subClassOf* ?class . FILTER(STRSTARTS(STR(?x), '" + Vocab.ID + "')) }");
        assertTrue(resources.size() > 100, "the seeds have " + resources.size() + " such resources");
        for (Map<String, String> row : resources) {
            String iri = row.get("x");
            HttpResponse<String> response = get(following, local(iri), "text/turtle");
            assertEquals(200, response.statusCode(), iri);
            assertTrue(parse(response.body(), Lang.TURTLE).contains(NodeFactory.createURI(iri), RDF.type.asNode(),
                    Node.ANY), iri + " has no type in " + response.body());
        }
    }

    @Test
    void theHtmlPageShowsTheClaimsWithTheirSentencesAndWhatLinksHere() throws Exception {
        Map<String, String> actor = claimant();
        HttpResponse<String> page = get(following, local(actor.get("actor")), "text/html");
        String body = page.body();
        assertTrue(body.contains("<h2>Claims about it</h2>"), body);
        assertTrue(body.contains("<blockquote>" + escape(actor.get("text")) + "</blockquote>"), body);
        assertTrue(body.contains("<h2>What links here</h2>"), body);
        assertTrue(body.contains("href=\"" + server.base() + "id/article/"), "links to the articles");
    }

    @Test
    void aDocumentWithoutExtensionNegotiatesAndUnknownsAre404Or406() throws Exception {
        String doc = server.base() + "doc/" + claimant().get("actor").substring(Vocab.ID.length());
        HttpResponse<String> jsonld = get(http, doc, "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(406, get(http, doc, "image/png").statusCode());
        assertEquals(404, get(http, server.base() + "id/actor/nobody-at-all", "text/turtle").statusCode());
        assertEquals(404, get(http, server.base() + "doc/actor/nobody-at-all.ttl", null).statusCode());
    }

    @Test
    void theOntologyIsServedAtItsNamespace() throws Exception {
        Graph source = RDFDataMgr.loadGraph(Main.projectPaths().ontology().resolve("ceasefire.ttl").toString());
        HttpResponse<String> turtle = get(http, server.base() + "ontology", "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertEquals(source.size(), parse(turtle.body(), Lang.TURTLE).size());
        HttpResponse<String> jsonld = get(http, server.base() + "ontology", "application/ld+json");
        assertEquals(source.size(), parse(jsonld.body(), Lang.JSONLD).size());
        HttpResponse<String> html = get(http, server.base() + "ontology", "text/html");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        for (String term : List.of("CasualtyClaim", "claimant", "Ceasefire", "Killed")) {
            assertTrue(html.body().contains("id=\"" + term + "\""), term);
        }
        assertTrue(html.body().contains("<a href=\"#Claim\">cf:Claim</a>"), "terms link to each other");
    }

    @Test
    void corsHeadersAreOnLinkedDataAndSparql() throws Exception {
        for (String url : List.of(local(claimant().get("actor")), server.url() + "?query=ASK%7B%7D",
                server.base() + "ontology", server.baseUrl() + "/.well-known/void")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Origin", "http://notebook.example").build(), HttpResponse.BodyHandlers.ofString());
            String allowed = response.headers().firstValue("Access-Control-Allow-Origin").orElse("");
            assertTrue(allowed.equals("*") || allowed.equals("http://notebook.example"), url + ": " + allowed);
        }
    }

    @Test
    void voidDescribesTheDatasetAndItsServices() throws Exception {
        HttpResponse<String> response = get(http, server.baseUrl() + "/.well-known/void", null);
        assertEquals(200, response.statusCode());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(model);
        long triples = Long.parseLong(SeedStore.get().select("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").get(0).get("n"));
        String ask = "PREFIX void: <http://rdfs.org/ns/void#> ASK { ?d a void:Dataset ; void:triples " + triples
                + " ; void:sparqlEndpoint <" + server.url() + "> ; void:dataDump <" + server.baseUrl()
                + "/ceasefire/dump.trig>, <" + server.baseUrl() + "/ceasefire/dump.nq> ; void:uriSpace \""
                + Vocab.ID + "\" ; void:classPartition [ void:class <" + Vocab.CF
                + "Claim> ; void:entities ?n ] FILTER(?n > 0) }";
        assertTrue(QueryExecution.create(ask, model).execAsk(), response.body());
    }

    @Test
    void dumpsHoldEveryQuadOfTheStore() throws Exception {
        DatasetGraph store = SeedStore.get().store.dataset();
        long quads = SeedStore.get().store.quadCount();
        for (String dump : List.of("dump.nq", "dump.trig")) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                    + "/ceasefire/" + dump)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(response.body()))
                    .lang(dump.endsWith("nq") ? Lang.NQUADS : Lang.TRIG).parse(parsed);
            assertEquals(quads, parsed.stream().count(), dump);
            org.apache.jena.system.Txn.executeRead(store, () -> parsed.stream().limit(500).forEach(q ->
                    assertTrue(store.contains(q), dump + " has a quad the store lacks: " + q)));
        }
    }

    @Test
    void whateverTheBaseTheIrisAreTheCanonicalOnes() throws Exception {
        String actor = claimant().get("actor");
        KgServer elsewhere = start("https://kg.example.org/");
        try {
            String path = actor.substring(Vocab.BASE.length());
            HttpResponse<String> redirect = get(http, elsewhere.baseUrl() + "/" + path, "text/turtle");
            assertEquals("https://kg.example.org/doc/" + actor.substring(Vocab.ID.length()) + ".ttl",
                    redirect.headers().firstValue("Location").orElse(""), "documents live at the base");
            String doc = elsewhere.baseUrl() + "/doc/" + actor.substring(Vocab.ID.length()) + ".ttl";
            String body = get(http, doc, null).body();
            assertTrue(parse(body, Lang.TURTLE).contains(NodeFactory.createURI(actor), Node.ANY, Node.ANY), body);
            assertFalse(body.contains("kg.example.org/id/") || body.contains("kg.example.org/ontology"),
                    "no IRI is rewritten to the base: " + body);
            String html = get(http, elsewhere.baseUrl() + "/doc/" + actor.substring(Vocab.ID.length()) + ".html",
                    null).body();
            assertTrue(html.contains("<p class=\"iri\">" + actor + "</p>"), "the page shows the IRI to copy");
            String voidBody = get(http, elsewhere.baseUrl() + "/.well-known/void", null).body();
            assertFalse(voidBody.contains("kg.example.org/id/"), voidBody);
            String ontology = get(http, elsewhere.baseUrl() + "/ontology", "text/turtle").body();
            assertFalse(ontology.contains("kg.example.org"), "the ontology says its own namespace");
        } finally {
            elsewhere.stop();
        }
    }
}
