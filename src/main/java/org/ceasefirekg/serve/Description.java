package org.ceasefirekg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ceasefirekg.lexicon.CF;

/**
 * What the store says about one resource, read from the union of all graphs in one read transaction: its own
 * triples (with the blank nodes they lead to), the claims about it, what links to it, and labels for everything shown.
 *
 * @param subject the resource (canonical IRI)
 * @param graph its concise bounded description, with the triples of its counts (so a claim holds its numbers)
 * @param claims claims whose cf:about, cf:claimant, cf:relayedBy or cf:accused is the resource
 * @param claimGraph the triples of those claims, with their counts
 * @param inbound other triples with the resource as object, at most {@link #INBOUND_LIMIT}
 * @param moreInbound whether more inbound triples exist than are listed
 * @param named what the store knows of the named graph of this name, or null when it names no graph
 * @param labels display labels of the IRIs above
 */
record Description(Node subject, Graph graph, List<ClaimRow> claims, Graph claimGraph, List<Triple> inbound,
                   boolean moreInbound, NamedGraph named, Map<Node, String> labels) {

    /**
     * A named graph of the store.
     *
     * @param size its number of triples
     * @param articles the articles it holds
     * @param builds the builds that generated those articles
     */
    record NamedGraph(long size, List<Node> articles, List<Node> builds) {}

    static final int INBOUND_LIMIT = 200;
    static final List<Node> CLAIM_ROLES = List.of(node(CF.about), node(CF.claimant), node(CF.relayedBy),
            node(CF.accused));
    /** Objects whose triples belong to the description of their subject: a claim's numbers. */
    static final Node COUNT = node(CF.count);
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final Node FOAF_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), node(CF.title),
            DCTerms.title.asNode(), node(CF.fileName), node(CF.text));

    /**
     * A claim about the resource, as shown on its page.
     *
     * @param role how the claim involves the resource (a property from {@link #CLAIM_ROLES})
     * @param counts the claimed numbers, e.g. "killed 62 (at least)"; empty when none
     * @param sentence the text of the evidence sentence, or null
     */
    record ClaimRow(Node claim, Node role, Node type, Node claimant, String counts, String sentence, Node article) {}

    private static final String CLAIMS = """
            PREFIX cf: <https://w3id.org/ceasefire-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?claim ?role (SAMPLE(?t) AS ?type) (SAMPLE(?c) AS ?claimant) (SAMPLE(?txt) AS ?text)
                   (SAMPLE(?a) AS ?article)
                   (GROUP_CONCAT(DISTINCT CONCAT(STR(?kind), " ", STR(?v), COALESCE(CONCAT(" (", STR(?q), ")"), ""));
                                 separator="; ") AS ?counts)
            WHERE {
              VALUES ?role { cf:about cf:claimant cf:relayedBy cf:accused }
              ?claim ?role ?resource .
              OPTIONAL { ?claim a ?t FILTER(?t != cf:Claim) }  # the specific type, not the materialized one
              OPTIONAL { ?claim cf:claimant ?c }
              OPTIONAL { ?claim cf:evidence/cf:text ?txt }
              OPTIONAL { ?claim cf:statedIn ?a }
              OPTIONAL { ?claim cf:count ?n . ?n cf:value ?v .
                         OPTIONAL { ?n cf:quantity/rdfs:label ?kind0 } BIND(COALESCE(?kind0, "count") AS ?kind)
                         OPTIONAL { ?n cf:qualifier ?q } }
            }
            GROUP BY ?claim ?role
            ORDER BY ?article ?claim
            """;

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Returns true when the resource occurs in any graph, as subject or object, or names a graph. */
    static boolean exists(DatasetGraph dsg, Node subject) {
        return Txn.calculateRead(dsg, () -> occurs(dsg, subject));
    }

    private static boolean occurs(DatasetGraph dsg, Node subject) {
        Graph union = dsg.getUnionGraph();
        return union.contains(subject, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, subject)
                || dsg.containsGraph(subject);
    }

    /** Reads the description of a resource, its claims within the limits; empty when the store does not know it. */
    static Optional<Description> read(DatasetGraph dsg, Node subject, QueryLimits limits) {
        return Txn.calculateRead(dsg, () -> {
            if (!occurs(dsg, subject)) {
                return Optional.empty();
            }
            Graph union = dsg.getUnionGraph();
            Graph cbd = boundedDescription(union, subject);
            List<ClaimRow> claims = claims(dsg, subject, limits);
            List<Triple> inbound = new ArrayList<>();
            boolean more = false;
            ExtendedIterator<Triple> links = union.find(Node.ANY, Node.ANY, subject);
            try {
                while (links.hasNext()) {
                    Triple t = links.next();
                    if (CLAIM_ROLES.contains(t.getPredicate())) {
                        continue; // shown with the claims
                    }
                    if (inbound.size() == INBOUND_LIMIT) {
                        more = true;
                        break;
                    }
                    inbound.add(t);
                }
            } finally {
                links.close();
            }
            Graph claimGraph = GraphFactory.createDefaultGraph();
            claims.stream().map(ClaimRow::claim).distinct()
                    .forEach(c -> boundedDescription(union, c).find().forEachRemaining(claimGraph::add));
            NamedGraph named = dsg.containsGraph(subject) ? namedGraph(dsg, subject) : null;
            Set<Node> shown = new HashSet<>();
            shown.add(subject);
            cbd.find().forEachRemaining(t -> {
                shown.add(t.getSubject());
                shown.add(t.getPredicate());
                shown.add(t.getObject());
            });
            claims.forEach(c -> {
                shown.add(c.claim());
                shown.add(c.type());
                shown.add(c.claimant());
                shown.add(c.article());
            });
            inbound.forEach(t -> {
                shown.add(t.getSubject());
                shown.add(t.getPredicate());
            });
            if (named != null) {
                shown.addAll(named.articles());
            }
            Map<Node, String> labels = new HashMap<>();
            for (Node n : shown) {
                if (n != null && n.isURI()) {
                    label(union, n).ifPresent(l -> labels.put(n, l));
                }
            }
            ClaimTitle.of(dsg, subject, limits).ifPresent(title -> labels.putIfAbsent(subject, title));
            return Optional.of(new Description(subject, cbd, claims, claimGraph, inbound, more, named, labels));
        });
    }

    /** The articles a named graph holds and the builds that generated them. */
    private static NamedGraph namedGraph(DatasetGraph dsg, Node name) {
        long size = Iter.count(dsg.find(name, Node.ANY, Node.ANY, Node.ANY));
        List<Node> articles = Iter.asStream(dsg.find(name, Node.ANY, RDF.type.asNode(), node(CF.Article)))
                .map(Quad::getSubject).distinct().sorted(Comparator.comparing(Node::getURI)).toList();
        List<Node> builds = articles.stream()
                .flatMap(a -> Iter.asStream(dsg.find(Node.ANY, Node.ANY, node(CF.generated), a)).map(Quad::getSubject))
                .distinct().sorted(Comparator.comparing(Node::toString)).toList();
        return new NamedGraph(size, articles, builds);
    }

    /** The resource's triples, and recursively those of the blank nodes and counts they point to. */
    private static Graph boundedDescription(Graph union, Node subject) {
        Graph out = GraphFactory.createDefaultGraph();
        Deque<Node> todo = new ArrayDeque<>(List.of(subject));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            union.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                out.add(t);
                if (t.getObject().isBlank() || (t.getPredicate().equals(COUNT) && t.getObject().isURI())) {
                    todo.push(t.getObject());
                }
            });
        }
        return out;
    }

    private static List<ClaimRow> claims(DatasetGraph dsg, Node subject, QueryLimits limits) {
        List<ClaimRow> rows = new ArrayList<>();
        RowSet results = limits.select(dsg, QueryFactory.create(CLAIMS),
                BindingFactory.binding(Var.alloc("resource"), subject));
        while (results.hasNext()) {
            Binding b = results.next();
            Node text = b.get("text");
            Node counts = b.get("counts");
            rows.add(new ClaimRow(b.get("claim"), b.get("role"), b.get("type"), b.get("claimant"),
                    counts == null ? "" : counts.getLiteralLexicalForm(),
                    text == null ? null : text.getLiteralLexicalForm(), b.get("article")));
        }
        return rows;
    }

    /** Returns a display label: rdfs:label, skos:prefLabel, a title, a file name or a sentence's text. */
    private static Optional<String> label(Graph union, Node node) {
        for (Node p : LABELS) {
            Optional<String> found = Iter.asStream(union.find(node, p, Node.ANY))
                    .map(Triple::getObject)
                    .filter(Node::isLiteral)
                    .sorted((a, b) -> Integer.compare(langRank(a), langRank(b)))
                    .map(Node::getLiteralLexicalForm)
                    .findFirst();
            if (found.isPresent()) {
                String label = found.get();
                return Optional.of(label.length() > 140 ? label.substring(0, 137) + "..." : label);
            }
        }
        return Optional.empty();
    }

    private static int langRank(Node literal) {
        String lang = literal.getLiteralLanguage();
        return lang.isEmpty() ? 0 : lang.startsWith("en") ? 1 : 2;
    }

    /**
     * Returns the RDF document of the resource: its own triples with their counts, the claims about it with theirs,
     * what links to it, and for a graph name the graph's size, articles, builds and where to get its triples.
     */
    Graph document(IriSpace iris) {
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(out::add);
        claimGraph.find().forEachRemaining(out::add);
        inbound.forEach(out::add);
        if (named != null) {
            out.add(subject, RDF.type.asNode(), NodeFactory.createURI(VOID + "Dataset"));
            out.add(subject, NodeFactory.createURI(VOID + "triples"),
                    NodeFactory.createLiteralDT(Long.toString(named.size()), XSDDatatype.XSDinteger));
            named.articles().forEach(a -> out.add(subject, FOAF_TOPIC, a));
            named.builds().forEach(b -> out.add(subject, NodeFactory.createURI(PROV + "wasGeneratedBy"), b));
            out.add(subject, NodeFactory.createURI(VOID + "dataDump"), NodeFactory.createURI(iris.base()
                    + KgServer.DATASET.substring(1) + "/data?graph="
                    + URLEncoder.encode(subject.getURI(), StandardCharsets.UTF_8)));
        }
        return IriSpace.withPrefixes(out);
    }

    /** Returns the label of a node, or null. */
    String labelOf(Node node) {
        return labels.get(node);
    }
}
