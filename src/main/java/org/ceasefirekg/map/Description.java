package org.ceasefirekg.map;

import java.util.List;
import org.ceasefirekg.lexicon.GazetteerEntry;

/**
 * What an article graph says about an actor or place resolved in it, kept apart from resolving so that the
 * resolve step writes no RDF; {@link DescriptionWriter} writes it once per IRI.
 *
 * @param iri         the actor or place
 * @param types       its classes
 * @param label       its label
 * @param english     true for a gazetteer label (tagged @en, as in the gazetteer), false for a name as written
 * @param affiliation the actor it belongs to, or null
 * @param sameAs      the same thing in other datasets
 */
record Description(String iri, List<String> types, String label, boolean english, String affiliation,
                   List<String> sameAs) {

    /** A gazetteer entry as the gazetteer describes it. */
    static Description of(GazetteerEntry e) {
        return new Description(e.iri(), List.copyOf(e.types()), e.label(), true, e.affiliation(),
                List.copyOf(e.sameAs()));
    }

    /** An actor, person or place the gazetteer lacks, under the name the article gives it. */
    static Description named(String iri, String type, String name) {
        return new Description(iri, List.of(type), name, false, null, List.of());
    }
}
