package org.ceasefirekg.map;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/** Writes incidents (each resolved event once, what each mention says of it) and aid deliveries. */
final class IncidentWriter {
    private final Lexicon lexicon;
    private final TripleWriter out;
    private final Entities entities;
    private final String id;
    private final ClaimWriter claims;
    /** The article's records: its aid words tell an attacked convoy, which is an aid delivery. */
    private final AnnotatedArticle a;
    private final ResolvedIncidents incidents;
    private final Map<Integer, String> aidBySubject = new HashMap<>();

    IncidentWriter(ArticleScope scope, ClaimWriter claims, ResolvedIncidents incidents) {
        this.lexicon = scope.lexicon();
        this.out = scope.out();
        this.entities = scope.entities();
        this.id = scope.id();
        this.claims = claims;
        this.a = scope.a();
        this.incidents = incidents;
    }

    /** Writes each resolved event once: its type, label, day and place. */
    void events() {
        for (IncidentClusters.Cluster c : incidents.events()) {
            out.iri(c.iri, TripleWriter.RDF_TYPE, c.type);
            out.iri(c.iri, CF.eventType, c.concept);
            String where = c.place != null ? c.place : c.loosePlace;
            String label = lexicon.label(c.type) + (where == null ? "" : " in " + entities.labelOf(where))
                    + (c.date == null ? "" : " on " + c.date);
            out.literal(c.iri, TripleWriter.RDFS_LABEL, label);
            if (c.date != null) {
                out.typed(c.iri, CF.date, c.date, XSDDatatype.XSDdate);
            }
            if (where != null) {
                out.iri(c.iri, CF.place, where);
            }
            // "bombardment on Idlib and Aleppo" that killed 100: one toll, told of every place named
            c.members.stream().filter(m -> m.frame().all(Frame.PLACE).size() > 1)
                    .flatMap(m -> m.frame().all(Frame.PLACE).stream())
                    .forEach(x -> entities.place(x.span()).ifPresent(pl -> out.iri(c.iri, CF.place, pl)));
        }
    }

    /** Writes what one mention says about its event: who did it, to whom, and who says so. */
    void incident(Frame original) {
        IncidentClusters.Mention m = incidents.incidentMentions().get(original);
        String iri = incidents.incidentsByTrigger().get(original.sentence() + ":" + original.trigger().begin());
        if (iri == null) {
            return; // not anchored: no event of its own
        }
        Set<String> takers = incidents.events().stream().filter(c -> c.iri.equals(iri)).findFirst()
                .map(IncidentClusters.Cluster::takers).orElse(Set.of());
        participants(iri, m.frame(), IncidentClusters.isCapture(original.concept()) ? Set.of() : takers);
        if (original.first(Frame.SOURCE).isPresent()) {
            String claim = claims.claim(CF.Statement, original.sentence());
            out.iri(claim, CF.about, iri);
            out.iri(claim, CF.eventType, original.concept());
            claims.attribute(claim, original);
        }
    }

    /**
     * Names who acted, on whom, whom they meant to hit and who took part; when the event is ground taken by the
     * takers, another mention told with it names no other doer and never the takers as its target.
     */
    void participants(String iri, Frame f, Set<String> takers) {
        for (Argument arg : f.all(Frame.AGENT)) {
            IncidentResolver.perpetrators(entities, arg.span()).stream().filter(x -> takers.isEmpty()
                    || takers.contains(x)).forEach(x -> out.iri(iri, CF.perpetrator, x));
        }
        for (Argument arg : f.all(Frame.PATIENT)) {
            Optional<String> aid = aidIn(arg.span());
            if (aid.isPresent()) {
                out.iri(iri, CF.target, aid.get());
            } else {
                entities.actor(arg.span()).filter(x -> !takers.contains(x)).ifPresent(x -> out.iri(iri, CF.target, x));
            }
        }
        for (Argument arg : f.all(Frame.INTENDED)) {
            entities.actor(arg.span()).ifPresent(x -> out.iri(iri, CF.intendedTarget, x));
        }
        for (Argument arg : f.all(Frame.PARTICIPANT)) {
            entities.actorsIn(arg.span()).forEach(x -> out.iri(iri, CF.participant, x));
        }
    }

    /** An attacked aid convoy is the aid delivery itself, not an actor. */
    Optional<String> aidIn(Span span) {
        boolean aid = a.wording().aidWords().stream().anyMatch(w -> span.begin() <= w.begin() && w.end() <= span.end());
        return aid ? Optional.of(aidDelivery(span)) : Optional.empty();
    }

    String aidDelivery(Span span) {
        return aidBySubject.computeIfAbsent(span.begin(), b -> {
            String iri = Iris.event("aid", Iris.slug(id) + "-" + b);
            out.iri(iri, TripleWriter.RDF_TYPE, CF.AidDelivery);
            out.iri(iri, CF.eventType, Vocab.CAMEO + "073");
            out.literal(iri, TripleWriter.RDFS_LABEL, NameIndex.clean(span.text()));
            return iri;
        });
    }

    /** Writes an aid delivery and who runs it. */
    void aid(Frame f) {
        Optional<Argument> subject = f.first(Frame.SUBJECT);
        if (subject.isEmpty()) {
            return;
        }
        String iri = aidDelivery(subject.get().span());
        for (Argument arg : f.all(Frame.AGENT)) {
            entities.actor(arg.span()).ifPresent(x -> out.iri(iri, CF.operator, x));
        }
    }
}
