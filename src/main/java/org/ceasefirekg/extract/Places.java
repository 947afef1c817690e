package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.LOCATION_TYPES;
import static org.ceasefirekg.extract.Cues.first;
import static org.ceasefirekg.extract.Cues.isDate;
import static org.ceasefirekg.extract.Cues.isPlaceLike;
import static org.ceasefirekg.extract.ParsedSentence.lemma;
import static org.ceasefirekg.extract.Times.clauseOf;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/** Where a frame happened: a place hung on its words, a place named after its kind, or one told again later. */
final class Places {

    private final Lexicon lexicon;
    /** The gazetteer's names: a place NER took for a person ("Deir al Zor") is still a place. */
    private final NameIndex names;
    private final Cues cues;

    Places(Lexicon lexicon, NameIndex names, Cues cues) {
        this.lexicon = lexicon;
        this.names = names;
        this.cues = cues;
    }

    /**
     * Adds the place the scope's words are said to be in or near. A place named after a kind of place ("in the town
     * of Khan Tuman", "near the Ferdous neighbourhood") is the most specific the sentence gives, so it wins.
     */
    void place(List<IndexedWord> scope, ParsedSentence p, Resolver r, List<Argument> args) {
        IndexedWord first = null;
        for (IndexedWord w : scope) {
            for (IndexedWord x : p.children(w, "obl:in", "obl:at", "obl:near", "nmod:in", "nmod:at", "nmod:near",
                    "obl:into", "obl:outside", "nmod:outside")) {
                IndexedWord named = namedPlace(x, p);
                if (named != null) {
                    args.add(r.arg(Frame.PLACE, named));
                    return;
                }
                if (first == null && (LOCATION_TYPES.contains(x.ner()) || isPlaceLike(x)
                        || p.children(x, "compound").stream().anyMatch(c -> LOCATION_TYPES.contains(c.ner())))) {
                    first = x;
                }
                if (first == null) {
                    first = placeAfterPreposition(x, p);
                }
            }
            // "shelling on and around the town of Saraqeb": "on" is where only when it names a place
            for (IndexedWord x : p.children(w, "obl:on", "nmod:on", "obl:around", "nmod:around", "obl:across",
                    "nmod:across")) {
                IndexedWord named = namedPlace(x, p);
                if (named != null) {
                    args.add(r.arg(Frame.PLACE, named));
                    return;
                }
                if (first == null && LOCATION_TYPES.contains(x.ner())) {
                    first = x;
                }
            }
            // "killed scores of soldiers north of Testville"
            for (IndexedWord direction : p.children(w, "advmod", "obl")) {
                if (first == null && lexicon.isCue(CF.Direction, lemma(direction))) {
                    first = placeOf(direction, p);
                }
            }
            if (first != null && w.equals(scope.get(0))) {
                break; // "carried out the raids on Tal Nasr in the district of X": the trigger's own place
            }
        }
        if (first != null) {
            args.add(r.arg(Frame.PLACE, first));
        }
    }

    /**
     * "clashes broke out in the provinces of Latakia and Tartus as well as north of Hama": every place an event is said
     * to be in, after the first, is a place of its own (the mapper tells one event per place).
     */
    void otherPlaces(List<IndexedWord> scope, ParsedSentence p, Resolver r, List<Argument> args) {
        Argument first = args.stream().filter(a -> a.role().equals(Frame.PLACE)).findFirst().orElse(null);
        if (first == null) {
            return;
        }
        List<IndexedWord> places = new ArrayList<>();
        for (IndexedWord w : scope) {
            for (IndexedWord x : p.children(w, "obl:in", "nmod:in", "obl:on", "nmod:on")) {
                IndexedWord place = placeOf(x, p);
                if (place == null || !r.arg(Frame.PLACE, place).span().equals(first.span())) {
                    continue; // only what is coordinated with the event's own place
                }
                List<IndexedWord> conjuncts = new ArrayList<>(p.children(place, "conj:and"));
                conjuncts.addAll(p.children(x, "conj:and"));
                for (IndexedWord c : conjuncts) {
                    IndexedWord coordinated = placeOf(c, p);
                    if (coordinated != null) {
                        places.add(coordinated);
                    }
                }
            }
        }
        for (IndexedWord place : places) {
            Argument a = r.arg(Frame.PLACE, place);
            if (args.stream().noneMatch(o -> o.role().equals(Frame.PLACE) && o.span().equals(a.span()))) {
                args.add(a);
            }
        }
    }

    /** The place a word of an in- or on-phrase names: itself, the name after its kind, or the town it lies off. */
    private IndexedWord placeOf(IndexedWord x, ParsedSentence p) {
        IndexedWord named = namedPlace(x, p);
        if (named != null) {
            return named;
        }
        if (lexicon.isCue(CF.Direction, lemma(x))) {
            return p.children(x, "nmod:of", "obl:of").stream().filter(o -> isPlace(o, p)).findFirst().orElse(null);
        }
        return isPlace(x, p) ? x : null;
    }

    /** A word NER tags as a place or the gazetteer names as one; a capitalised word alone is not enough. */
    boolean isKnownPlace(IndexedWord x, ParsedSentence p) {
        return LOCATION_TYPES.contains(x.ner()) || names.placeNamed(p.phrase(x).text()).isPresent();
    }

    /** A word NER, its tag or the gazetteer (for names NER took for a person's: "Deir al Zor") tells is a place. */
    private boolean isPlace(IndexedWord x, ParsedSentence p) {
        return LOCATION_TYPES.contains(x.ner()) || isPlaceLike(x) || names.placeNamed(p.phrase(x).text()).isPresent();
    }

    /**
     * A target told again a few sentences on as "the bakery in the town of X": the event is placed there, since
     * the definite noun is the same target with its place now named.
     */
    java.util.Optional<Argument> placeOfTargetToldAgain(List<IndexedWord> hit, ParsedSentence p, Resolver r) {
        List<ParsedSentence> article = r.article();
        for (IndexedWord target : hit) {
            if (!String.valueOf(target.tag()).startsWith("NN") || String.valueOf(target.tag()).startsWith("NNP")) {
                continue;
            }
            for (int i = p.index + 1; i < article.size() && i <= p.index + 4; i++) {
                ParsedSentence later = article.get(i);
                for (int t = 1; t <= later.tokens.size(); t++) {
                    IndexedWord w = later.node(t);
                    boolean same = w != null && lemma(w).equals(lemma(target))
                            && later.children(w, "det").stream().anyMatch(d -> lemma(d).equals("the"));
                    if (!same) {
                        continue;
                    }
                    for (IndexedWord x : later.children(w, "nmod:in", "nmod:at")) {
                        IndexedWord named = namedPlace(x, later);
                        if (named != null) {
                            return java.util.Optional.of(r.in(later).arg(Frame.PLACE, named));
                        }
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The one place named after its kind in the trigger's clause ("... on and around the northern city of Aleppo"),
     * wherever in that clause a parse confused by the missing commas attached it.
     */
    java.util.Optional<IndexedWord> onlyNamedPlace(IndexedWord h, ParsedSentence p) {
        IndexedWord found = null;
        List<IndexedWord> clause = new ArrayList<>(clauseOf(h, p));
        // "Shells hit a bakery in the village of X tweeted the Network": without its comma the place may hang on
        // the verb of saying
        for (IndexedWord w : List.copyOf(clause)) {
            p.children(w, "parataxis").stream().filter(v -> cues.isSpeech(v, p)).forEach(v -> clause.addAll(clauseOf(v, p)));
        }
        for (IndexedWord x : clause) {
            IndexedWord named = namedPlace(x, p);
            if (named != null) {
                if (found != null && !found.equals(named)) {
                    return java.util.Optional.empty();
                }
                found = named;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /**
     * "talks in Vienna French Foreign Minister Anne Roux ...": without its comma the place runs into the next phrase,
     * which the parse takes for the head; the place is the name right after the preposition.
     */
    private static IndexedWord placeAfterPreposition(IndexedWord x, ParsedSentence p) {
        IndexedWord preposition = first(p.children(x, "case"));
        if (preposition == null || preposition.index() + 1 > p.tokens.size()) {
            return null;
        }
        int i = preposition.index() + 1;
        if ("DT".equals(p.token(i).tag()) && i < p.tokens.size()) {
            i++;
        }
        int last = i;
        String ner = String.valueOf(p.token(i).ner());
        while (last < p.tokens.size() && ner.equals(p.token(last + 1).ner())) {
            last++;
        }
        return LOCATION_TYPES.contains(ner) && i < x.index() ? p.node(last) : null;
    }

    /** The name that follows or precedes a place noun: "the town of Khan Tuman", "the Ferdous neighbourhood". */
    IndexedWord namedPlace(IndexedWord x, ParsedSentence p) {
        if (x.tag() == null || !x.tag().startsWith("NN") || x.tag().startsWith("NNP")
                || !lexicon.conceptsOf(lemma(x)).contains(Vocab.PLACE_NOUN)) {
            return null;
        }
        // "the Karari district of Omdurman": the name in front of the kind is the narrower place
        List<IndexedWord> of = p.children(x, "nmod:of", "appos", "flat");
        if (of.stream().anyMatch(c -> LOCATION_TYPES.contains(c.ner()) || isPlaceLike(c))) {
            for (IndexedWord c : p.children(x, "compound")) {
                // (right in front: in "Syria's northern province of Idlib" the country owns the place)
                if (c.index() == x.index() - 1 && (LOCATION_TYPES.contains(c.ner()) || isPlaceLike(c))
                        && !"COUNTRY".equals(c.ner()) && p.children(c, "case").isEmpty()
                        && !lexicon.isCue(CF.Direction, lemma(c))) {
                    return c;
                }
            }
        }
        // After "town of" even a name NER takes for a person's ("Khan Tuman") is a place's.
        for (IndexedWord c : of) {
            if (c.tag() != null && c.tag().startsWith("NNP") && !"ORGANIZATION".equals(c.ner()) && !isDate(c)) {
                return c;
            }
        }
        // "Syria's second city Aleppo": the kind of place modifies the name
        IndexedWord parent = p.parent(x);
        if (parent != null && p.relationToParent(x).equals("compound")
                && (LOCATION_TYPES.contains(parent.ner()) || isPlaceLike(parent))) {
            return parent;
        }
        for (IndexedWord c : p.children(x, "compound")) {
            if (LOCATION_TYPES.contains(c.ner()) || isPlaceLike(c)) {
                return c;
            }
        }
        // "a village near Aleppo": an unnamed place is best told by the named place it is in or near
        for (IndexedWord c : p.children(x, "nmod:in", "nmod:near", "nmod:outside", "nmod:around")) {
            if (LOCATION_TYPES.contains(c.ner()) || isPlaceLike(c)) {
                return c;
            }
        }
        return null;
    }
}
