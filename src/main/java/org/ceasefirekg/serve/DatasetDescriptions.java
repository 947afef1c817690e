package org.ceasefirekg.serve;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.ceasefirekg.lexicon.Vocab;

/**
 * Descriptions of the dataset for machines: VoID at {@code /.well-known/void}, and the SPARQL 1.1 Service
 * Description answered by a GET on the query endpoint without a query (Fuseki itself answers that with 404).
 */
final class DatasetDescriptions {

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    /** The licence of the data and of the ontology (the ontology's header says the same). */
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** Who makes and publishes the knowledge graph, described in the ontology's header. */
    static final String DEVELOPERS = Vocab.CF + "developers";

    private final DatasetGraph dataset;
    private final QueryLimits limits;

    DatasetDescriptions(DatasetGraph dataset, QueryLimits limits) {
        this.dataset = dataset;
        this.limits = limits;
    }

    /** Returns the VoID description; links to services use origin, resource IRIs are the canonical ones. */
    Graph voidDescription(String origin) {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = uri(origin + "/.well-known/void");
        Node ds = uri(origin + "/.well-known/void#ceasefire-kg");
        g.add(doc, RDF.type.asNode(), uri(VOID + "DatasetDescription"));
        g.add(doc, uri("http://xmlns.com/foaf/0.1/primaryTopic"), ds);
        g.add(ds, RDF.type.asNode(), uri(VOID + "Dataset"));
        g.add(ds, DCTerms.title.asNode(), NodeFactory.createLiteralString("ceasefire-kg"));
        g.add(ds, DCTerms.description.asNode(), NodeFactory.createLiteralString("Claims made in news reports "
                + "about wars and ceasefires: who did what to whom, when, where, and according to whom."));
        g.add(ds, uri(VOID + "sparqlEndpoint"), uri(origin + KgServer.DATASET + "/sparql"));
        g.add(ds, uri(VOID + "dataDump"), uri(origin + KgServer.DATASET + "/dump.trig"));
        g.add(ds, uri(VOID + "dataDump"), uri(origin + KgServer.DATASET + "/dump.nq"));
        g.add(ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(Vocab.ID));
        g.add(ds, uri(VOID + "vocabulary"), uri(Vocab.BASE + "ontology"));
        g.add(ds, DCTerms.license.asNode(), uri(LICENSE));
        g.add(uri(Vocab.BASE + "ontology"), DCTerms.license.asNode(), uri(LICENSE));
        g.add(ds, DCTerms.creator.asNode(), uri(DEVELOPERS));
        g.add(ds, DCTerms.publisher.asNode(), uri(DEVELOPERS));
        g.add(uri(DEVELOPERS), uri(FOAF + "name"), NodeFactory.createLiteralString("ceasefire-kg developers"));
        g.add(ds, uri(VOID + "rootResource"), uri(Vocab.BASE + "ontology"));
        Caching.storeModified(dataset).ifPresent(t -> g.add(ds, DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime)));
        for (String format : List.of("Turtle", "JSON-LD", "RDF_XML", "N-Triples")) {
            g.add(ds, uri(VOID + "feature"), uri(FORMATS + format));
        }
        Txn.executeRead(dataset, () -> {
            g.add(ds, uri(VOID + "triples"), integer(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")));
            List<Binding> classes = rows("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY ?c");
            g.add(ds, uri(VOID + "classes"), integer(classes.size()));
            for (Binding row : classes) {
                Node partition = NodeFactory.createBlankNode();
                g.add(ds, uri(VOID + "classPartition"), partition);
                g.add(partition, uri(VOID + "class"), row.get("c"));
                g.add(partition, uri(VOID + "entities"), row.get("n"));
            }
            g.add(ds, uri(VOID + "entities"), integer(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o "
                    + "FILTER(STRSTARTS(STR(?s), '" + Vocab.ID + "')) }")));
            for (Binding row : rows("SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p ORDER BY ?p")) {
                Node partition = NodeFactory.createBlankNode();
                g.add(ds, uri(VOID + "propertyPartition"), partition);
                g.add(partition, uri(VOID + "property"), row.get("p"));
                g.add(partition, uri(VOID + "triples"), row.get("n"));
            }
            for (Binding row : rows("PREFIX cf: <" + Vocab.CF + "> SELECT DISTINCT ?name { ?a cf:publisher ?name } "
                    + "ORDER BY ?name")) {
                Node source = NodeFactory.createBlankNode();
                g.add(ds, DCTerms.source.asNode(), source);
                g.add(source, RDF.type.asNode(), uri(FOAF + "Organization"));
                g.add(source, uri(FOAF + "name"), row.get("name"));
            }
            rows("PREFIX cf: <" + Vocab.CF + "> SELECT ?x { ?x a cf:Ceasefire } ORDER BY ?x LIMIT 1")
                    .forEach(row -> g.add(ds, uri(VOID + "exampleResource"), row.get("x")));
        });
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("foaf", FOAF);
        return IriSpace.withPrefixes(g);
    }

    /** Returns the Service Description of the query endpoint at endpointUrl; it names graphs as SPARQL sees them. */
    Graph serviceDescription(String endpointUrl) {
        Graph g = GraphFactory.createDefaultGraph();
        Node service = uri(endpointUrl + "#service");
        g.add(service, RDF.type.asNode(), uri(SD + "Service"));
        g.add(service, uri(SD + "endpoint"), uri(endpointUrl));
        g.add(service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"));
        g.add(service, uri(SD + "feature"), uri(SD + "UnionDefaultGraph"));
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML")) {
            g.add(service, uri(SD + "resultFormat"), uri(FORMATS + format));
        }
        Node ds = NodeFactory.createBlankNode();
        Node defaultGraph = NodeFactory.createBlankNode();
        g.add(service, uri(SD + "defaultDataset"), ds);
        g.add(ds, RDF.type.asNode(), uri(SD + "Dataset"));
        g.add(ds, uri(SD + "defaultGraph"), defaultGraph);
        g.add(defaultGraph, RDF.type.asNode(), uri(SD + "Graph"));
        Txn.executeRead(dataset, () -> {
            g.add(defaultGraph, uri(VOID + "triples"), integer(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")));
            dataset.listGraphNodes().forEachRemaining(name -> {
                Node named = NodeFactory.createBlankNode();
                Node graph = NodeFactory.createBlankNode();
                g.add(ds, uri(SD + "namedGraph"), named);
                g.add(named, RDF.type.asNode(), uri(SD + "NamedGraph"));
                g.add(named, uri(SD + "name"), name);
                g.add(named, uri(SD + "graph"), graph);
                g.add(graph, RDF.type.asNode(), uri(SD + "Graph"));
                g.add(graph, uri(VOID + "triples"), integer(Iter.count(dataset.find(name, Node.ANY, Node.ANY,
                        Node.ANY))));
            });
        });
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("void", VOID).setNsPrefix("formats", FORMATS);
        return IriSpace.withPrefixes(g);
    }

    private long count(String sparql) {
        return rows(sparql).get(0).get("n").getLiteralValue() instanceof Number n ? n.longValue() : 0;
    }

    private List<Binding> rows(String sparql) {
        return limits.select(dataset, QueryFactory.create(sparql)).stream().toList();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** Serves the VoID description. */
    static final class VoidServlet extends HttpServlet {
        private final transient DatasetDescriptions descriptions;

        VoidServlet(DatasetDescriptions descriptions) {
            this.descriptions = descriptions;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Graph description = descriptions.voidDescription(Origin.of(request));
            response.setHeader("Vary", "Accept");
            rdfVariant(request).write(request, response, description,
                    Caching.storeModified(descriptions.dataset).orElse(null));
        }
    }

    /** Answers a GET without a query on a query endpoint with its Service Description; passes everything else on. */
    static final class ServiceDescriptionFilter implements Filter {
        private final DatasetDescriptions descriptions;

        ServiceDescriptionFilter(DatasetDescriptions descriptions) {
            this.descriptions = descriptions;
        }

        @Override
        public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            if (!(request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))
                    || request.getParameter("query") != null) {
                chain.doFilter(req, resp);
                return;
            }
            HttpServletResponse response = (HttpServletResponse) resp;
            String endpoint = request.getRequestURL().toString();
            response.setHeader("Vary", "Accept");
            rdfVariant(request).write(request, response, descriptions.serviceDescription(endpoint),
                    Caching.storeModified(descriptions.dataset).orElse(null));
        }
    }

    /** The RDF variant a request asks for; Turtle when it asks for HTML or for nothing we have. */
    private static Variant rdfVariant(HttpServletRequest request) {
        return Variant.negotiate(request).filter(v -> v != Variant.HTML).orElse(Variant.TURTLE);
    }
}
