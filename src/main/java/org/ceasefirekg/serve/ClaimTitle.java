package org.ceasefirekg.serve;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The title of a claim, said as what it claims: "Syrian Observatory for Human Rights: 90 killed at Deir ez-Zor,
 * 17 Sep 2016", or "Syrian opposition: Accusation “violated the truce”" when it claims no number.
 */
final class ClaimTitle {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String FACTS = """
            PREFIX cf: <https://w3id.org/ceasefire-kg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT (SAMPLE(STR(?cl)) AS ?claimant) (SAMPLE(?t) AS ?type) (SAMPLE(STR(?x)) AS ?said)
                   (SAMPLE(STR(?al)) AS ?about) (SAMPLE(STR(?pl)) AS ?place) (SAMPLE(STR(?d)) AS ?date)
                   (GROUP_CONCAT(DISTINCT CONCAT(STR(?v), IF(?k = "", "", CONCAT(" ", ?k))); separator=", ")
                    AS ?counts)
            WHERE {
              ?claim cf:statedIn ?article .
              OPTIONAL { ?claim cf:claimant/rdfs:label ?cl }
              OPTIONAL { ?claim a ?t FILTER(?t != cf:Claim && STRSTARTS(STR(?t), STR(cf:))) }
              OPTIONAL { ?claim cf:allegation|cf:quotation ?x }
              OPTIONAL { ?claim cf:about ?a . ?a rdfs:label ?al }
              OPTIONAL { ?claim cf:about/cf:place/rdfs:label ?pl }
              OPTIONAL { ?claim cf:about/cf:date ?d1 }
              OPTIONAL { ?article cf:published ?d2 }
              BIND(COALESCE(?d1, ?d2) AS ?d)
              OPTIONAL { ?claim cf:count ?n . ?n cf:value ?v .
                         OPTIONAL { ?n cf:quantity/(skos:prefLabel|rdfs:label) ?k0 } BIND(COALESCE(STR(?k0), "") AS ?k) }
            }
            GROUP BY ?claim
            """;

    private ClaimTitle() {}

    /** Returns the title of a claim (a resource stated in an article); empty for anything else. */
    static Optional<String> of(DatasetGraph dsg, Node claim, QueryLimits limits) {
        RowSet rows = limits.select(dsg, QueryFactory.create(FACTS), BindingFactory.binding(Var.alloc("claim"), claim));
        if (!rows.hasNext()) {
            return Optional.empty();
        }
        Binding b = rows.next();
        String counts = text(b, "counts");
        String place = text(b, "place");
        String about = text(b, "about");
        StringBuilder title = new StringBuilder(text(b, "claimant").isEmpty() ? "The article" : text(b, "claimant"));
        title.append(": ");
        if (!counts.isEmpty()) {
            title.append(counts);
        } else {
            Node type = b.get("type");
            title.append(type == null ? "Claim" : words(type.getLocalName()));
            if (!text(b, "said").isEmpty()) {
                title.append(" “").append(text(b, "said")).append('”');
            }
        }
        if (!place.isEmpty()) {
            title.append(" at ").append(place);
        } else if (!about.isEmpty()) {
            title.append(" — ").append(about);
        }
        if (!text(b, "date").isEmpty() && !title.toString().contains(text(b, "date"))) {
            title.append(", ").append(date(text(b, "date")));
        }
        return Optional.of(title.toString());
    }

    private static String text(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? "" : n.getLiteralLexicalForm();
    }

    /** "CasualtyClaim" as "Casualty claim". */
    private static String words(String camel) {
        String spaced = camel.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String date(String lexical) {
        try {
            return LocalDate.parse(lexical.length() > 10 ? lexical.substring(0, 10) : lexical).format(SHOWN);
        } catch (DateTimeParseException e) {
            return lexical;
        }
    }
}
