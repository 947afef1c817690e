package org.ceasefirekg.map;

import static org.ceasefirekg.map.Normalized.day;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Sentence;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/**
 * The resolve step for incidents (no RDF): each mention's type, date, place, perpetrators and targets, grouped into
 * events; only events anchored by a day, a place, casualties or both sides are kept.
 */
final class IncidentResolver {
    private static final Set<String> WHERE = Set.of("in", "at", "near", "outside", "around", "across", "inside", "on");
    private static final Set<String> OTHER_PREPOSITIONS = Set.of("to", "from", "of", "by", "for", "with", "into",
            "toward", "towards", "against", "over", "via", "than");

    private final Lexicon lexicon;
    private final AnnotatedArticle a;
    private final Entities entities;
    private final String id;
    private final ArticleScope scope;

    IncidentResolver(ArticleScope scope) {
        this.lexicon = scope.lexicon();
        this.a = scope.a();
        this.entities = scope.entities();
        this.id = scope.id();
        this.scope = scope;
    }

    /** Resolves every incident mention of the article and groups them into events, before any is written. */
    ResolvedIncidents resolve(List<Frame> frames) {
        Map<Frame, IncidentClusters.Mention> incidentMentions = new java.util.IdentityHashMap<>();
        Map<String, String> incidentsByTrigger = new HashMap<>();
        List<IncidentClusters.Cluster> events = new ArrayList<>();
        List<IncidentClusters.Mention> mentions = new ArrayList<>();
        // "60 soldiers were killed Saturday in air strikes": the casualties of a sentence are its incident's
        // (as in recentIncident), so their date dates an incident the sentence gives none
        // and their place ("killing 6 medics in the town of Abu Hamra") places it
        Map<Integer, String> casualtyDates = new HashMap<>();
        Map<Integer, Span> casualtyPlaces = new HashMap<>();
        for (Frame f : frames) {
            if (f.concept().equals(Vocab.KILLED) || f.concept().equals(Vocab.WOUNDED)) {
                f.first(Frame.TIME).map(t -> day(t.normalized()))
                        .ifPresent(d -> casualtyDates.putIfAbsent(f.sentence(), d));
                f.first(Frame.PLACE).ifPresent(p -> casualtyPlaces.putIfAbsent(f.sentence(), p.span()));
            }
        }
        // Sentences that count their own incident's dead, and those that count victims beyond others told before
        // ("another four were killed in a raid on ..."): the latter's incident is one more, not one told before
        Set<Integer> tollSentences = new java.util.HashSet<>();
        Set<Integer> additiveSentences = new java.util.HashSet<>();
        for (Frame f : frames) {
            if ((f.concept().equals(Vocab.KILLED) || f.concept().equals(Vocab.WOUNDED))
                    && !CasualtyLinks.isPeriodToll(f, a.sentences().get(f.sentence()))) {
                tollSentences.add(f.sentence());
                if (CasualtyLinks.isAdditive(f, a.sentences().get(f.sentence()))) {
                    additiveSentences.add(f.sentence());
                }
            }
        }
        Set<Integer> placedSentences = new java.util.HashSet<>();
        frames.stream().filter(f -> scope.isIncident(f) && f.first(Frame.PLACE).isPresent())
                .forEach(f -> placedSentences.add(f.sentence()));
        // A sentence of casualties that names no incident tells of the one its casualties will be linked to
        Map<Frame, String> lentDates = new java.util.IdentityHashMap<>();
        List<Frame> incidentFrames = frames.stream().filter(scope::isIncident).toList();
        casualtyDates.forEach((sentence, date) -> {
            if (incidentFrames.stream().noneMatch(f -> f.sentence() == sentence)
                    && !additiveSentences.contains(sentence)
                    && !CasualtyLinks.opensAnotherReport(a.sentences().get(sentence))) {
                recentIncidentFrame(incidentFrames, sentence).ifPresent(f -> lentDates.putIfAbsent(f, date));
            }
        });
        for (Frame f : frames) {
            if (scope.isIncident(f)) {
                IncidentClusters.Mention m = mention(f, casualtyDates.getOrDefault(f.sentence(), lentDates.get(f)),
                        casualtyPlaces.get(f.sentence()),
                        placedSentences.contains(f.sentence()) ? null : onlyPlaceIn(a.sentences().get(f.sentence())),
                        tollSentences.contains(f.sentence()), additiveSentences.contains(f.sentence()));
                mentions.add(m);
                incidentMentions.put(f, m);
            }
        }
        Set<Integer> casualtySentences = new java.util.HashSet<>();
        frames.stream().filter(f -> (f.concept().equals(Vocab.KILLED) || f.concept().equals(Vocab.WOUNDED))
                && f.first(Frame.PERIOD).isEmpty()).forEach(f -> casualtySentences.add(f.sentence()));
        for (IncidentClusters.Cluster c : IncidentClusters.cluster(mentions, id, t -> Iris.slug(lexicon.label(t)),
                Normalized.day(a.referenceDate()))) {
            if (!anchored(c, casualtySentences)) {
                continue;
            }
            events.add(c);
            for (IncidentClusters.Mention m : c.members) {
                incidentsByTrigger.put(m.frame().sentence() + ":" + m.frame().trigger().begin(), c.iri);
            }
        }
        return new ResolvedIncidents(events, incidentsByTrigger, incidentMentions);
    }

    /**
     * "Attacks on civilians must stop", "the regime's airstrikes": a mention told with no day, no place below a
     * country, no casualties and not both who acted and whom it hit is talk about violence, not an event the
     * graph can tell apart from others.
     */
    boolean anchored(IncidentClusters.Cluster c, Set<Integer> casualtySentences) {
        boolean townOrRegion = c.loosePlace != null && !scope.isCountry(c.loosePlace);
        return !IncidentClusters.VIOLENT.contains(c.type) || c.date != null || c.place != null || townOrRegion
                || !c.perpetrators.isEmpty() && !c.targets.isEmpty()
                || c.members.stream().anyMatch(m -> casualtySentences.contains(m.frame().sentence()));
    }

    /**
     * The one town or region a sentence names, where a parse lost what it hangs on ("strikes against forces
     * surrounded in the Tal Nasr air base" the army said); a country is too wide to place an incident by.
     */
    Span onlyPlaceIn(Sentence s) {
        NameIndex.Match found = null;
        for (NameIndex.Match m : scope.namesIn(s)) {
            if (m.entry().isPlace() && !m.entry().isActor() && m.how() == NameIndex.Kind.NAME
                    && saysWhere(s.span().text().substring(0, m.begin()))) {
                if (found != null && !found.entry().equals(m.entry())) {
                    return null;
                }
                found = m;
            }
        }
        return found == null ? null : new Span(s.span().begin() + found.begin(), s.span().begin() + found.end(),
                s.span().text().substring(found.begin(), found.end()));
    }

    /** True when a place is written as a landmark the event was near ("near Aleppo", "west of Aleppo"). */
    boolean onlyNear(Span place) {
        Sentence s = a.sentences().stream().filter(x -> x.span().begin() <= place.begin()
                && place.begin() < x.span().end()).findFirst().orElse(null);
        if (s == null) {
            return false;
        }
        return Sentence.endsBeforeALandmark(s.span().text().substring(0, place.begin() - s.span().begin()));
    }

    /** True when the preposition governing a name written after this text says where ("in the ..."). */
    private static boolean saysWhere(String before) {
        String[] words = before.strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
            if (WHERE.contains(words[i])) {
                return true;
            }
            if (OTHER_PREPOSITIONS.contains(words[i])) {
                return false;
            }
        }
        return false;
    }

    IncidentClusters.Mention mention(Frame f, String sentenceCasualtyDate, Span sentenceCasualtyPlace,
                                     Span sentencePlace, boolean tolled, boolean additiveToll) {
        String type = lexicon.eventClasses().get(f.concept());
        Optional<String> place = f.first(Frame.PLACE).flatMap(p -> entities.eventPlace(p.span()));
        List<Argument> agents = new ArrayList<>();
        for (Argument arg : f.all(Frame.AGENT)) {
            // "the Deir ez-Zor air raid", "a Syria attack": a place written where an attacker could stand; a name
            // the parse made the subject or owner ("Turkey launched a campaign") is who acted (it has an entity type)
            Optional<String> asPlace = arg.type() == null ? entities.placeNamedExactly(arg.span()) : Optional.empty();
            if (asPlace.isPresent() || entities.actorsIn(arg.span()).isEmpty() && entities.forcesOf(arg.span()).isEmpty()) {
                if (place.isEmpty()) {
                    place = asPlace.isPresent() ? asPlace : entities.place(arg.span());
                }
            } else {
                agents.add(arg);
            }
        }
        if (place.isEmpty() && sentenceCasualtyPlace != null) {
            place = entities.eventPlace(sentenceCasualtyPlace);
        }
        List<Argument> others = new ArrayList<>(f.args().stream().filter(a -> !a.role().equals(Frame.AGENT)).toList());
        if (additiveToll && f.first(Frame.ADDITIVE).isEmpty()) {
            others.add(new Argument(Frame.ADDITIVE, f.trigger(), null, null)); // its victims are more: so is it
        }
        Frame withAgents = new Frame(f.concept(), f.sentence(), f.trigger(),
                java.util.stream.Stream.concat(others.stream(), agents.stream()).toList());
        Set<String> perpetrators = new java.util.HashSet<>();
        agents.forEach(arg -> perpetrators.addAll(perpetrators(entities, arg.span())));
        Set<String> targets = new java.util.HashSet<>();
        f.all(Frame.PATIENT).forEach(arg -> entities.actor(arg.span()).ifPresent(targets::add));
        String date = f.first(Frame.TIME).map(t -> day(t.normalized())).orElse(sentenceCasualtyDate);
        // A whole country says too little to tell two events apart, and a place the parse did not tie to the
        // event may be wrong: both are written, not used to merge.
        boolean country = place.map(scope::isCountry).orElse(false)
                || place.isPresent() && f.first(Frame.PLACE).map(p -> onlyNear(p.span())).orElse(false)
                || f.all(Frame.PLACE).size() > 1; // "bombardment on Idlib and Aleppo" is in neither alone
        String loose = country ? place.orElse(null) : null; // several places, none of them known: no place
        if ((place.isEmpty() || country) && sentencePlace != null) {
            loose = entities.place(sentencePlace).orElse(loose);
        }
        return new IncidentClusters.Mention(withAgents, type, date, country ? null : place.orElse(null),
                loose, perpetrators, targets, isDefinite(f), tolled);
    }

    /** The incident a sentence's casualties are of: the last one told in it or the sentence before. */
    static Optional<Frame> recentIncidentFrame(List<Frame> incidents, int sentence) {
        Frame best = null;
        for (Frame f : incidents) {
            int s = f.sentence();
            if (s <= sentence && sentence - s <= 2 && (best == null || s > best.sentence()
                    || s == best.sentence() && f.trigger().begin() > best.trigger().begin())) {
                best = f;
            }
        }
        if (best == null) {
            // "Air strikes ... killed 24 people [the parse lost the strikes]. ... who carried out the raids":
            // the next sentence's "the raids" are the event the casualties were told of
            best = incidents.stream().filter(f -> f.sentence() == sentence + 1 && isDefinite(f))
                    .min(Comparator.comparingInt(f -> f.trigger().begin())).orElse(null);
        }
        return Optional.ofNullable(best);
    }

    /** "Russian and Syrian jets", "Russia-US": several names; otherwise the phrase's head names one actor. */
    static List<String> perpetrators(Entities entities, Span span) {
        if (span.text().matches("(?s).*(\\band\\b|[A-Za-z.]-[A-Z]).*")) {
            return entities.actorsIn(span);
        }
        List<String> actors = new ArrayList<>(entities.actor(span).or(() -> entities.forcesOf(span))
                .map(List::of).orElse(List.of()));
        entities.leader(span).filter(l -> !actors.contains(l)).ifPresent(actors::add); // "a U.S.-led drone raid"
        return actors;
    }

    /** A mention told with "the", "this": an event the article already told of. */
    static boolean isDefinite(Frame f) {
        return f.first(Frame.DEFINITE).isPresent();
    }
}
