package org.ceasefirekg.lexicon;

import java.util.List;
import java.util.Set;

/**
 * One actor or place of the gazetteer.
 *
 * @param iri         the IRI used for it in every article
 * @param label       its preferred label
 * @param types       its ontology classes (cf:State, cf:Person, cf:Place, ...)
 * @param names       preferred and alternative labels as written in news
 * @param demonyms    adjectives naming it ("Russian")
 * @param metonyms    place names standing for it when it acts ("Moscow")
 * @param affiliation the actor it belongs to, or null
 * @param sameAs      equivalent IRIs elsewhere (Wikidata)
 * @param scope       the state whose war it belongs to (cf:scope, or the state a place lies in), or null
 * @param timeZone    the IANA time zone id a state keeps its clocks in (cf:timeZone), or null
 */
public record GazetteerEntry(String iri, String label, Set<String> types, List<String> names, List<String> demonyms,
                             List<String> metonyms, String affiliation, List<String> sameAs, String scope,
                             String timeZone) {

    /** Returns true when this entry is a place (a country is both an actor and a place). */
    public boolean isPlace() {
        return types.contains(CF.Place);
    }

    /** Returns true when this entry can act: anything typed with an actor class. */
    public boolean isActor() {
        return types.stream().anyMatch(t -> !t.equals(CF.Place));
    }

    /** Returns true for a person. */
    public boolean isPerson() {
        return types.contains(CF.Person);
    }
}
