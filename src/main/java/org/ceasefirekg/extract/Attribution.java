package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.LOCATION_TYPES;
import static org.ceasefirekg.extract.Cues.first;
import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;

/** Who says what a sentence tells: the speaker of a verb of saying, a cited source, the speaker of a quote. */
final class Attribution {
    private final Lexicon lexicon;
    private final Cues cues;

    Attribution(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    /**
     * "X accused Y of breaking the truce, while Z blamed W": a clause beside the accusation with a subject of its own
     * tells its own subject's act or claim, not the accuser's.
     */
    private static boolean ownSubject(IndexedWord w, String rel, ParsedSentence p) {
        return rel.startsWith("advcl") && p.graph.outgoingEdgeList(w).stream()
                .anyMatch(e -> e.getRelation().toString().equals("nsubj"));
    }

    /** Returns SOURCE (innermost speaker or cited source) and RELAY (an outer reporter) arguments for a trigger. */
    List<Argument> attribution(IndexedWord h, ParsedSentence p, Resolver r) {
        List<Argument> speakers = new ArrayList<>();
        Set<IndexedWord> seen = new LinkedHashSet<>();
        IndexedWord cur = h;
        while (cur != null && seen.add(cur)) {
            for (IndexedWord x : p.children(cur, "obl:according_to", "nmod:according_to")) {
                addSpeaker(speakers, compiler(x, p), r);
            }
            IndexedWord parent = p.parent(cur);
            String rel = p.relationToParent(cur);
            // "the group claimed the bombing, which killed ...": claiming an act owns it, it reports nothing said
            boolean ownsAct = rel.equals("obj") && parent != null && cues.is(CF.Claiming, lemma(parent));
            if (parent != null && cues.isSpeech(parent, p) && !ownsAct && (rel.startsWith("ccomp")
                    || rel.startsWith("parataxis") || rel.equals("obj") || rel.equals("dep")
                    || rel.startsWith("xcomp"))) {
                speakerOf(parent, p, r).ifPresent(s -> addSpeaker(speakers, s, r));
            } else if (parent != null && isVerb(parent) && cues.isAccusation(parent) && !ownSubject(cur, rel, p)
                    && (rel.startsWith("advcl") || rel.startsWith("obl") || rel.startsWith("acl"))) {
                // "X accused Y of killing 63 civilians": what the accusation alleges is X's claim
                speakerOf(parent, p, r).ifPresent(s -> addSpeaker(speakers, s, r));
            }
            cur = parent;
        }
        if (speakers.isEmpty()) {
            // ", the Observatory said." (or, without the comma, "... killed 17 farmers a watchdog said") attached
            // beside or below the clause rather than above it: a verb of saying after the trigger, with a subject
            // of its own and no complement clause, reports the whole sentence.
            for (int i = h.index() + 1; i <= p.tokens.size() && speakers.isEmpty(); i++) {
                IndexedWord w = p.node(i);
                // "a watchdog said a day after Turkey and Iran agreed a truce": "a day" is no reported clause's
                // subject, only a misread time
                boolean reportsOther = w != null && p.children(w, "ccomp").stream().anyMatch(c -> p.children(c, "nsubj")
                        .stream().noneMatch(x -> Set.of("DATE", "DURATION", "TIME").contains(String.valueOf(x.ner()))));
                // "... hours after Ankara and Tehran announced a pact": a verb of saying with an object reports that
                boolean saysSomething = w != null && !p.children(w, "obj").isEmpty() && !p.children(w, "nsubj").isEmpty();
                // "... wounded five guards in a raid the front claimed": claiming an act owns it, says nothing
                boolean ownsAct = w != null && p.relationToParent(w).startsWith("acl") && cues.is(CF.Claiming, lemma(w));
                if (w != null && cues.isSpeech(w, p) && !reportsOther && !saysSomething && !ownsAct
                        && !p.graph.descendants(w).contains(h)) {
                    speakerOf(w, p, r).ifPresent(s -> addSpeaker(speakers, s, r));
                }
            }
        }
        if (speakers.isEmpty()) {
            // "31 villagers have died after shelling on Friday according to local medics": the
            // parse may hang the source on any word of the sentence, and it sources the whole sentence
            IndexedWord cited = p.accordingTo(w -> true);
            if (cited != null) {
                addSpeaker(speakers, compiler(cited, p), r);
            }
        }
        List<Argument> out = new ArrayList<>();
        for (int i = 0; i < speakers.size() && i < 2; i++) {
            Argument s = speakers.get(i);
            out.add(new Argument(i == 0 ? Frame.SOURCE : Frame.RELAY, s.span(), s.type(), null));
        }
        return out;
    }

    /**
     * "40 dead, according to data gathered by the Tesk Relief Office": a count a body gathered, released or published
     * is that body's; the body is the source, not the data.
     */
    private static IndexedWord compiler(IndexedWord cited, ParsedSentence p) {
        for (IndexedWord made : p.children(cited, "acl")) {
            IndexedWord by = "VBN".equals(made.tag()) ? first(p.children(made, "obl:agent", "obl:by")) : null;
            if (by != null) {
                return by;
            }
        }
        return cited;
    }

    private static void addSpeaker(List<Argument> speakers, IndexedWord w, Resolver r) {
        Argument a = withConjoinedGroups(withoutRunIn(r.speaker(Frame.SOURCE, w), w, r.sentence()), w, r.sentence());
        if (a != null && speakers.stream().noneMatch(s -> s.span().begin() == a.span().begin())) {
            speakers.add(a);
        }
    }

    /** "residents and rescue workers said": unnamed groups said it together, so the speaker is the whole phrase. */
    private static Argument withConjoinedGroups(Argument a, IndexedWord head, ParsedSentence p) {
        if (a == null || !"NNS".equals(head.tag())) {
            return a;
        }
        int end = a.span().end();
        for (IndexedWord c : p.children(head, "conj:and")) {
            if (!"NNS".equals(c.tag()) || c.index() < head.index()) {
                return a;
            }
            end = Math.max(end, p.phrase(c).end());
        }
        return end == a.span().end() ? a
                : new Argument(a.role(), new Span(a.span().begin(), end, p.textBetween(a.span().begin(), end)), a.type(),
                        a.normalized());
    }

    /**
     * "... and also several farmers local officials said": without its comma the phrase before the speaker
     * runs into it; a noun followed by an adjective inside a common-noun speaker is where the speaker's phrase begins.
     */
    private static Argument withoutRunIn(Argument a, IndexedWord head, ParsedSentence p) {
        if (a == null || head.tag() == null || !head.tag().startsWith("NN") || head.tag().startsWith("NNP")
                || a.span().end() != p.token(head.index()).endPosition()) {
            return a;
        }
        for (int i = head.index() - 1; i > 1 && p.token(i).beginPosition() > a.span().begin(); i--) {
            String tag = String.valueOf(p.token(i).tag());
            String before = String.valueOf(p.token(i - 1).tag());
            if (tag.startsWith("JJ") && before.startsWith("NN") && p.token(i - 1).beginPosition() >= a.span().begin()) {
                return new Argument(a.role(), p.tokenSpan(i, head.index()), a.type(), a.normalized());
            }
        }
        return a;
    }

    /**
     * "... in hamlets the gunmen hold a watchdog says": a verb has one subject, so of two the parse gave it (a comma
     * lost) the one written nearest to it is the speaker, unless the first names a person: "Anna Berg head of the
     * office of the Test Front told reporters" is Berg, the rest her title run in without commas.
     */
    static IndexedWord nearestSubject(IndexedWord verb, ParsedSentence p) {
        List<IndexedWord> subjects = p.children(verb, "nsubj").stream()
                .sorted(java.util.Comparator.comparingInt(IndexedWord::index)).toList();
        if (subjects.isEmpty() || namesAPerson(subjects.get(0), p)) {
            return first(subjects);
        }
        return subjects.stream()
                .min(java.util.Comparator.comparingInt(s -> Math.abs(verb.index() - s.index()))).orElse(null);
    }

    /** "Anna Berg", or "head" with the name "Anna Berg" in front of it: a person or a post a named person holds. */
    private static boolean namesAPerson(IndexedWord w, ParsedSentence p) {
        return "PERSON".equals(w.ner()) || "TITLE".equals(w.ner())
                || p.children(w, "compound", "flat", "appos").stream().anyMatch(x -> "PERSON".equals(x.ner()));
    }

    /** The speaker a verb of saying has: its passive agent or subject, or the phrase beside it in copy without commas. */
    java.util.Optional<IndexedWord> speakerOf(IndexedWord verb, ParsedSentence p, Resolver r) {
        // "warplanes confirmed by the Civil Defence as behind the attacks": a passive's agent is who says so
        IndexedWord s = first(p.children(verb, "obl:agent"));
        if (s == null && "VBN".equals(verb.tag())) {
            s = first(p.children(verb, "obl:by"));
        }
        if (s == null && raises(verb, p)) {
            // "a gas believed to be chlorine", "the commander, said to have fled": what is said is about the noun,
            // and the one who says it is not told
            return java.util.Optional.empty();
        }
        if (s == null) {
            s = nearestSubject(verb, p);
        }
        String up = p.relationToParent(verb);
        if (s == null && "VBG".equals(verb.tag()) && up.startsWith("advcl") && !up.equals("advcl:as")
                && p.parent(verb) != null) {
            s = nearestSubject(p.parent(verb), p); // "X called for talks after claiming ...": X claims it
        }
        s = s == null ? null : servedBody(s, p);
        IndexedWord named = s == null || "PERSON".equals(s.ner()) ? null : p.children(s, "appos").stream()
                .filter(x -> "PERSON".equals(x.ner())).findFirst().orElse(null);
        if (named != null) {
            s = named; // "the group's spokesman, Jane Roe, said": the name in apposition is who speaks
        }
        if (s == null) {
            for (IndexedWord d : p.children(verb, "dep", "acl")) {
                s = first(p.children(d, "nsubj"));
                if (s != null) {
                    break;
                }
            }
        }
        if (s == null && Set.of("advcl:as", "obl:as").contains(p.relationToParent(verb)) && p.parent(verb) != null) {
            s = first(p.children(p.parent(verb), "obj")); // "Reuters reported residents as saying ..."
        }
        if (s != null && cues.isQuantityNoun(lemma(s)) && !p.children(s, "nmod:of").isEmpty()) {
            s = first(p.children(s, "nmod:of")); // "quoted a number of residents as saying": the residents say it
        }
        if (s == null && verb.tag() != null && verb.tag().equals("VBD")) {
            s = adjacentSpeaker(verb, p);
        } else if (s != null && s.index() < verb.index() - 1 && "VBD".equals(verb.tag())) {
            // "... killed 13 guards including several farmers local officials said.": a closing "X said"
            // has its speaker right before it, whatever subject a parse without commas found further back; so
            // has one the parse left dangling ("killed 17 farmers a watchdog said a week after ...")
            IndexedWord left = speakerBefore(verb, p);
            if (left != null && !closesSentence(verb, p) && !p.relationToParent(left).equals("dep")) {
                left = null;
            }
            if (left != null && !p.phrase(s).equals(p.phrase(left)) && (p.phrase(s).end() < p.token(left.index()).beginPosition()
                    || s.equals(p.parent(left)))) {
                s = left;
            }
        }
        if (s != null && !String.valueOf(s.tag()).startsWith("NNP") && "O".equals(String.valueOf(s.ner()))
                && lexicon.conceptsOf(lemma(s)).contains(Vocab.PLACE_NOUN)) {
            // "nurses in the besieged district said": a place is where the speakers are, never a speaker
            IndexedWord around = p.parent(s);
            s = around != null && p.relationToParent(s).matches("nmod:(in|at|near|from)") ? around : null;
        }
        return java.util.Optional.ofNullable(s);
    }

    /**
     * "A spokesman for the Paris-based watchdog", "an official of the Front": an unnamed holder of a post speaks (and
     * accuses) for whom he serves; a named one, or one "of the province", stays himself.
     */
    IndexedWord servedBody(IndexedWord s, ParsedSentence p) {
        if (String.valueOf(s.tag()).startsWith("NNP") || !"TITLE".equals(s.ner())
                && !lexicon.conceptsOf(lemma(s)).contains(Vocab.POSITION)
                || p.children(s, "compound", "appos", "flat").stream().anyMatch(x -> "PERSON".equals(x.ner()))) {
            return s;
        }
        IndexedWord served = first(p.children(s, "nmod:for", "nmod:of"));
        boolean place = served != null && (LOCATION_TYPES.contains(served.ner())
                || lexicon.conceptsOf(lemma(served)).contains(Vocab.PLACE_NOUN)); // "the governor of the province"
        return served != null && !place ? served : s;
    }

    /**
     * "believed to be", "said to have": a participle, or a verb of saying that cannot take a to-clause in the active
     * (cf:RaisingVerb; the tagger often reads the participle as a past tense), raising its noun into the clause.
     */
    private boolean raises(IndexedWord verb, ParsedSentence p) {
        boolean participle = "VBN".equals(verb.tag()) || "VBD".equals(verb.tag())
                && lexicon.isCue(CF.RaisingVerb, lemma(verb)) && p.children(verb, "aux").isEmpty();
        return participle && verb.index() < p.tokens.size() && "to".equalsIgnoreCase(p.token(verb.index() + 1).word())
                && p.children(verb, "xcomp").stream().anyMatch(x -> x.index() > verb.index());
    }

    /** Nothing but a time, an adverb or punctuation follows the verb: "local officials said early on Friday." */
    private static boolean closesSentence(IndexedWord verb, ParsedSentence p) {
        for (int i = verb.index() + 1; i <= p.tokens.size(); i++) {
            CoreLabel t = p.token(i);
            String tag = t.tag() == null ? "" : t.tag();
            boolean time = Set.of("DATE", "TIME").contains(String.valueOf(t.ner()));
            boolean timeNext = i < p.tokens.size() && Set.of("DATE", "TIME").contains(String.valueOf(p.token(i + 1).ner()));
            if (!(time || tag.equals(".") || tag.equals(",") || tag.startsWith("RB") || tag.equals("IN") && timeNext)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copy stripped of its commas ("... were hurt in the raid said the Rescue Corps also known as ...") leaves
     * a verb of saying with no subject in the parse: the speaker is the noun phrase right after it, or else the one
     * right before it ("... activists in the town reported.").
     */
    private IndexedWord adjacentSpeaker(IndexedWord verb, ParsedSentence p) {
        int n = p.tokens.size();
        int i = verb.index() + 1;
        while (i <= n && i <= verb.index() + 2 && Set.of("DT", "JJ", "PRP$").contains(String.valueOf(p.token(i).tag()))) {
            i++;
        }
        if (i <= n && isSpeakerNoun(p.token(i))) {
            while (i < n && (isSpeakerNoun(p.token(i + 1)) || i + 2 <= n && "HYPH".equals(p.token(i + 1).tag())
                    && isSpeakerNoun(p.token(i + 2)))) {
                i += isSpeakerNoun(p.token(i + 1)) ? 1 : 2; // the head of "the Civil Defence", "Zouhir al-Shimale"
            }
            return p.node(i);
        }
        return speakerBefore(verb, p);
    }

    /** The noun phrase that ends right before a verb of saying: "... local sources said", "... (IFRC) said". */
    private IndexedWord speakerBefore(IndexedWord verb, ParsedSentence p) {
        int before = verb.index() - 1;
        if (before > 1 && "-RRB-".equals(p.token(before).tag())) {
            // "... the International Federation of Rescue and Relief Societies (IFRRS) said"
            while (before > 1 && !"-LRB-".equals(p.token(before).tag())) {
                before--;
            }
            before--;
        }
        if (before < 1 || !isSpeakerNoun(p.token(before)) || p.token(before).tag().equals("PRP")) {
            return null;
        }
        // "medics in the village reported": the speaker is the noun the place phrase follows
        int k = before;
        while (k > 1 && p.token(k - 1).tag() != null && (p.token(k - 1).tag().startsWith("NN")
                || Set.of("DT", "JJ", "PRP$").contains(p.token(k - 1).tag()))) {
            k--;
        }
        // "The Hama News Office a citizen network said": a name before its descriptor is the speaker
        if (!String.valueOf(p.token(before).tag()).startsWith("NNP")) {
            for (int j = k + 1; j < before; j++) {
                if ("DT".equals(p.token(j).tag()) && String.valueOf(p.token(j - 1).tag()).startsWith("NNP")) {
                    return p.node(j - 1);
                }
            }
        }
        String link = k > 2 ? p.token(k - 1).word().toLowerCase() : "";
        boolean ofHead = link.equals("of")
                && !cues.isQuantityNoun(String.valueOf(p.token(k - 2).lemma()).toLowerCase());
        // "the governor of the province said": the noun before "of" heads the phrase ("a number of ..." does not)
        // "... positions in the town the state news agency reported": a body or a named organisation right before the
        // verb is the speaker itself, not a place the noun before it is in
        boolean inPlace = Set.of("in", "at", "near", "from", "on").contains(link) && !isBody(p.token(before));
        if (k > 2 && (inPlace || ofHead)
                && isSpeakerNoun(p.token(k - 2))
                && !p.token(k - 2).tag().equals("PRP")) {
            return p.node(k - 2);
        }
        return p.node(before);
    }

    private boolean isBody(CoreLabel t) {
        return "ORGANIZATION".equals(t.ner()) || lexicon.isCue(CF.BodyNoun, String.valueOf(t.lemma()).toLowerCase());
    }

    private static boolean isSpeakerNoun(CoreLabel t) {
        String tag = t.tag() == null ? "" : t.tag();
        String ner = t.ner() == null ? "O" : t.ner();
        return (tag.startsWith("NN") || tag.equals("PRP"))
                && !Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER").contains(ner);
    }
}
