package org.ceasefirekg.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ceasefirekg.lexicon.Vocab;

/**
 * The cf: class hierarchy, for adding to a graph, for each of its cf: types, the cf: classes above it: so that
 * {@code ?x a cf:Claim} finds every claim without inference (the mapper types each thing by its most specific class).
 * The store does it on every graph it writes; a Spark executor does it on the graphs it writes to shards, so that a
 * shard holds what the store would.
 */
public final class SuperclassTypes {
    private static final Node RDF_TYPE = RDF.Nodes.type;
    static final Node SUBCLASS_OF = RDFS.Nodes.subClassOf;
    private final Map<Node, Set<Node>> supers = new HashMap<>();

    private SuperclassTypes(Iterator<Triple> subclassOf) {
        subclassOf.forEachRemaining(t -> {
            if (isCf(t.getSubject()) && isCf(t.getObject())) {
                supers.computeIfAbsent(t.getSubject(), c -> new HashSet<>()).add(t.getObject());
            }
        });
    }

    /** Returns the hierarchy of the rdfs:subClassOf triples given (others are ignored). */
    public static SuperclassTypes of(Iterator<Triple> subclassOf) {
        return new SuperclassTypes(subclassOf);
    }

    /** Returns the hierarchy of an ontology graph. */
    public static SuperclassTypes of(Graph ontology) {
        return new SuperclassTypes(ontology.find(Node.ANY, SUBCLASS_OF, Node.ANY));
    }

    /** Returns true when there is no cf: hierarchy at all. */
    boolean isEmpty() {
        return supers.isEmpty();
    }

    /** Returns the type triples to add to a graph holding the given triples (some may be there already). */
    public List<Triple> added(Collection<Triple> triples) {
        List<Triple> added = new ArrayList<>();
        for (Triple t : triples) {
            if (t.getPredicate().equals(RDF_TYPE)) {
                for (Node above : ancestors(t.getObject())) {
                    added.add(Triple.create(t.getSubject(), RDF_TYPE, above));
                }
            }
        }
        return added;
    }

    private Set<Node> ancestors(Node type) {
        Set<Node> found = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(supers.getOrDefault(type, Set.of()));
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (found.add(c)) {
                todo.addAll(supers.getOrDefault(c, Set.of()));
            }
        }
        found.remove(type);
        return found;
    }

    private static boolean isCf(Node n) {
        return n.isURI() && n.getURI().startsWith(Vocab.CF);
    }
}
