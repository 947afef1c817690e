package org.ceasefirekg.map;

import static org.ceasefirekg.map.Normalized.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Sentence;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Vocab;

/** Writes casualty claims (killed, wounded) and violation counts, each count a node of its own. */
final class CasualtyWriter {
    private final TripleWriter out;
    private final AnnotatedArticle a;
    private final Entities entities;
    private final ClaimWriter claims;
    private final ResolvedIncidents incidents;
    private final CeasefireWriter ceasefires;
    private final Map<String, List<String>> casualtyClaims = new LinkedHashMap<>();
    private final Map<String, Set<String>> countedKinds = new HashMap<>();
    /** The sentence each incident's victims were first counted in. */
    private final Map<String, Integer> firstCounted = new HashMap<>();

    CasualtyWriter(ArticleScope scope, ClaimWriter claims, ResolvedIncidents incidents, CeasefireWriter ceasefires) {
        this.out = scope.out();
        this.a = scope.a();
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
        Sentence sentence = a.sentences().get(f.sentence());
        boolean additive = CasualtyLinks.isAdditive(f, sentence);
        if (incident == null) {
            // "Later, 4 were wounded by shelling of the port", "another two died in raids on the dam": of
            // an incident their own sentence tells, if any, not of one told before
            incident = additive || CasualtyLinks.opensAnotherReport(sentence) ? incidents.incidentIn(f.sentence())
                    : incidents.recentIncident(f.sentence());
        }
        incident = tollOf(f, sentence, incident, additive);
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

    /**
     * The incident the count is the toll of, or null: not a toll over a period, not one dated another day, and victims
     * "beyond" others ("another four") are not a toll of an incident whose victims were counted before.
     */
    private String tollOf(Frame f, Sentence sentence, String incident, boolean additive) {
        if (incident == null || CasualtyLinks.isPeriodToll(f, sentence)) {
            return null;
        }
        IncidentClusters.Cluster c = incidents.event(incident);
        if (c == null) {
            return incident;
        }
        if (CasualtyLinks.otherDay(f, c.date)) {
            return null;
        }
        boolean countedBefore = c.members.stream().anyMatch(m -> m.tolled() && m.frame().sentence() < f.sentence())
                || firstCounted.getOrDefault(incident, Integer.MAX_VALUE) < f.sentence();
        if (additive && countedBefore) {
            return null;
        }
        firstCounted.merge(incident, f.sentence(), Math::min);
        return incident;
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
        f.first(Frame.UPPER).flatMap(u -> number(u.normalized()))
                .ifPresent(u -> out.node(count, CF.maxValue, TripleWriter.integer(u)));
        f.first(Frame.VICTIMS).ifPresent(v -> out.literal(count, CF.victims, v.span().text()));
    }
}
