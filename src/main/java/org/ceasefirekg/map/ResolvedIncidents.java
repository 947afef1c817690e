package org.ceasefirekg.map;

import java.util.List;
import java.util.Map;
import org.ceasefirekg.extract.Frame;

/**
 * The article's incidents resolved into events: the events to write, each incident mention's event keyed by
 * "sentence:trigger offset", and each incident frame's resolved mention.
 */
record ResolvedIncidents(List<IncidentClusters.Cluster> events, Map<String, String> incidentsByTrigger,
                         Map<Frame, IncidentClusters.Mention> incidentMentions) {

    /**
     * The event told in this sentence or the one before, for casualties that do not name theirs: the last one
     * told. (Mentions are kept by identity, in no fixed order, so the choice must not depend on that order.)
     */
    String recentIncident(int sentence) {
        List<Frame> frames = incidentMentions.values().stream().map(IncidentClusters.Mention::frame).toList();
        return IncidentResolver.recentIncidentFrame(frames, sentence)
                .map(f -> incidentsByTrigger.get(f.sentence() + ":" + f.trigger().begin())).orElse(null);
    }

    /** The last event told in this sentence itself, or null. */
    String incidentIn(int sentence) {
        List<Frame> frames = incidentMentions.values().stream().map(IncidentClusters.Mention::frame)
                .filter(f -> f.sentence() == sentence).toList();
        return IncidentResolver.recentIncidentFrame(frames, sentence)
                .map(f -> incidentsByTrigger.get(f.sentence() + ":" + f.trigger().begin())).orElse(null);
    }

    /** The event with this IRI, or null. */
    IncidentClusters.Cluster event(String iri) {
        return events.stream().filter(c -> c.iri.equals(iri)).findFirst().orElse(null);
    }
}
