package org.ceasefirekg.resolve;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the article graphs say about one incident node: its class and CAMEO type, its day, where it happened, who did
 * it, and the days the articles reporting it were published. A node minted from type, date and place can be shared
 * by several articles; it is one report here, with what every one of them says.
 *
 * @param iri the incident node
 * @param kind its cf: class (cf:Airstrike, cf:Attack, ...)
 * @param date the day it happened, or null when no article dates it
 * @param vague true when the day may be a day off: it is the day the article was published (a "today" or a weekday
 *     resolved against it) or that publication day was itself inferred from the text
 * @param places where it happened, as written (a town, a province, a country)
 * @param specific true when one of the places is below a country, so the place can tie two reports together
 * @param perpetrators who the articles say did it
 * @param parties the other named actors the articles tie to it: whom it hit or was meant to hit, who took part
 * @param published the days the reporting articles were published (for an undated report: when it was news)
 * @param articles the graphs of the articles that report it
 */
record IncidentReport(String iri, String kind, LocalDate date, boolean vague, Set<String> places, boolean specific,
                      Set<String> perpetrators, Set<String> parties, Set<LocalDate> published,
                      Set<String> articles) {

    /** True when the report has a day and a place below a country: it can found a group of its own. */
    boolean anchored() {
        return date != null && specific;
    }
}
