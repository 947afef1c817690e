package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.LOCATION_TYPES;
import static org.ceasefirekg.extract.ParsedSentence.isVerb;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;

/**
 * Where an incident happened, from the words of its trigger, of what it hit and of the clause it is told in: a place
 * the event is said to be in, the place of its target, a place the event noun is "of" or "for", or a place it hit.
 */
final class IncidentSites {
    /** Entity types a place name may get from NER: a place's own, or a person's ("Kafr X"), or none. */
    private static final Set<String> NAME_OF_GROUND = Set.of("O", "PERSON", "MISC", "CITY",
            "LOCATION", "COUNTRY", "STATE_OR_PROVINCE");

    private final Cues cues;
    private final Places places;

    IncidentSites(Cues cues, Places places) {
        this.cues = cues;
        this.places = places;
    }

    /** Adds the incident's places (the first is its own; coordinated ones are more events) to args. */
    void locate(IndexedWord h, String eventClass, List<IndexedWord> scope, List<Trigger> all, ParsedSentence p,
                Resolver r, List<Argument> args) {
        // "jets bombed Kafr X", "troops shelled Tal Y": what bombs and shells hit is ground, even a name NER took
        // for a person's; what an attack hits may be a side ("attacked Hamas")
        boolean hitsGround = CF.Airstrike.equals(eventClass) || CF.Shelling.equals(eventClass);
        List<IndexedWord> hit = hit(h, p);
        List<IndexedWord> where = new ArrayList<>(scope);
        where.addAll(hit);
        // "a camp for displaced people in the town of X": what was hit may be placed one noun further down
        for (IndexedWord x : List.copyOf(hit)) {
            where.addAll(p.children(x, "nmod:for"));
        }
        places.place(where, p, r, args);
        if (!hasPlace(args)) {
            // "the shelling of the town of X", "the battle for X", "the fight for the capital, X": the place an
            // event noun (or a gerund used as one) is of or for
            for (IndexedWord x : p.children(h, "nmod:of", "nmod:for", "obl:of", "obl:for")) {
                IndexedWord named = places.namedPlace(x, p);
                // "the battle for Tal X": a name a fight is for is ground, not a side
                boolean forGround = p.relationToParentOf(x, h).endsWith(":for") && !Cues.isDate(x)
                        && Set.of("O", "ORGANIZATION", "MISC", "CITY", "LOCATION").contains(String.valueOf(x.ner()))
                        && String.valueOf(x.tag()).startsWith("NNP") && !cues.isActorName(x, p);
                IndexedWord place = named != null ? named : forGround || isNamedPlace(x, p, hitsGround) ? x : null;
                if (place != null && !hasPlace(args)) {
                    args.add(r.arg(Frame.PLACE, place));
                }
            }
        }
        if (!hasPlace(args)) {
            // "shelled the town of Talbiseh", "bombed X and Y": what was hit is, or is named after, a place (what
            // an attack hits by name may be a side: "attacked Turkey")
            for (IndexedWord x : hit) {
                IndexedWord named = places.namedPlace(x, p);
                if (named != null && !hasPlace(args)) {
                    args.add(r.arg(Frame.PLACE, named));
                }
                for (IndexedWord of : p.children(x, "nmod:of")) {
                    // "hit districts of the city of X": the place may be named one kind of place further down
                    IndexedWord in = LOCATION_TYPES.contains(of.ner()) ? of : places.namedPlace(of, p);
                    if (in != null && !hasPlace(args)) {
                        args.add(r.arg(Frame.PLACE, in));
                    }
                }
                // "struck a bakery in Kafr X": what a bomb or shell hit stands on ground, even a name NER missed
                p.children(x, "nmod:in").stream().filter(in -> hitsGround && !hasPlace(args) && isNamedPlace(in, p, true))
                        .findFirst().ifPresent(in -> args.add(r.arg(Frame.PLACE, in)));
                if (!hasPlace(args) && hitsGround && isNamedPlace(x, p, true)) {
                    args.add(r.arg(Frame.PLACE, x));
                    p.children(x, "conj:and").stream().filter(c -> isNamedPlace(c, p, hitsGround))
                            .forEach(c -> args.add(r.arg(Frame.PLACE, c)));
                }
            }
        }
        places.otherPlaces(where, p, r, args);
        if (CF.AidObstruction.equals(eventClass)) {
            BlockedPaths.destination(h, places, p, r, args); // "kept the trucks from reaching X"
        }
        conjoinedPlaces(p, r, args);
        Argument given = args.stream().filter(a -> a.role().equals(Frame.PLACE)).findFirst().orElse(null);
        if (given == null || Sentence.endsBeforeALandmark(p.textBetween(p.token(1).beginPosition(), given.span().begin()))) {
            // "struck a bakery in a town near Homs ... The bakery in the town of Tal Nasr was destroyed"
            Optional<Argument> again = places.placeOfTargetToldAgain(hit, p, r);
            if (again.isPresent()) {
                args.remove(given);
                args.add(again.get());
            }
        }
        // "airstrikes hit ...": the verb and its subject tell one event
        long incidentsHere = all.stream().filter(o -> cues.isIncidentTrigger(o.head(), all) && !(isVerb(o.head())
                && p.children(o.head(), "nsubj").stream().anyMatch(x -> !o.covers(x.index())
                && cues.isIncidentTrigger(x, all)))).count();
        if (!hasPlace(args) && incidentsHere == 1) {
            places.onlyNamedPlace(h, p).ifPresent(x -> args.add(r.arg(Frame.PLACE, x))); // the sentence's only event is there
        }
    }

    /** What the event hit: its object, what it was "on", or, for an event noun, what its clause's verb hit. */
    private List<IndexedWord> hit(IndexedWord h, ParsedSentence p) {
        List<IndexedWord> hit = new ArrayList<>(p.children(h, "obj", "nsubj:pass", "nmod:on", "nmod:against"));
        for (IndexedWord acl : p.children(h, "acl", "acl:relcl")) {
            hit.addAll(p.children(acl, "obj")); // "aerial bombardment targeting a neighbourhood east of Aleppo"
        }
        IndexedWord clauseVerb = p.parent(h);
        String rel = p.relationToParent(h);
        if (!isVerb(h) && clauseVerb != null && isVerb(clauseVerb) && rel.equals("nsubj")) {
            hit.addAll(p.children(clauseVerb, "obj")); // "Government jets bombed a bakery in the village of ..."
        }
        if ((!isVerb(h) || "VBG".equals(h.tag())) && clauseVerb != null && isVerb(clauseVerb)
                && (rel.equals("obl:agent") || rel.equals("advcl:by"))
                && (cues.isStrikeWord(clauseVerb) || cues.damages(clauseVerb))) {
            hit.addAll(p.children(clauseVerb, "nsubj:pass")); // "a clinic was hit by militia shelling"
        }
        return hit;
    }

    /** A proper name NER or the gazetteer takes for a place ("bombed Kafr Nabl"): what was hit is that place. */
    private boolean isNamedPlace(IndexedWord x, ParsedSentence p, boolean ground) {
        return String.valueOf(x.tag()).startsWith("NNP") && (places.isKnownPlace(x, p)
                || ground && NAME_OF_GROUND.contains(String.valueOf(x.ner())) && !cues.isActorName(x, p));
    }

    /**
     * "the villages of A, B and C", "outposts at A, B and C": a name joined by "and" to the event's place is another
     * place of it (one event each), even one NER took for a person's; a body's name is not.
     */
    private static void conjoinedPlaces(ParsedSentence p, Resolver r, List<Argument> args) {
        for (Argument place : List.copyOf(args)) {
            IndexedWord n = null;
            for (int i = 1; place.role().equals(Frame.PLACE) && i <= p.tokens.size() && n == null; i++) {
                n = p.token(i).endPosition() == place.span().end() ? p.node(i) : null;
            }
            while (n != null && p.parent(n) != null && p.relationToParent(n).matches("flat|compound")) {
                n = p.parent(n);
            }
            List<IndexedWord> joined = new ArrayList<>();
            if (n != null) {
                joined.addAll(p.children(n, "conj:and", "conj:or"));
                IndexedWord up = p.relationToParent(n).startsWith("conj") ? p.parent(n) : null;
                if (up != null) { // "the settlements of A, B and C" with B taken for the place: A and C too
                    joined.add(up);
                    joined.addAll(p.children(up, "conj:and", "conj:or"));
                }
            }
            for (IndexedWord c : joined) {
                Argument a = r.arg(Frame.PLACE, c);
                if (!c.equals(n) && String.valueOf(c.tag()).startsWith("NNP") && NAME_OF_GROUND.contains(String.valueOf(c.ner()))
                        && args.stream().noneMatch(o -> o.role().equals(Frame.PLACE) && o.span().equals(a.span()))) {
                    args.add(a);
                }
            }
        }
    }

    private static boolean hasPlace(List<Argument> args) {
        return args.stream().anyMatch(a -> a.role().equals(Frame.PLACE));
    }
}
