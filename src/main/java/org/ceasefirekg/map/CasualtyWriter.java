package org.ceasefirekg.map;

import static org.ceasefirekg.map.Normalized.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Vocab;

/** Writes casualty claims (killed, wounded) and violation counts, each count a node of its own. */
final class CasualtyWriter {
    private final TripleWriter out;
    private final Entities entities;
    private final ClaimWriter claims;
    private final ResolvedIncidents incidents;
    private final CeasefireWriter ceasefires;
    private final Map<String, List<String>> casualtyClaims = new LinkedHashMap<>();
    private final Map<String, Set<String>> countedKinds = new HashMap<>();

    CasualtyWriter(ArticleScope scope, ClaimWriter claims, ResolvedIncidents incidents, CeasefireWriter ceasefires) {
        this.out = scope.out();
        this.entities = scope.entities();
        this.claims = claims;
        this.incidents = incidents;
        this.ceasefires = ceasefires;
    }

    /** Writes a count of killed or wounded as a claim about its incident; one claim per sentence, event and source. */
    void casualty(Frame f) {
        String incident = f.first(Frame.EVENT)
                .map(e -> incidents.incidentsByTrigger().get(f.sentence() + ":" + e.span().begin()))
                .orElse(incidents.incidentsByTrigger().get(f.sentence() + ":" + f.trigger().begin())); // placedApart's
        if (incident == null && f.first(Frame.PERIOD).isEmpty()) {
            incident = incidents.recentIncident(f.sentence());
        }
        String source = f.first(Frame.SOURCE).map(s -> s.span().text()).orElse("");
        // "killed and wounded" in one sentence is one claim; "30 killed in Aleppo and 39 in Idlib" is two
        String key = f.sentence() + "|" + incident + "|" + source;
        String claim = casualtyClaims.getOrDefault(key, List.of()).stream()
                .filter(c -> !countedKinds.get(c).contains(f.concept())).findFirst().orElse(null);
        if (claim == null) {
            claim = claims.claim(CF.CasualtyClaim, f.sentence());
            casualtyClaims.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            countedKinds.put(claim, new java.util.HashSet<>());
            claims.attribute(claim, f);
            if (incident != null) {
                out.iri(claim, CF.about, incident);
            }
        }
        if (incident != null && f.first(Frame.EVENT).isPresent()) {
            // "ISIS killed 50 people in an attack": who killed is the attack's perpetrator
            for (Argument arg : f.all(Frame.AGENT)) {
                String inc = incident;
                entities.namedActor(arg.span()).ifPresent(x -> out.iri(inc, CF.perpetrator, x));
            }
        }
        countedKinds.get(claim).add(f.concept());
        String quantity = f.concept().equals(Vocab.KILLED) ? "killed" : "wounded";
        count(claim, quantity, f.concept(), f);
    }

    /** Writes a count of violations of the ceasefire as a claim, with who is accused of them. */
    void violation(Frame f) {
        String claim = claims.claim(CF.ViolationClaim, f.sentence());
        claims.attribute(claim, f);
        out.iri(claim, CF.about, ceasefires.ceasefire());
        for (Argument arg : f.all(Frame.AGENT)) {
            entities.actor(arg.span()).ifPresent(x -> out.iri(claim, CF.accused, x));
        }
        count(claim, "violations", Vocab.VIOLATION_COUNT, f);
    }

    void count(String claim, String suffix, String kind, Frame f) {
        Optional<Long> value = f.first(Frame.COUNT).flatMap(c -> number(c.normalized()));
        if (value.isEmpty()) {
            return;
        }
        String count = claim + "-" + suffix;
        out.iri(claim, CF.count, count);
        out.iri(count, TripleWriter.RDF_TYPE, CF.Count);
        out.iri(count, CF.quantity, kind);
        out.node(count, CF.value, TripleWriter.integer(value.get()));
        f.first(Frame.QUALIFIER).ifPresent(q -> out.literal(count, CF.qualifier, q.normalized()));
        f.first(Frame.VICTIMS).ifPresent(v -> out.literal(count, CF.victims, v.span().text()));
    }
}
