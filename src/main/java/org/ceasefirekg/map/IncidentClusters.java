package org.ceasefirekg.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.lexicon.CF;

/**
 * Decides which incident mentions of one article are the same event, before any triple is written, so a summary
 * sentence ("a U.S. strike hit Assad's troops") and the detailed report later ("the air raid on Saturday at
 * Deir ez-Zor") become one node whatever their order. Mentions with a date and a place anchor the clusters; the
 * others join the best compatible one when something ties them (a definite article, the date, the place, the actor).
 */
final class IncidentClusters {
    private static final String ATTACK = CF.Attack;
    /** How many sentences apart a definite mention that adds a day or place may still refer back. */
    private static final int NEAR = 5;
    /** The sentences (title and lead) that tell the event an article is about. */
    private static final int LEAD = 2;
    /** Kinds of violence that "the attack" may stand for; aid events are never merged with them. */
    static final Set<String> VIOLENT = Set.of(ATTACK, CF.Airstrike, CF.Shelling,
            CF.Clash);

    /**
     * One incident mention, with what the mapper resolved of it; tolled when its sentence counts its dead or wounded
     * (a toll of its own, not over a period).
     */
    record Mention(Frame frame, String type, String date, String place, String loosePlace, Set<String> perpetrators,
                   Set<String> targets, boolean definite, boolean tolled) {
        Mention(Frame frame, String type, String date, String place, String loosePlace, Set<String> perpetrators,
                Set<String> targets, boolean definite) {
            this(frame, type, date, place, loosePlace, perpetrators, targets, definite, false);
        }

        int completeness() {
            return (date != null ? 1 : 0) + (place != null ? 1 : 0);
        }

        /** The month the mention is told in without a day ("in August": "2016-08"), or null. */
        String month() {
            return time("\\d{4}-\\d{2}");
        }

        /** A weekday no date resolved ("on Sunday" in an undated article: "XXXX-WXX-7"), or null. */
        String weekday() {
            return time("XXXX-WXX-\\d");
        }

        private String time(String shape) {
            return frame.first(Frame.TIME).map(t -> t.normalized()).filter(n -> n != null && n.matches(shape))
                    .orElse(null);
        }
    }

    /** One event: its IRI, its most specific type, and what its mentions say about when and where. */
    static final class Cluster {
        final String iri;
        String type;
        String concept;
        String date;
        String place;
        /** Where the event is written to be when no mention places it firmly: never used to merge. */
        String loosePlace;
        String month;
        String weekday;
        final Set<String> perpetrators = new HashSet<>();
        final Set<String> targets = new HashSet<>();
        final List<Mention> members = new ArrayList<>();

        Cluster(String iri, Mention first) {
            this.iri = iri;
            this.type = first.type;
            this.concept = first.frame.concept();
            add(first);
        }

        void add(Mention m) {
            members.add(m);
            perpetrators.addAll(m.perpetrators);
            targets.addAll(m.targets);
            if (date == null) {
                date = m.date;
            }
            if (month == null) {
                month = m.month();
            }
            if (weekday == null) {
                weekday = m.weekday();
            }
            if (place == null) {
                place = m.place;
            }
            if (loosePlace == null) {
                loosePlace = m.loosePlace;
            }
            if (isCapture(m.frame.concept()) || type.equals(ATTACK) && !m.type.equals(ATTACK)
                    && !isCapture(concept)) {
                // "the attack" and "the airstrike" together are an airstrike; ground taken after strikes (told with
                // it: "seized the town after jets bombed it") is a taking, whatever helped it
                type = m.type;
                concept = m.frame.concept();
            }
        }

        /** Who took ground in this event ("the X-backed Y seized the town": Y): they, not their backers, did it. */
        Set<String> takers() {
            Set<String> out = new HashSet<>();
            members.stream().filter(m -> isCapture(m.frame.concept())).forEach(m -> out.addAll(m.perpetrators));
            return out;
        }
    }

    private IncidentClusters() {}

    /**
     * How many days before its article came out an event told with a day may be for the title and lead's undated
     * toll to be its toll: a weekend's strike is told on the Monday; older ones are background to the day's news.
     */
    private static final int NEWS_AGE = 2;

    /** Groups an article's incident mentions into events; typeKey names a type in IRIs ("airstrike"). */
    static List<Cluster> cluster(List<Mention> mentions, String articleId,
                                 Function<String, String> typeKey) {
        return cluster(mentions, articleId, typeKey, null);
    }

    /**
     * Groups an article's incident mentions into events; typeKey names a type in IRIs ("airstrike"), published is
     * the day the article came out (yyyy-mm-dd) or null.
     */
    static List<Cluster> cluster(List<Mention> mentions, String articleId,
                                 Function<String, String> typeKey, String published) {
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt((Mention m) -> -m.completeness())
                .thenComparingInt(m -> m.frame.sentence()).thenComparingInt(m -> m.frame.trigger().begin()));
        List<Cluster> clusters = new ArrayList<>();
        for (Mention m : ordered) {
            Cluster best = best(clusters, m, published);
            if (best != null) {
                best.add(m);
                continue;
            }
            String key = key(m, articleId, typeKey);
            // one IRI is one event: another act of the same kind, day and place is named by where it is told
            boolean taken = clusters.stream().anyMatch(c -> c.iri.equals(Iris.event("incident", key)));
            clusters.add(new Cluster(Iris.event("incident", taken ? key + "-" + Iris.slug(articleId) + "-"
                    + m.frame.sentence() + "-" + m.frame.trigger().begin() : key), m));
        }
        return clusters;
    }

    /** The IRI key of an event a mention founds: kind, day and place when told, else the article and position. */
    private static String key(Mention m, String articleId, Function<String, String> typeKey) {
        if (m.date != null && m.place != null) {
            return typeKey.apply(m.type) + "-" + m.date + "-" + m.place.substring(m.place.lastIndexOf('/') + 1);
        } else if (m.date != null) {
            return typeKey.apply(m.type) + "-" + m.date + "-" + Iris.slug(articleId);
        }
        return Iris.slug(articleId) + "-" + m.frame.sentence() + "-" + m.frame.trigger().begin();
    }

    private static Cluster best(List<Cluster> clusters, Mention m, String published) {
        Cluster best = null;
        int bestScore = -1;
        for (Cluster c : clusters) {
            boolean typeFits = c.type.equals(m.type) || VIOLENT.contains(c.type) && VIOLENT.contains(m.type)
                    && (c.type.equals(ATTACK) || m.type.equals(ATTACK));
            boolean dateFits = (m.date == null || c.date == null || c.date.equals(m.date))
                    && withinMonth(m.date, c.month) && withinMonth(c.date, m.month())
                    && (m.month() == null || c.month == null || c.month.equals(m.month()))
                    && (m.weekday() == null || c.weekday == null || c.weekday.equals(m.weekday()));
            boolean placeFits = m.place == null || c.place == null || c.place.equals(m.place);
            // CAMEO's root families tell kinds of act apart: a kidnapping (Assault) told beside a raid (Fight) is
            // another act, unless a definite mention ("the attack") refers back to it
            boolean sameDate = m.date != null && m.date.equals(c.date);
            boolean samePlace = m.place != null && m.place.equals(c.place);
            // "three suicide bombers killed two in an attack near the police headquarters": one sentence's acts of
            // one day and place are one act, whatever their family
            boolean oneTelling = sameDate && samePlace
                    && c.members.stream().anyMatch(x -> x.frame.sentence() == m.frame.sentence());
            boolean actFits = family(c.concept).equals(family(m.frame.concept())) || m.definite || oneTelling;
            boolean sameActor = c.perpetrators.stream().anyMatch(m.perpetrators::contains);
            boolean sameTarget = c.targets.stream().anyMatch(m.targets::contains);
            // A bare mention (no date, no place) of a specific kind cannot stand apart from one told with details,
            // unless each has an actor and they differ ("a coalition airstrike" after "the regime's airstrikes").
            boolean actorsAgree = m.perpetrators.isEmpty() || c.perpetrators.isEmpty() || sameActor;
            boolean bare = m.completeness() == 0 && !m.type.equals(ATTACK) && c.type.equals(m.type) && actorsAgree;
            // The headline tells the article's main event in brief, without its date or place.
            boolean headline = m.frame.sentence() == 0 && m.completeness() == 0;
            // A definite mention ("the airstrikes") most likely means the event told just before it.
            int distance = c.members.stream().mapToInt(x -> m.frame.sentence() - x.frame.sentence())
                    .filter(d -> d >= 0).min().orElse(Integer.MAX_VALUE);
            // A definite mention that brings a day or a place of its own refers back to an event told near it, or
            // to the one the article leads with; "the raids on Friday" many paragraphs after a side event told in
            // passing is another raid.
            int span = c.members.stream().mapToInt(x -> Math.abs(m.frame.sentence() - x.frame.sentence())).min()
                    .orElse(Integer.MAX_VALUE);
            boolean lead = c.members.stream().anyMatch(x -> x.frame.sentence() <= LEAD);
            boolean refersBack = m.definite && (m.completeness() == 0 || span <= NEAR || lead);
            // Two sides that hit one target are one event only when something else ties them: "the rebels attacked
            // the army" and "a foreign air force struck the army" are two attacks on it
            boolean targetOnly = !(refersBack || sameDate || samePlace || sameActor || bare || headline);
            boolean tied = refersBack || sameDate || samePlace || sameActor || sameTarget && !(targetOnly && !actorsAgree)
                    || bare || headline;
            // "another strike", "also shelled": one more than any told before it, unless day and place say otherwise
            boolean onlyBefore = c.members.stream().allMatch(x -> x.frame.sentence() < m.frame.sentence());
            boolean additive = m.frame.first(Frame.ADDITIVE).isPresent();
            boolean another = additive && onlyBefore && !(sameDate && samePlace);
            // "another raid killed four", "a further six were killed in strikes": victims beyond those of an event
            // counted before, so not that event's toll
            boolean beyondCounted = additive && m.tolled && c.members.stream()
                    .anyMatch(x -> x.tolled && x.frame.sentence() < m.frame.sentence());
            // "Mortar fire wounded three at the market at dawn. ... A drone strike on a farm wounded two that
            // day": two tolls, each told with its own incident, that share only the day are two incidents (the
            // title and lead may tell the article's one event and its toll twice)
            boolean inLead = m.frame.sentence() <= LEAD;
            boolean otherToll = m.tolled && !m.definite
                    && c.members.stream().anyMatch(x -> x.tolled && !(inLead && x.frame.sentence() <= LEAD))
                    && !(samePlace || sameActor || sameTarget || bare || headline);
            // "Shelling killed four" in the lead, with no day: the day's news, not the attack of five days before
            // the article tells further down with its own toll
            boolean olderToll = inLead && m.tolled && m.date == null && m.month() == null && m.weekday() == null
                    && olderThanNews(c.date, published)
                    && c.members.stream().anyMatch(x -> x.tolled && x.frame.sentence() > LEAD);
            if (!typeFits || !actFits || !dateFits || !placeFits || !tied || another || otherToll || beyondCounted || olderToll) {
                continue;
            }
            int recency = distance <= 2 ? 3 : distance <= 5 ? 2 : distance <= 10 ? 1 : 0;
            int score = (samePlace ? 6 : 0) + (sameDate ? 6 : 0) + (sameActor ? 4 : 0) + (sameTarget ? 4 : 0)
                    + recency + (c.type.equals(m.type) ? 1 : 0) + completeness(c)
                    // a bare report adds to what was told before it, not to an event the article tells later
                    - (m.completeness() == 0 && !headline && distance == Integer.MAX_VALUE ? 2 : 0);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** True when the day is more than NEWS_AGE days before the publication day (both yyyy-mm-dd). */
    private static boolean olderThanNews(String date, String published) {
        if (date == null || published == null || !date.matches("\\d{4}-\\d{2}-\\d{2}")
                || !published.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        return LocalDate.parse(date).plusDays(NEWS_AGE).isBefore(LocalDate.parse(published));
    }

    /** "the airstrikes on Saturday" (2016-09-17) are not "the airstrikes in August". */
    private static boolean withinMonth(String date, String month) {
        return date == null || month == null || date.startsWith(month);
    }

    /** True for taking ground (cameo:192). */
    static boolean isCapture(String concept) {
        return concept.endsWith("/192");
    }

    /** The root family of a CAMEO concept ("https://w3id.org/ceasefire-kg/cameo/181": "18"), else the IRI. */
    private static String family(String concept) {
        String code = concept.substring(concept.lastIndexOf('/') + 1);
        return code.matches("\\d{3}") ? code.substring(0, 2) : concept;
    }

    private static int completeness(Cluster c) {
        return (c.date != null ? 1 : 0) + (c.place != null ? 1 : 0);
    }
}
