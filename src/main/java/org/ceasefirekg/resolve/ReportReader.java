package org.ceasefirekg.resolve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ceasefirekg.lexicon.CF;

/**
 * Reads, inside the caller's transaction, every incident of every article graph and what the gazetteer says about
 * the places and actors they name: which places contain which (cf:locatedIn), whom actors belong to
 * (cf:affiliation), which places are countries, and labels.
 */
final class ReportReader {
    static final Node ARTICLE = node(CF.Article);
    private static final Node INCIDENT = node(CF.Incident);
    private static final Node AID_DELIVERY = node(CF.AidDelivery);
    private static final Node ACTOR = node(CF.Actor);
    /** Who an incident hit, was meant to hit, or had taking part: ties a vague report to one event of two. */
    private static final List<String> PARTY_ROLES = List.of(CF.target, CF.intendedTarget, CF.participant);

    /** What the store says: the reports, sorted by IRI, and the relations needed to compare them. */
    record Reports(List<IncidentReport> reports, Map<String, Set<String>> placeAncestors,
                   Map<String, Set<String>> actorAncestors, Map<String, String> labels) {}

    private final DatasetGraph ds;
    private final Node skip;

    private ReportReader(DatasetGraph ds, Node skip) {
        this.ds = ds;
        this.skip = skip;
    }

    /** Reads the store; the graph named skip (the resolution's own) is not read. Call inside a transaction. */
    static Reports read(DatasetGraph ds, Node skip) {
        return new ReportReader(ds, skip).read();
    }

    private Reports read() {
        Set<Node> incidentClasses = subClasses(INCIDENT);
        incidentClasses.remove(INCIDENT);
        incidentClasses.remove(AID_DELIVERY); // an aid delivery is what an attack hits, not an attack
        Set<Node> actorClasses = subClasses(ACTOR);
        Map<String, Set<String>> placeAncestors = closure(node(CF.locatedIn));
        Map<String, Set<String>> actorAncestors = closure(node(CF.affiliation));
        Map<String, Builder> byIri = new TreeMap<>();
        Map<String, String> labels = new HashMap<>();
        for (Node graph : articleGraphs()) {
            Set<LocalDate> published = new HashSet<>();
            each(graph, Node.ANY, RDF.type.asNode(), ARTICLE, q -> each(graph, q.getSubject(), node(CF.published),
                    Node.ANY, p -> addDay(published, p.getObject())));
            each(graph, Node.ANY, node(CF.eventType), Node.ANY, q -> {
                Node incident = q.getSubject();
                Node kind = firstType(graph, incident, incidentClasses);
                if (kind == null || !incident.isURI()) {
                    return;
                }
                Builder b = byIri.computeIfAbsent(incident.getURI(), iri -> new Builder(iri, kind.getURI()));
                b.published.addAll(published);
                b.articles.add(str(graph));
                each(graph, incident, node(CF.date), Node.ANY, d -> addDay(b.dates, d.getObject()));
                each(graph, incident, node(CF.place), Node.ANY, p -> {
                    b.places.add(str(p.getObject()));
                    label(p.getObject(), labels);
                });
                each(graph, incident, node(CF.perpetrator), Node.ANY, p -> {
                    if (!isGeneric(p.getObject())) {
                        b.perpetrators.add(str(p.getObject()));
                    }
                });
                for (String role : PARTY_ROLES) {
                    each(graph, incident, node(role), Node.ANY, p -> {
                        if (p.getObject().isURI() && !isGeneric(p.getObject())) {
                            b.parties.add(str(p.getObject()));
                        }
                    });
                }
            });
        }
        List<IncidentReport> reports = new ArrayList<>();
        Map<String, Boolean> countries = new HashMap<>();
        for (Builder b : byIri.values()) {
            boolean specific = b.places.stream()
                    .anyMatch(p -> !countries.computeIfAbsent(p, x -> isCountry(x, actorClasses)));
            reports.add(b.build(specific));
        }
        return new Reports(reports, placeAncestors, actorAncestors, labels);
    }

    /** A country (Syria) is a place that is also a party; it says too little to tie two reports together. */
    private boolean isCountry(String place, Set<Node> actorClasses) {
        Node node = NodeFactory.createURI(place);
        for (Node cls : actorClasses) {
            if (ds.find(Node.ANY, node, RDF.type.asNode(), cls).hasNext()) {
                return true;
            }
        }
        return false;
    }

    /** "planes", "gunmen": a group named by a common noun, not in the gazetteer, says nothing of who acted. */
    private boolean isGeneric(Node actor) {
        return ds.find(Node.ANY, actor, RDF.type.asNode(), node(CF.Group)).hasNext()
                && !ds.find(Node.ANY, actor, SKOS.inScheme.asNode(), Node.ANY).hasNext();
    }

    private Set<Node> articleGraphs() {
        Set<Node> graphs = new LinkedHashSet<>();
        ds.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(skip) && ds.find(g, Node.ANY, RDF.type.asNode(), ARTICLE).hasNext()) {
                graphs.add(g);
            }
        });
        return graphs;
    }

    private Node firstType(Node graph, Node subject, Set<Node> classes) {
        List<Node> found = new ArrayList<>();
        each(graph, subject, RDF.type.asNode(), Node.ANY, q -> {
            if (classes.contains(q.getObject())) {
                found.add(q.getObject());
            }
        });
        return found.stream().min(java.util.Comparator.comparing(Node::getURI)).orElse(null);
    }

    private void label(Node node, Map<String, String> labels) {
        if (!labels.containsKey(str(node))) {
            each(Node.ANY, node, RDFS.label.asNode(), Node.ANY,
                    l -> labels.merge(str(node), l.getObject().getLiteralLexicalForm(),
                            (a, b) -> a.compareTo(b) <= 0 ? a : b));
        }
    }

    /** The class and all its subclasses, as the ontology graph declares them. */
    private Set<Node> subClasses(Node root) {
        Set<Node> all = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (all.add(c)) {
                each(Node.ANY, Node.ANY, RDFS.subClassOf.asNode(), c, q -> todo.push(q.getSubject()));
            }
        }
        return all;
    }

    /** For every subject of the property, every node it reaches by one or more steps of it. */
    private Map<String, Set<String>> closure(Node property) {
        Map<String, Set<String>> direct = new HashMap<>();
        each(Node.ANY, Node.ANY, property, Node.ANY, q -> {
            if (q.getObject().isURI()) {
                direct.computeIfAbsent(str(q.getSubject()), k -> new HashSet<>()).add(q.getObject().getURI());
            }
        });
        Map<String, Set<String>> all = new HashMap<>();
        for (String start : direct.keySet()) {
            Set<String> reached = new HashSet<>();
            Deque<String> todo = new ArrayDeque<>(direct.get(start));
            while (!todo.isEmpty()) {
                String next = todo.pop();
                if (reached.add(next)) {
                    todo.addAll(direct.getOrDefault(next, Set.of()));
                }
            }
            all.put(start, reached);
        }
        return all;
    }

    private void each(Node g, Node s, Node p, Node o, Consumer<Quad> action) {
        ds.find(g, s, p, o).forEachRemaining(action);
    }

    private static void addDay(Set<LocalDate> days, Node literal) {
        if (!literal.isLiteral()) {
            return;
        }
        String lexical = literal.getLiteralLexicalForm();
        try {
            days.add(LocalDate.parse(lexical.length() >= 10 ? lexical.substring(0, 10) : lexical));
        } catch (DateTimeParseException e) {
            // not a day ("2016-09"): says nothing a report can be matched by
        }
    }

    private static String str(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** Collects what the article graphs say about one incident node. */
    private static final class Builder {
        final String iri;
        final String kind;
        final Set<LocalDate> dates = new HashSet<>();
        final Set<LocalDate> published = new HashSet<>();
        final Set<String> places = new HashSet<>();
        final Set<String> perpetrators = new HashSet<>();
        final Set<String> parties = new HashSet<>();
        final Set<String> articles = new HashSet<>();

        Builder(String iri, String kind) {
            this.iri = iri;
            this.kind = kind;
        }

        IncidentReport build(boolean specific) {
            // A node has one date (the shapes say so); should articles disagree, the earliest is kept.
            LocalDate date = dates.stream().min(LocalDate::compareTo).orElse(null);
            boolean vague = date != null && published.contains(date);
            return new IncidentReport(iri, kind, date, vague, Set.copyOf(places), specific, Set.copyOf(perpetrators),
                    Set.copyOf(parties), Set.copyOf(published), Set.copyOf(articles));
        }
    }
}
