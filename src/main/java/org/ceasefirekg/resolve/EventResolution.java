package org.ceasefirekg.resolve;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Vocab;
import org.ceasefirekg.store.KgStore;

/**
 * One event, one node across articles: after a build, links the incident nodes that different articles made of the
 * same event ({@code ?incident cf:sameEventAs ?event}) to one event IRI per group, in a named graph of its own that
 * each run replaces whole, in the same write transaction that reads the articles. The same store gives the same
 * graph. Incidents reported once get no link: a query takes {@code COALESCE(?event, ?incident)}.
 */
public final class EventResolution {
    /** The named graph of the links; "_" keeps it apart from article graphs, whose names are slugs. */
    public static final String GRAPH = Vocab.BASE + "graph/event_resolution";
    /** Where event IRIs are minted. */
    public static final String EVENT_BASE = Vocab.ID + "event/";
    static final String SAME_EVENT_AS = CF.sameEventAs;

    /**
     * What one run did.
     *
     * @param incidents incident nodes read from the article graphs
     * @param events groups of two or more reports, each now one event
     * @param linked incident nodes linked to an event
     * @param millis how long the run took, reading and writing included
     */
    public record Summary(int incidents, int events, int linked, long millis) {}

    private EventResolution() {}

    /** Groups the reports of every article graph of the store and replaces the resolution graph with the links. */
    public static Summary run(KgStore store) {
        return run(store.dataset());
    }

    /** As {@link #run(KgStore)}, on a dataset (a TDB2 one, or any that supports write transactions). */
    public static Summary run(DatasetGraph ds) {
        long start = System.nanoTime();
        Node graph = NodeFactory.createURI(GRAPH);
        return Txn.calculateWrite(ds, () -> {
            ReportReader.Reports read = ReportReader.read(ds, graph);
            List<List<IncidentReport>> groups = new EventGroups(read.placeAncestors(), read.actorAncestors())
                    .group(read.reports());
            ds.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            Set<String> taken = new HashSet<>();
            int linked = 0;
            for (List<IncidentReport> g : groups) {
                Node event = NodeFactory.createURI(EVENT_BASE + unique(key(g, read.placeAncestors()), taken));
                ds.add(graph, event, RDF.type.asNode(), NodeFactory.createURI(CF.Event));
                ds.add(graph, event, RDFS.label.asNode(), NodeFactory.createLiteralString(label(ds, g, read)));
                for (IncidentReport r : g) {
                    ds.add(graph, NodeFactory.createURI(r.iri()), NodeFactory.createURI(SAME_EVENT_AS), event);
                    linked++;
                }
            }
            return new Summary(read.reports().size(), groups.size(), linked, (System.nanoTime() - start) / 1_000_000);
        });
    }

    private static String unique(String key, Set<String> taken) {
        String k = key;
        for (int n = 2; !taken.add(k); n++) {
            k = key + "-" + n;
        }
        return k;
    }

    /** "airstrike-2016-09-17-deir-ez-zor": the group's kind, its day and its most precise place. */
    private static String key(List<IncidentReport> g, Map<String, Set<String>> ancestors) {
        String place = place(g, ancestors);
        return slug(local(kind(g))) + "-" + day(g) + (place == null ? "" : "-" + slug(local(place)));
    }

    private static String label(DatasetGraph ds, List<IncidentReport> g, ReportReader.Reports read) {
        String kind = kind(g);
        String kindLabel = Iter.asStream(ds.find(Node.ANY, NodeFactory.createURI(kind), RDFS.label.asNode(), Node.ANY))
                .map(q -> q.getObject().getLiteralLexicalForm()).min(Comparator.naturalOrder()).orElse(local(kind));
        String place = place(g, read.placeAncestors());
        return kindLabel + (place == null ? "" : " in " + read.labels().getOrDefault(place, local(place)))
                + " on " + day(g);
    }

    /** The specific kind when a report gives one ("the attack" and "the airstrike" are an airstrike). */
    private static String kind(List<IncidentReport> g) {
        return g.stream().map(IncidentReport::kind).filter(k -> !k.equals(EventGroups.ATTACK)).sorted().findFirst()
                .orElse(EventGroups.ATTACK);
    }

    /** The day most reports give, the earliest of those on a tie. */
    private static LocalDate day(List<IncidentReport> g) {
        return mostCommon(g.stream().map(IncidentReport::date).filter(java.util.Objects::nonNull).toList(),
                Comparator.naturalOrder());
    }

    /** The most precise place (most places above it), the most named of those, then the first by IRI. */
    private static String place(List<IncidentReport> g, Map<String, Set<String>> ancestors) {
        List<String> all = g.stream().flatMap(r -> r.places().stream()).toList();
        int depth = all.stream().mapToInt(p -> ancestors.getOrDefault(p, Set.of()).size()).max().orElse(-1);
        return mostCommon(all.stream().filter(p -> ancestors.getOrDefault(p, Set.of()).size() == depth).toList(),
                Comparator.naturalOrder());
    }

    private static <T> T mostCommon(List<T> values, Comparator<T> tieBreak) {
        Map<T, Long> counts = values.stream().collect(Collectors.groupingBy(Function.identity(), HashMap::new,
                Collectors.counting()));
        return counts.entrySet().stream()
                .min(Comparator.<Map.Entry<T, Long>>comparingLong(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey, tieBreak))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static String slug(String s) {
        String slug = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
