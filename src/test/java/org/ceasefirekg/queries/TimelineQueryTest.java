package org.ceasefirekg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** queries/timeline.rq dates a ceasefire's start by its day where the truce holds, as told, not by its UTC day. */
class TimelineQueryTest {

    @Test
    void aStartToldWithItsZoneIsDatedByItsLocalDayAndADayByItself() throws IOException {
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString("""
                @prefix cf: <https://w3id.org/ceasefire-kg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <http://example.org/east> cf:startTime "2030-03-06T00:00:00+03:00"^^xsd:dateTime ; cf:eventType <http://example.org/t> ;
                    rdfs:label "east truce" .
                <http://example.org/west> cf:startTime "2030-03-06T21:00:00-05:00"^^xsd:dateTime ; cf:eventType <http://example.org/t> ;
                    rdfs:label "west truce" .
                <http://example.org/day> cf:startTime "2030-03-06"^^xsd:date ; cf:eventType <http://example.org/t> ; rdfs:label "day truce" .
                <http://example.org/local> cf:startTime "2030-03-06T00:00:00"^^xsd:dateTime ; cf:eventType <http://example.org/t> ;
                    rdfs:label "local truce" .
                """, Lang.TURTLE).parse(ds);
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds)
                .query(Files.readString(Path.of("queries/timeline.rq"))).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(r -> rows.add(r.getLiteral("date").getString() + " " + r.getLiteral("label").getString()));
        }
        assertEquals(List.of("2030-03-06 start of day truce", "2030-03-06 start of east truce",
                "2030-03-06 start of local truce", "2030-03-06 start of west truce"), rows);
    }
}
