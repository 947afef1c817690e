package org.ceasefirekg.map;

import java.util.Collection;

/** Writes what the article graph says about each actor and place resolved in it, after resolution is done. */
final class DescriptionWriter {
    private static final String SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";

    private final TripleWriter out;

    DescriptionWriter(TripleWriter out) {
        this.out = out;
    }

    /** Writes each description: classes, label, affiliation and sameAs links. */
    void write(Collection<Description> descriptions) {
        for (Description d : descriptions) {
            for (String type : d.types()) {
                out.iri(d.iri(), TripleWriter.RDF_TYPE, type);
            }
            if (d.english()) {
                out.english(d.iri(), TripleWriter.RDFS_LABEL, d.label());
            } else {
                out.literal(d.iri(), TripleWriter.RDFS_LABEL, d.label());
            }
            if (d.affiliation() != null) {
                out.iri(d.iri(), org.ceasefirekg.lexicon.CF.affiliation, d.affiliation());
            }
            for (String same : d.sameAs()) {
                out.iri(d.iri(), SAME_AS, same);
            }
        }
    }
}
