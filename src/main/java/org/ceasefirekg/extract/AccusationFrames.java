package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.first;
import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;

/** Frames of accusations and denials, and of a truce said to be violated: who is accused of what, by whom. */
final class AccusationFrames {
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't");
    /** Verbs whose "on" phrase is never whom they accuse. */
    private static final Set<String> NOT_ON = Set.of("accuse", "charge", "condemn", "criticize", "criticise",
            "denounce", "allege", "implicate", "fault");
    /** Subjects and determiners that make a passive accusation aimed at no one ("neither side was accused"). */
    private static final Set<String> NO_ONE = Set.of("neither", "no", "none", "nobody", "noone");
    private static final String[] CO_AGENTS = {"obl:along_with", "obl:together_with", "obl:alongside"};
    private static final String[] CO_AGENTS_OF_NOUN = {"nmod:along_with", "nmod:together_with", "nmod:alongside"};
    /** The noun of blame a verb lays on someone ("laid the blame on X", "pinned the blame on X"). */
    private static final Set<String> BLAME_NOUNS = Set.of("blame");
    /** Nouns that, as "the other X" after sides that accuse, mean each side's opponent. */
    private static final Set<String> OTHER_SIDE = Set.of("side", "party", "camp");
    /** Determiners that point back to what was told before ("this escalation", "such attacks"). */
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "such");
    private static final Set<String> SIDE_TYPES =
            Set.of("ORGANIZATION", "COUNTRY", "NATIONALITY", "PERSON", "STATE_OR_PROVINCE", "MISC");


    private final Lexicon lexicon;
    private final Cues cues;
    private final Attribution attribution;
    private final ActDoers doers;
    private final AccusedSides sides;
    private final ViolationStatements violations;

    AccusationFrames(Lexicon lexicon, Cues cues, Attribution attribution) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.attribution = attribution;
        this.doers = new ActDoers(lexicon, cues);
        this.sides = new AccusedSides(cues);
        this.violations = new ViolationStatements(lexicon, cues, attribution, doers, sides);
    }

    /** A truce said to be violated, and by whom (see {@link ViolationStatements}). */
    Frame violationStatement(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        return violations.statement(concept, t, all, p, r);
    }

    Frame accusation(String concept, Trigger t, List<Trigger> all, ParsedSentence p, Resolver r) {
        IndexedWord h = t.head();
        if (isVerb(h) && cues.irrealis(h, p)) {
            return null; // "may blame X", "threatened to accuse X": no one is accused yet
        }
        List<Argument> args = new ArrayList<>();
        IndexedWord predicate = p.parent(h);
        String rel = p.relationToParent(h);
        if (predicate != null && (rel.equals("cop") || rel.equals("case")) && cues.isIncidentTrigger(predicate, all)) {
            // "Turkish and allied drones were behind the raids": whoever was behind an attack is accused of it,
            // unless it is denied ("Russia denied its jets were behind the strike", "X was not behind it")
            if (negatedOrDenied(predicate, p)) {
                return null;
            }
            p.children(predicate, "nsubj").forEach(a -> sides.accused(args, a, all, p, r));
            args.add(new Argument(Frame.ALLEGATION, p.phrase(predicate), null, null));
        } else if (isVerb(h) && rel.equals("amod") && predicate != null) {
            // "countered by accusing the regime forces of violating the truce", parsed as a participle on the noun:
            // the noun is the accused, and the subject of the verb it hangs from accuses
            sides.accused(args, predicate, all, p, r);
            p.children(predicate, "conj").forEach(x -> sides.accused(args, x, all, p, r));
            p.children(predicate, "nmod:of", "acl:of")
                    .forEach(x -> args.add(new Argument(Frame.ALLEGATION, p.subtree(x), null, null)));
            accuserAbove(predicate, p, r).ifPresent(args::add);
        } else if (isVerb(h)) {
            List<IndexedWord> subjects = p.children(h, "nsubj");
            IndexedWord carrier = h;
            // "X rejected the claims and accused Y of ...": a verb after "and" shares the subject of the first
            while (subjects.isEmpty() && p.parent(carrier) != null
                    && p.relationToParent(carrier).matches("(advcl|conj).*")) {
                carrier = p.parent(carrier);
                subjects = p.children(carrier, "nsubj");
            }
            List<IndexedWord> accusers = new ArrayList<>(subjects);
            // "Kenya, along with Uganda, accuses ...": who joins the subject in accusing accuses too
            accusers.addAll(p.children(carrier, CO_AGENTS));
            accusers.addAll(p.children(h, "obl:agent")); // "X was accused by Y of ...", "was blamed on X by Y"
            subjects.forEach(s -> accusers.addAll(p.children(s, CO_AGENTS_OF_NOUN)));
            accusers.forEach(s -> {
                // "a spokesman for the Front accused ...": the body he speaks for accuses
                Argument a = r.speaker(Frame.AGENT, attribution.servedBody(s, p));
                if (a != null) {
                    args.add(a);
                }
            });
            // "blamed X for the collapse on Friday": a day is when, not whom it is blamed on
            // "accused X of firing on civilians", the "on" parsed as the verb's: only blame is laid on someone
            List<IndexedWord> blamedOn = NOT_ON.contains(lemma(h)) ? List.of()
                    : p.children(h, "obl:on").stream().filter(o -> !Cues.isDate(o)).toList();
            // "laid / pinned / heaped the blame on X": the blame is what is laid, not whom it is laid on
            boolean blameLaid = p.children(h, "obj").stream().anyMatch(o -> BLAME_NOUNS.contains(lemma(o)));
            if (blamedOn.isEmpty() && (lemma(h).equals("blame") || blameLaid)) {
                // "blamed the strike on government warplanes", the "on" parsed as the object's: still whom it is on;
                // "placed the blame for the escalation on X", the "on" parsed as the blamed act's
                List<IndexedWord> holders = new ArrayList<>(p.children(h, "obj"));
                if (blameLaid) {
                    holders.addAll(p.children(h, "obl:for"));
                }
                blamedOn = holders.stream().flatMap(o -> p.children(o, "nmod:on", "nmod:onto", "nmod:upon").stream())
                        .filter(o -> !Cues.isDate(o) && !Set.of("CITY", "LOCATION", "FACILITY").contains(o.ner()))
                        .toList();
            }
            if (!blamedOn.isEmpty() && rel.startsWith("acl") && predicate != null) {
                // "Drone raids blamed on the border guards hit ...": the noun is what the named actor is blamed for
                blamedOn.forEach(a -> sides.accused(args, a, all, p, r));
                args.add(new Argument(Frame.ALLEGATION, p.tokenSpan(predicate.index(), predicate.index()), null, null));
            } else if (subjects.isEmpty() && p.relationToParent(h).matches("(obl|acl|dep).*")) {
                accuserAbove(h, p, r).ifPresent(args::add); // "replied by accusing X of ...", however it is attached
            }
            if (!blamedOn.isEmpty() && !rel.startsWith("acl")) {
                blamedOn.forEach(a -> sides.accused(args, a, all, p, r)); // "blamed the attack on X"
                p.children(h, "obj").stream().filter(o -> !blameLaid)
                        .forEach(o -> args.add(new Argument(Frame.ALLEGATION, p.phrase(o), null, null)));
            }
            for (IndexedWord o : passiveOrObject(h, p)) {
                if (blamedOn.isEmpty() && !blameLaid && !cues.namesHarm(o)) {
                    // "That attack killed nine, and we condemn it": "it" is the act, not a side it may be linked to
                    IndexedWord act = doers.actMeant(o, all, p);
                    Optional<ActDoers.Doer> doer = doers.of(act != null ? act : o, all, p, r);
                    if (doer.isPresent()) {
                        sides.accused(args, doer.get().who(), List.of(), doer.get().in(), r.in(doer.get().in()));
                    } else if (act == null) {
                        sides.accused(args, o, all, p, r);
                    }
                } else if (blamedOn.isEmpty() && !blameLaid && pointsBack(o, p) && (cues.namesHarm(o)
                        || calledViolation(h, all, p))) {
                    // "The army shelled three villages. The Front condemned this escalation (as a breach of the
                    // truce)": a harm or act pointed back to is the attack told before, and its doer is accused
                    doers.toldBefore(p, r).ifPresent(d -> sides.accused(args, d.who(), List.of(), d.in(), r.in(d.in())));
                }
            }
            for (IndexedWord x : p.children(h, "obl:of", "obl:for", "advcl:of", "advcl:for", "advcl", "obl:over")) {
                if (!Set.of("when", "while", "after", "before").contains(markOf(x, p))) {
                    args.add(new Argument(Frame.ALLEGATION, p.subtree(x), null, null));
                }
            }
        } else if (predicate != null && rel.equals("obj") && cues.is(CF.Exchange, predicate)) {
            // "X and Y traded accusations over ...": the sides accuse each the others; the accusation noun given
            // and got back stands for "each other" (see the accusation writer)
            p.children(predicate, "nsubj").stream().map(s -> r.speaker(Frame.AGENT, s)).filter(a -> a != null)
                    .forEach(args::add);
            args.add(new Argument(Frame.PATIENT, p.tokenSpan(t.first(), t.last()), null, Frame.MUTUAL));
            p.children(h, "nmod:over", "nmod:about", "nmod:for").forEach(x -> args.add(new Argument(Frame.ALLEGATION,
                    p.subtree(x), null, null)));
        } else {
            if (dutyNotBlame(h, p)) {
                return null;
            }
            p.children(h, "nsubj").forEach(a -> sides.accused(args, a, all, p, r));
            if (predicate != null && rel.equals("xcomp") && isVerb(predicate)
                    && lexicon.conceptsOf(lemma(predicate)).contains(CF.Imputation)) {
                // "The ministry held X responsible": who holds X so accuses X
                p.children(predicate, "nsubj").stream().filter(a -> String.valueOf(a.tag()).startsWith("NN"))
                        .map(a -> r.speaker(Frame.AGENT, a)).filter(a -> a != null).forEach(args::add);
            }
            p.children(h, "obl:for", "obl:of", "nmod:for", "advcl:for")
                    .forEach(x -> args.add(new Argument(Frame.ALLEGATION, p.subtree(x), null, null)));
        }
        Span other = isVerb(h) ? reciprocal(h, p) : null;
        if (other != null) {
            // "X and Y accused each other of ...": the sides accuse each the other (see the accusation writer)
            args.removeIf(a -> !a.role().equals(Frame.AGENT) && a.span().begin() <= other.begin()
                    && a.span().end() >= other.end() || a.role().equals(Frame.PATIENT));
            args.add(new Argument(Frame.PATIENT, other, null, Frame.MUTUAL));
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.PATIENT))) {
            return null;
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.ALLEGATION))) {
            allegationAfter(args, p);
        }
        args.addAll(attribution.attribution(h, p, r));
        return new Frame(concept, p.index, p.tokenSpan(t.first(), t.last()), args);
    }

    /** "this escalation", "such violence": a demonstrative points back to something told before. */
    private static boolean pointsBack(IndexedWord o, ParsedSentence p) {
        return p.children(o, "det", "amod").stream()
                .anyMatch(d -> DEMONSTRATIVES.contains(lemma(d).toLowerCase(Locale.ROOT)));
    }

    /** "condemned this move as a breach of the truce": what is condemned is called a violation of an agreement. */
    private static boolean calledViolation(IndexedWord verb, List<Trigger> all, ParsedSentence p) {
        return p.children(verb, "obl:as", "advcl:as").stream().anyMatch(x -> all.stream().anyMatch(t -> t.covers(x.index())
                && t.concepts().contains(Vocab.VIOLATE)) && p.children(x, "nmod:of").stream().anyMatch(d -> all.stream()
                .anyMatch(t -> t.covers(d.index()) && (t.concepts().contains(Vocab.CEASEFIRE_EVENT)
                        || t.concepts().contains(Vocab.SIGN)))));
    }

    /**
     * The verb of accusing an alleged act hangs from, with whom it accuses: "accused the militia of violating the
     * truce 40 times" (the act under the accused noun, or under the verb beside its object), "accused the militia of
     * 40 violations". Empty when the act is alleged by no accusation.
     */
    static Optional<IndexedWord[]> accusationOf(IndexedWord act, ParsedSentence p, Cues cues) {
        IndexedWord up = p.parent(act);
        String rel = p.relationToParent(act);
        if (up == null || !rel.matches("(nmod|acl|advcl|obl):(of|for)")) {
            return Optional.empty();
        }
        if (isVerb(up) && cues.isAccusation(up) && !rel.startsWith("nmod")) {
            IndexedWord accused = first(p.children(up, "obj"));
            return Optional.ofNullable(accused == null ? null : new IndexedWord[] {up, accused});
        }
        IndexedWord verb = p.parent(up);
        if (verb != null && p.relationToParent(up).equals("obj") && isVerb(verb) && cues.isAccusation(verb)
                && rel.matches("(nmod|acl):(of|for)")) {
            return Optional.of(new IndexedWord[] {verb, up});
        }
        return Optional.empty();
    }

    static boolean named(IndexedWord w) {
        return SIDE_TYPES.contains(String.valueOf(w.ner()));
    }

    /** "accused X of killing 63 civilians": when the parse loses the "of ..." clause, the words after X are it. */
    private static void allegationAfter(List<Argument> args, ParsedSentence p) {
        Argument last = args.stream().filter(a -> a.role().equals(Frame.PATIENT))
                .max(java.util.Comparator.comparingInt(a -> a.span().end())).orElseThrow();
        int sentenceBegin = p.tokens.get(0).beginPosition();
        int sentenceEnd = p.tokens.get(p.tokens.size() - 1).endPosition();
        if (last.span().end() < sentenceBegin || last.span().end() > sentenceEnd) {
            return; // the patient was resolved to a phrase elsewhere in the article
        }
        String rest = p.textBetween(last.span().end(), sentenceEnd);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*(?:of|for)\\s+(.+?)[.!]?$").matcher(rest);
        if (m.find()) {
            int begin = last.span().end() + m.start(1);
            args.add(new Argument(Frame.ALLEGATION, new Span(begin, begin + m.group(1).length(), m.group(1)), null, null));
        }
    }

    /**
     * "X is responsible, as a member of the council, to use its influence": responsible to do something, with no
     * "for" an act, is a duty the speaker gives X, not blame.
     */
    private static boolean dutyNotBlame(IndexedWord h, ParsedSentence p) {
        if (!p.children(h, "obl:for", "nmod:for", "advcl:for", "acl:for").isEmpty()) {
            return false;
        }
        Set<IndexedWord> subjects = new HashSet<>();
        p.children(h, "nsubj").forEach(x -> subjects.addAll(p.graph.descendants(x)));
        return p.graph.descendants(h).stream().anyMatch(w -> !subjects.contains(w) && isVerb(w)
                && p.relationToParent(w).matches("(xcomp|acl|advcl|dep).*") && "to".equals(markOf(w, p)));
    }

    /**
     * Whom a verb of accusing is aimed at: its object, or the subject of its passive ("X was accused of ...", "was
     * condemned for ..."); not "neither side was accused" nor "was charged with protecting ..." (a duty given).
     */
    private static List<IndexedWord> passiveOrObject(IndexedWord h, ParsedSentence p) {
        List<IndexedWord> aimed = new ArrayList<>(p.children(h, "obj"));
        boolean duty = lemma(h).equals("charge") && p.children(h, "advcl:with", "obl:with", "xcomp").stream()
                .anyMatch(w -> String.valueOf(w.tag()).startsWith("VB"));
        if (aimed.isEmpty() && !duty) {
            p.children(h, "nsubj:pass").stream().filter(s -> !NO_ONE.contains(lemma(s).toLowerCase(Locale.ROOT))
                    && p.children(s, "det", "advmod").stream().noneMatch(d -> NO_ONE.contains(lemma(d))))
                    .forEach(aimed::add);
        }
        return aimed;
    }

    /**
     * "each other" or "one another" right after the verb (however the parse hung it), or an object "the other" or
     * "the other side" ("X and Y each accused the other"), or null.
     */
    private static Span reciprocal(IndexedWord verb, ParsedSentence p) {
        int i = verb.index() + 1;
        if (i + 1 > p.tokens.size()) {
            return null;
        }
        String pair = p.token(i).word().toLowerCase(Locale.ROOT) + " "
                + p.token(i + 1).word().toLowerCase(Locale.ROOT);
        if (pair.equals("each other") || pair.equals("one another")) {
            return p.tokenSpan(i, i + 1);
        }
        for (IndexedWord o : p.children(verb, "obj")) {
            boolean the = p.children(o, "det").stream().anyMatch(d -> lemma(d).equals("the"));
            boolean other = lemma(o).equals("other") && p.children(o, "compound", "nmod:poss").isEmpty()
                    || OTHER_SIDE.contains(lemma(o)) && p.children(o, "amod").stream()
                            .anyMatch(a -> lemma(a).equals("other")) && p.children(o, "nmod:of").isEmpty();
            if (the && other) {
                return p.tokenSpan(o.index() - (lemma(o).equals("other") ? 1 : 2), o.index());
            }
        }
        return null;
    }

    private static String markOf(IndexedWord w, ParsedSentence p) {
        IndexedWord mark = first(p.children(w, "mark"));
        return mark == null ? "" : lemma(mark);
    }

    /** The subject of the nearest verb above, or a named person or organization heading the sentence. */
    private static Optional<Argument> accuserAbove(IndexedWord w, ParsedSentence p, Resolver r) {
        IndexedWord up = p.parent(w);
        for (int steps = 0; up != null && steps < 4; steps++, up = p.parent(up)) {
            if (isVerb(up)) {
                IndexedWord subject = first(p.children(up, "nsubj"));
                return Optional.ofNullable(subject == null ? null : r.speaker(Frame.AGENT, subject));
            }
            if (p.parent(up) == null && Set.of("PERSON", "ORGANIZATION").contains(String.valueOf(up.ner()))) {
                return Optional.ofNullable(r.speaker(Frame.AGENT, up)); // a verbless "X in a statement accused ..."
            }
        }
        return Optional.empty();
    }

    private boolean negatedOrDenied(IndexedWord predicate, ParsedSentence p) {
        if (p.children(predicate, "advmod", "neg").stream().anyMatch(a -> NEGATIONS.contains(lemma(a)))) {
            return true;
        }
        return AccusedSides.deniedAbove(predicate, p, lexicon);
    }
}
