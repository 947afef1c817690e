package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.LOCATION_TYPES;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Where and when aid was stopped, when the stopping verb tells neither: "kept the trucks from entering the town of X
 * on Monday", "prevented the convoy from reaching X": the place and day hang on the gerund after "from".
 */
final class BlockedPaths {
    private BlockedPaths() {
    }

    /** The stopping verb and the gerunds of going under it ("from reaching", "from entering"). */
    static List<IndexedWord> scope(IndexedWord stop, ParsedSentence p) {
        List<IndexedWord> scope = new ArrayList<>(List.of(stop));
        p.children(stop, "advcl:from", "obl:from").stream().filter(g -> "VBG".equals(g.tag())).forEach(scope::add);
        return scope;
    }

    /** Adds the day and the place the stopped aid was going to, each only when the frame has none. */
    static void complete(IndexedWord stop, Places places, ParsedSentence p, Resolver r, List<Argument> args) {
        if (args.stream().noneMatch(a -> a.role().equals(Frame.TIME))) {
            Times.time(scope(stop, p), p, r, args, false);
        }
        destination(stop, places, p, r, args);
    }

    /** Adds the place the stopped aid was going to, when the frame has none. */
    static void destination(IndexedWord stop, Places places, ParsedSentence p, Resolver r, List<Argument> args) {
        List<IndexedWord> scope = scope(stop, p);
        if (args.stream().anyMatch(a -> a.role().equals(Frame.PLACE))) {
            return;
        }
        List<Argument> found = new ArrayList<>();
        for (IndexedWord going : scope.subList(1, scope.size())) {
            for (IndexedWord x : p.children(going, "obj")) { // "reaching the town of X", "entering X"
                IndexedWord named = places.namedPlace(x, p);
                named = named == null && LOCATION_TYPES.contains(x.ner()) ? x : named;
                if (named != null && found.isEmpty()) {
                    found.add(r.arg(Frame.PLACE, named));
                }
            }
        }
        if (found.isEmpty()) {
            places.place(scope.subList(1, scope.size()), p, r, found);
        }
        for (IndexedWord x : found.isEmpty() ? p.children(stop, "obj") : List.<IndexedWord>of()) {
            // "obstructed the delivery of aid to X"
            p.children(x, "nmod:to", "nmod:into").stream().filter(t -> LOCATION_TYPES.contains(t.ner())
                    || places.namedPlace(t, p) != null).findFirst().ifPresent(t -> found.add(r.arg(Frame.PLACE,
                    LOCATION_TYPES.contains(t.ner()) ? t : places.namedPlace(t, p))));
        }
        args.addAll(found);
    }
}
