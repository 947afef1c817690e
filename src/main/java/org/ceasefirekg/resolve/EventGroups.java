package org.ceasefirekg.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ceasefirekg.lexicon.CF;

/**
 * Groups reports of the same incident. Two reports can be of one event when they are of the same kind (an unspecific
 * attack fits any kind of violence), on the same day (or a day apart when exactly one day is vague), in the same place or
 * one inside the other, and do not name different perpetrators (one may belong to the other). Reports with a day and
 * a place below a country found the groups, specific kinds first, each joining the group all of whose members it fits
 * and that shares most with it; one that fits two groups equally well stays apart. A report that lacks its day or its
 * place joins a group only when it fits exactly one, or when of those it fits one alone shares a named actor with it,
 * so a vague report never decides between two events; one with no place must also give the group's day and share a
 * named actor with it; one without a day must come from an article of the group's day or the day after; reports a
 * day apart must share a named actor too. Two
 * incidents of one article are never merged: the article told them apart.
 */
final class EventGroups {
    static final String ATTACK = CF.Attack;
    private static final Set<String> VIOLENT = Set.of(ATTACK, CF.Airstrike, CF.Shelling,
            CF.Clash);
    /**
     * How long after an event an article may tell it without a day and still be taken to mean it: the day after (a
     * publication day may be a day late); later news of an event says which day it was.
     */
    static final int NEWS_DAYS = 1;

    private final Map<String, Set<String>> placeAncestors;
    private final Map<String, Set<String>> actorAncestors;

    EventGroups(Map<String, Set<String>> placeAncestors, Map<String, Set<String>> actorAncestors) {
        this.placeAncestors = placeAncestors;
        this.actorAncestors = actorAncestors;
    }

    /** Returns the groups of two or more reports, each sorted by IRI, in the order of their first member. */
    List<List<IncidentReport>> group(List<IncidentReport> reports) {
        List<IncidentReport> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(IncidentReport::iri));
        // Reports of a specific kind found groups before unspecific attacks join them.
        List<IncidentReport> anchors = sorted.stream().filter(IncidentReport::anchored)
                .sorted(Comparator.comparing((IncidentReport r) -> r.kind().equals(ATTACK)))
                .toList();
        List<List<IncidentReport>> groups = new ArrayList<>();
        Map<LocalDate, List<List<IncidentReport>>> byDay = new HashMap<>();
        for (IncidentReport r : anchors) {
            List<List<IncidentReport>> best = new ArrayList<>();
            int bestScore = -1;
            for (List<IncidentReport> g : near(byDay, r.date())) {
                if (g.stream().allMatch(m -> fits(r, m))) {
                    int score = g.stream().mapToInt(m -> closeness(r, m)).max().orElse(0);
                    if (score > bestScore) {
                        best.clear();
                        bestScore = score;
                    }
                    if (score == bestScore) {
                        best.add(g);
                    }
                }
            }
            if (best.size() == 1) {
                best.get(0).add(r);
            } else if (best.isEmpty()) {
                List<IncidentReport> founded = new ArrayList<>(List.of(r));
                groups.add(founded);
                for (int d = -1; d <= 1; d++) {
                    byDay.computeIfAbsent(r.date().plusDays(d), k -> new ArrayList<>()).add(founded);
                }
            }
            // fitting two events equally well, it cannot say which one it tells: it stays on its own
        }
        // The vague ones join afterwards, judged against the anchored members only, so their order does not matter.
        Map<List<IncidentReport>, List<IncidentReport>> joining = new java.util.IdentityHashMap<>();
        for (IncidentReport r : sorted) {
            if (r.anchored() || r.date() == null && !r.specific()) {
                continue;
            }
            List<List<IncidentReport>> fitting = new ArrayList<>();
            for (List<IncidentReport> g : r.date() != null ? near(byDay, r.date()) : groups) {
                if (g.stream().allMatch(m -> fits(r, m)) && (r.date() != null || wasNews(r, g))
                        && (r.specific() || tiedWithoutPlace(r, g))) {
                    fitting.add(g);
                }
            }
            if (fitting.size() > 1) {
                // of several events of its day, the one alone to share a named party with it (whom it hit, who
                // took part, who did it) is the one it tells
                List<List<IncidentReport>> sharing = fitting.stream()
                        .filter(g -> g.stream().anyMatch(m -> sharesParty(r, m))).toList();
                fitting = sharing.size() == 1 ? sharing : fitting;
            }
            if (fitting.size() == 1) {
                List<IncidentReport> joiners = joining.computeIfAbsent(fitting.get(0), k -> new ArrayList<>());
                // of two incidents one article told apart, only the first (by IRI) joins
                if (joiners.stream().allMatch(j -> j.articles().stream().noneMatch(r.articles()::contains))) {
                    joiners.add(r);
                }
            }
        }
        List<List<IncidentReport>> result = new ArrayList<>();
        for (List<IncidentReport> g : groups) {
            List<IncidentReport> all = new ArrayList<>(g);
            all.addAll(joining.getOrDefault(g, List.of()));
            if (all.size() > 1) {
                all.sort(Comparator.comparing(IncidentReport::iri));
                result.add(all);
            }
        }
        result.sort(Comparator.comparing(g -> g.get(0).iri()));
        return result;
    }

    private static List<List<IncidentReport>> near(Map<LocalDate, List<List<IncidentReport>>> byDay, LocalDate day) {
        return byDay.getOrDefault(day, List.of());
    }

    /** True when the two reports can be of one event; two events one article told apart stay apart. */
    boolean fits(IncidentReport a, IncidentReport b) {
        return a.articles().stream().noneMatch(b.articles()::contains) && sameKind(a.kind(), b.kind())
                && sameDay(a, b) && (!dayApart(a, b) || sharesParty(a, b)) && samePlace(a.places(), b.places())
                && (a.perpetrators().isEmpty() || b.perpetrators().isEmpty()
                || related(a.perpetrators(), b.perpetrators(), actorAncestors));
    }

    static boolean sameKind(String a, String b) {
        return a.equals(b) || VIOLENT.contains(a) && VIOLENT.contains(b) && (a.equals(ATTACK) || b.equals(ATTACK));
    }

    private static boolean sameDay(IncidentReport a, IncidentReport b) {
        if (a.date() == null || b.date() == null) {
            return true;
        }
        long apart = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
        // a vague day may be a day off a firm one; two vague days apart were news of two different days
        return apart == 0 || apart == 1 && a.vague() != b.vague() && mayBeADayOff(a.vague() ? b : a, a.vague() ? a : b);
    }

    /**
     * A vague day (its article's own) may be a day off when the firm report came out another day; articles that all
     * came out on the vague report's day and tell of the day before ("on Monday", published Tuesday) tell another
     * event than one of their own day ("on Tuesday").
     */
    private static boolean mayBeADayOff(IncidentReport firm, IncidentReport vague) {
        return firm.published().stream().anyMatch(p -> !p.equals(vague.date()));
    }

    /**
     * True when the two days are a day apart (one of them vague): two reports that only may be of one day are of one
     * event only when they name one of its parties too (a city sees shelling every day).
     */
    private static boolean dayApart(IncidentReport a, IncidentReport b) {
        return a.date() != null && b.date() != null && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) == 1;
    }

    /**
     * A report told with no place below a country ("an airstrike in Testland on Saturday") could be any event of its
     * kind that day: it is one of the group only when it gives the group's own day, not one a day off, and names an
     * actor the group's reports name too.
     */
    private boolean tiedWithoutPlace(IncidentReport r, List<IncidentReport> g) {
        return g.stream().allMatch(m -> m.date() == null || m.date().equals(r.date()))
                && g.stream().anyMatch(m -> sharesParty(r, m));
    }

    /** True when the two reports name one actor in any role: perpetrator, target, intended target, participant. */
    private boolean sharesParty(IncidentReport a, IncidentReport b) {
        Set<String> named = new java.util.HashSet<>(a.perpetrators());
        named.addAll(a.parties());
        Set<String> other = new java.util.HashSet<>(b.perpetrators());
        other.addAll(b.parties());
        return related(named, other, actorAncestors);
    }

    private boolean samePlace(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || related(a, b, placeAncestors);
    }

    /** True when some member of a is some member of b, or inside it, or contains it. */
    private static boolean related(Set<String> a, Set<String> b, Map<String, Set<String>> ancestors) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || ancestors.getOrDefault(x, Set.of()).contains(y)
                        || ancestors.getOrDefault(y, Set.of()).contains(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An undated report was news of the group when one of its articles came out on the group's day or the day
     * after, and not before the last day its reports give: an article tells no event of a later day.
     */
    private static boolean wasNews(IncidentReport r, List<IncidentReport> g) {
        List<IncidentReport> dated = g.stream().filter(m -> m.date() != null).toList();
        LocalDate last = dated.stream().map(IncidentReport::date).max(Comparator.naturalOrder()).orElse(null);
        return last != null && dated.stream().anyMatch(m -> r.published().stream()
                .anyMatch(p -> !p.isBefore(m.date()) && !p.isBefore(last) && !p.isAfter(m.date().plusDays(NEWS_DAYS))));
    }

    /** How much two fitting reports share beyond fitting: the perpetrator, the same place, the day, the kind. */
    private int closeness(IncidentReport a, IncidentReport b) {
        boolean sameActor = !a.perpetrators().isEmpty() && !b.perpetrators().isEmpty()
                && related(a.perpetrators(), b.perpetrators(), actorAncestors);
        return (sameActor ? 2 : 0) + (a.places().stream().anyMatch(b.places()::contains) ? 2 : 0)
                + (a.date().equals(b.date()) ? 1 : 0) + (a.kind().equals(b.kind()) ? 1 : 0);
    }
}
