package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.isDate;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Vocab;

/**
 * Who an incident was done to, read from the grammar of its clause: the object or passive subject of a verb of attack,
 * the on/at/against-phrase when the verb's object is the trigger's own word ("opened fire on X"), the object of the
 * verb an event noun is the subject of ("shelling hit X") unless that object names an event itself.
 */
final class IncidentTargets {
    /** Concepts of what an act may be said to be: a breach, a truce, an agreement. */
    private static final Set<String> EVENTS = Set.of(Vocab.VIOLATE, Vocab.CEASEFIRE_EVENT, Vocab.SIGN);

    private IncidentTargets() {
    }

    /**
     * Returns the targets of a verb trigger: its object or passive subject, or after "opened fire" or a verb with no
     * object ("shot at the patrol", "set upon a convoy"), the on-phrase.
     */
    static List<IndexedWord> ofVerb(IndexedWord h, Trigger t, ParsedSentence p, Cues cues) {
        List<IndexedWord> out = new ArrayList<>();
        boolean ownObject = false;
        for (IndexedWord o : p.children(h, "obj", "nsubj:pass")) {
            if (t.covers(o.index())) {
                ownObject = true; // "opened fire", "exchanged fire": the object is part of the trigger, no target
            } else {
                out.add(o);
            }
        }
        if (ownObject) {
            // "opened fire on the convoy", "laid siege to the town"
            p.children(h, "obl:on", "obl:upon", "obl:against", "obl:to").stream().filter(x -> !isDate(x)
                    && (x.tag().startsWith("NN") || x.tag().equals("PRP"))).forEach(out::add);
            // "at close range", "at random", "at dawn" say how or when: after "at" only a name is a target
            p.children(h, "obl:at").stream().filter(x -> !isDate(x) && x.ner() != null && !"O".equals(x.ner())
                    && !Cues.LOCATION_TYPES.contains(x.ner())).forEach(out::add);
        } else if (out.isEmpty()) {
            // "gunmen shot at a patrol", "rockets rained down on the town": with no object, a site or a side hit
            p.children(h, "obl:on", "obl:upon", "obl:against", "obl:into", "obl:at").stream().filter(x -> !isDate(x)
                    && (cues.is(CF.Hittable, x) || cues.is(CF.ArmedNoun, x))).forEach(out::add);
        }
        return out.stream().map(o -> heldBy(o, p, cues)).toList();
    }

    /** "pushed into the Front's stronghold": ground a side's possessive names as its own stands for that side. */
    static IndexedWord heldBy(IndexedWord o, ParsedSentence p, Cues cues) {
        List<IndexedWord> owners = p.children(o, "nmod:poss");
        IndexedWord owner = owners.size() == 1 ? owners.get(0) : null;
        // a name the tagger left untyped ("the Front's") counts unless the gazetteer knows it as a place
        boolean side = owner != null && !ParsedSentence.isPronoun(owner) && ("ORGANIZATION".equals(owner.ner())
                || "O".equals(owner.ner()) && String.valueOf(owner.tag()).startsWith("NNP") && !cues.isPlaceName(owner, p)
                || cues.isLoose(CF.ArmedNoun, owner) || cues.isLoose(CF.SideNoun, owner) || cues.isLoose(CF.ForcesNoun, owner));
        return side && cues.isLoose(CF.Ground, o) ? owner : o;
    }

    /**
     * Returns the objects of the verb an event noun is the subject of ("the shelling hit the school"), but not one
     * that names an event or a breach ("the attack constitutes a violation"), which says what the act was, not whom.
     */
    static List<IndexedWord> ofSubjectVerb(IndexedWord verb, List<Trigger> all, Cues cues, ParsedSentence p) {
        return p.children(verb, "obj").stream().filter(o -> !isEvent(o, all, cues)).toList();
    }

    /**
     * "The strike was aimed at the command post but hit a market", "the raid targeted X but struck a school": an
     * event noun that is the subject of a verb of aiming (cf:IntentCue), or of a verb of attack contrasted by "but"
     * with another, was meant to hit the first object: its intended target, no longer a target; the object of the
     * verb after "but" is what it hit.
     */
    static void missed(IndexedWord h, ParsedSentence p, Cues cues, Resolver r, List<Argument> args) {
        if (ParsedSentence.isVerb(h) || p.graph == null) {
            return;
        }
        for (SemanticGraphEdge e : p.graph.incomingEdgeList(h)) {
            String rel = e.getRelation().toString();
            IndexedWord v = e.getGovernor();
            if (!rel.equals("nsubj") && !rel.equals("nsubj:pass") || !ParsedSentence.isVerb(v)) {
                continue;
            }
            List<IndexedWord> hit = p.children(v, "conj:but").stream()
                    .filter(x -> ParsedSentence.isVerb(x) && cues.isStrikeWord(x)).toList();
            List<IndexedWord> meant;
            if (cues.intends(ParsedSentence.lemma(v))) {
                meant = p.children(v, "obl:at", "obl:for", "obj").stream().filter(x -> !isDate(x)).toList();
            } else if (cues.isStrikeWord(v) && !hit.isEmpty()) {
                meant = p.children(v, "obj");
            } else {
                continue;
            }
            for (IndexedWord m : meant) {
                int at = p.token(m.index()).beginPosition();
                args.removeIf(x -> x.role().equals(Frame.PATIENT) && x.span() != null && x.span().begin() <= at
                        && at < x.span().end());
                cues.addActor(args, Frame.INTENDED, m, p, r);
            }
            hit.forEach(x -> p.children(x, "obj").forEach(o -> cues.addActor(args, Frame.PATIENT, o, p, r)));
        }
    }

    /** "a campaign of air raids", "a wave of strikes": the quantity an event noun is counted by, else the noun. */
    static IndexedWord quantityOver(IndexedWord h, ParsedSentence p, Cues cues) {
        IndexedWord q = p.parent(h);
        return q != null && !ParsedSentence.isVerb(h) && p.relationToParent(h).equals("nmod:of")
                && cues.isQuantityNoun(ParsedSentence.lemma(q)) ? q : h;
    }

    /**
     * "a wave of air raids hit X", "after a wave of raids hit X" (the verb a clause of the quantity): the verb's subject
     * counts an incident noun, whose frame carries the verb's arguments.
     */
    static boolean countedEventHits(IndexedWord verb, IndexedWord subject, List<Trigger> all, ParsedSentence p, Cues cues) {
        IndexedWord q = subject != null ? subject : p.relationToParent(verb).equals("acl") ? p.parent(verb) : null;
        return q != null && p.children(q, "nmod:of").stream()
                .anyMatch(o -> quantityOver(o, p, cues) == q && cues.isIncidentTrigger(o, all));
    }

    /** What the verb of a clause on the quantity that counts an incident noun hit ("a wave of raids that hit X"). */
    static List<IndexedWord> hitByCounted(IndexedWord h, IndexedWord q, List<Trigger> all, ParsedSentence p, Cues cues) {
        return q == h ? List.of() : p.children(q, "acl", "acl:relcl").stream().filter(cues::isStrikeWord)
                .flatMap(v -> ofSubjectVerb(v, all, cues, p).stream()).toList();
    }

    /** True for a word of an attack, a breach, a truce or an agreement: an act or a state, never a side or a site. */
    static boolean isEvent(IndexedWord w, List<Trigger> all, Cues cues) {
        return cues.isAttackTrigger(w, all) || all.stream()
                .anyMatch(x -> x.covers(w.index()) && x.concepts().stream().anyMatch(EVENTS::contains));
    }
}
