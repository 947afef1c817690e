package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/**
 * What the frame rules ask of a single word: whether it is a trigger of an incident or of the ceasefire, a verb of
 * saying, a date or a place-like name, and whether an intention or a modal makes it unreal.
 */
final class Cues {
    private final Lexicon lexicon;
    /** The gazetteer's names: an acronym the tagger took for a verb may still name an actor. */
    private final NameIndex names;

    Cues(Lexicon lexicon, NameIndex names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /**
     * Function words that make the clause below them unreal: modals, negation, condition. They are grammar, a closed
     * class no curator extends; the verbs of intention, plan and threat that do the same are the lexicon's
     * (cf:IrrealisCue).
     */
    private static final Set<String> IRREALIS_GRAMMAR = Set.of("could", "would", "may", "might", "should", "will",
            "if", "whether", "not", "never", "no", "too", "unless");

    static final Set<String> LOCATION_TYPES = Set.of("CITY", "LOCATION", "COUNTRY", "STATE_OR_PROVINCE");

    /** True for a word (lemma) that makes the clause below it unreal: planned, intended, possible, denied. */
    private boolean unreal(String lemma) {
        return IRREALIS_GRAMMAR.contains(lemma) || lexicon.isCue(CF.IrrealisCue, lemma);
    }

    /** True for a word (lemma) that introduces what an attack was meant to hit (cf:IntentCue). */
    boolean intends(String lemma) {
        return lexicon.isCue(CF.IntentCue, lemma);
    }

    /** True for a verb that moves forces away or keeps them somewhere ("withdrawn", "deployed"): cf:Departure. */
    boolean departs(IndexedWord w) {
        return lexicon.isCue(CF.Departure, lemma(w));
    }

    /** "its aircraft had withdrawn", "deployed tanks": a weapon or event noun that forces moved away is no incident. */
    boolean movedAway(IndexedWord h, ParsedSentence p) {
        IndexedWord verb = p.parent(h);
        String rel = p.relationToParent(h);
        return !isVerb(h) && verb != null && isVerb(verb) && departs(verb)
                && (rel.equals("obj") || rel.startsWith("nsubj"));
    }

    /** True for a verb of harm to a thing that names no attack itself ("damaged", "destroyed"): cf:Damage. */
    boolean damages(IndexedWord w) {
        return lexicon.isCue(CF.Damage, lemma(w));
    }

    /** "a bombing claimed by the group": who owns an event noun by a participle of claiming (cf:Claiming). */
    List<IndexedWord> claimedBy(IndexedWord h, ParsedSentence p) {
        return p.children(h, "acl").stream().filter(v -> lexicon.isCue(CF.Claiming, lemma(v)))
                .flatMap(v -> p.children(v, "obl:agent", "obl:by").stream()).toList();
    }

    /** "a number of", "a series of", "dozens of": a quantity in front of a noun, not its modifier (cf:QuantityNoun). */
    boolean isQuantityNoun(String lemma) {
        return lexicon.isCue(CF.QuantityNoun, lemma);
    }

    /** "the loss of life", "civilian casualties": a harm (cf:HarmNoun) or a count's noun, which no one can be. */
    boolean namesHarm(IndexedWord w) {
        boolean named = w.ner() != null && !"O".equals(w.ner()) || ParsedSentence.isPronoun(w);
        return !named && (lexicon.isCue(CF.HarmNoun, lemma(w)) || lexicon.conceptsOf(lemma(w)).contains(Vocab.KILLED)
                || lexicon.conceptsOf(lemma(w)).contains(Vocab.WOUNDED));
    }

    /** True when a word's lemma is a cue word of the given word-list concept (cf:CueWordLists). */
    boolean is(String concept, IndexedWord w) {
        return is(concept, lemma(w));
    }

    /** Also "Militiamen ...": a capitalised plural the tagger took for a name keeps its "s" in its lemma. */
    boolean isLoose(String concept, IndexedWord w) {
        String word = w.word().toLowerCase(Locale.ROOT);
        return is(concept, w) || is(concept, word)
                || word.endsWith("s") && is(concept, word.substring(0, word.length() - 1));
    }

    /** True when a lemma is a cue word of the given word-list concept (cf:CueWordLists). */
    boolean is(String concept, String lemma) {
        return lexicon.isCue(concept, lemma);
    }

    /** True when a modal, negation, condition or intention governs the trigger: it did not (yet) happen. */
    boolean irrealis(IndexedWord h, ParsedSentence p) {
        IndexedWord w = h;
        String toParent = p.relationToParent(h);
        IndexedWord governor = p.parent(h);
        if (!isVerb(h) && governor != null && isVerb(governor)
                && (toParent.equals("obj") || toParent.startsWith("nsubj") || toParent.startsWith("obl"))) {
            // "aimed to continue attacks": a noun event is as real as the verb it hangs on
            if (unreal(lemma(governor))) {
                return true;
            }
            w = governor;
        }
        for (int hop = 0; hop < 4 && w != null; hop++) {
            for (IndexedWord c : p.children(w, "aux", "advmod", "mark", "neg")) {
                if (unreal(lemma(c))) {
                    return true;
                }
            }
            String rel = p.relationToParent(w);
            IndexedWord parent = p.parent(w);
            // "aimed to attack", "an attempt to strike": a to-complement of a word of intention did not happen;
            // an adverbial clause ("threaten the truce when a strike hit") did.
            if (parent != null && (rel.startsWith("xcomp") || rel.startsWith("csubj") || rel.startsWith("acl"))
                    && (unreal(lemma(parent)) || intends(lemma(parent)))) {
                return true;
            }
            if (!(rel.startsWith("xcomp") || rel.startsWith("csubj") || rel.startsWith("ccomp")
                    || rel.startsWith("acl") || rel.startsWith("advcl"))) {
                break;
            }
            w = parent;
        }
        return false;
    }

    /**
     * "Rebels tried to storm X", "troops failed to capture Y": an attack verb under a verb of attempt (cf:AttemptVerb)
     * was made, unless the attempt itself is told as unreal ("might try to", "did not try to").
     */
    boolean attempted(IndexedWord h, ParsedSentence p) {
        IndexedWord parent = p.parent(h);
        return isVerb(h) && parent != null && isVerb(parent) && p.relationToParent(h).startsWith("xcomp")
                && lexicon.isCue(CF.AttemptVerb, lemma(parent)) && !irrealis(parent, p)
                && p.children(h, "advmod", "neg", "aux").stream().noneMatch(c -> unreal(lemma(c)));
    }

    /**
     * "there has been no rocket fire", "no shelling was reported", "no reports of fighting": an event word that "no"
     * stands right before (past its own modifiers), or a report or sign of it that "no" stands before, did not happen.
     * Read on the words, since the parse takes a sentence-initial "No" for an interjection and "no shelling" for an
     * adverb and a gerund.
     */
    boolean absent(IndexedWord h, ParsedSentence p) {
        if (saysNo(h, p)) {
            return true;
        }
        IndexedWord governor = p.parent(h);
        return governor != null && !isVerb(governor) && p.relationToParent(h).equals("nmod:of") && saysNo(governor, p);
    }

    /** True when the word before w and its compound or adjective modifiers is "no". */
    private static boolean saysNo(IndexedWord w, ParsedSentence p) {
        int i = w.index() - 1;
        while (i >= 1 && p.node(i) != null && w.equals(p.parent(p.node(i)))
                && Set.of("compound", "amod").contains(p.relationToParent(p.node(i)))) {
            i--;
        }
        return i >= 1 && p.token(i).word().equalsIgnoreCase("no");
    }

    /** True for a concept of an incident (an attack, an obstruction of aid), not of a truce or of words. */
    boolean isIncidentConcept(String concept) {
        return lexicon.eventClasses().get(concept) != null && !concept.equals(Vocab.CEASEFIRE_EVENT);
    }

    boolean isIncidentTrigger(IndexedWord w, List<Trigger> all) {
        return incidentClassesAt(w, all).findAny().isPresent();
    }

    /** True for the trigger of an act of violence ("air strikes"), not of aid ("aid convoy"). */
    boolean isAttackTrigger(IndexedWord w, List<Trigger> all) {
        return incidentClassesAt(w, all).anyMatch(k -> !k.equals(CF.AidDelivery));
    }

    /** The event classes of the incident triggers (not the ceasefire's own) that cover a word. */
    java.util.stream.Stream<String> incidentClassesAt(IndexedWord w, List<Trigger> all) {
        return all.stream().filter(t -> t.covers(w.index())).flatMap(t -> t.concepts().stream())
                .filter(c -> !c.equals(Vocab.CEASEFIRE_EVENT)).map(c -> lexicon.eventClasses().get(c))
                .filter(java.util.Objects::nonNull);
    }

    /** True for a trigger of aid delivered ("aid convoy", "relief"). */
    boolean isAidTrigger(Trigger t) {
        return t.concepts().stream().anyMatch(c -> CF.AidDelivery.equals(lexicon.eventClasses().get(c)));
    }

    /** True for an event concept of aid obstructed (cf:AidObstruction). */
    boolean obstructsAid(String concept) {
        return CF.AidObstruction.equals(lexicon.eventClasses().get(concept));
    }

    /** "began the shelling", "carried out strikes": a verb (with its particle) whose subject does its object. */
    boolean launches(IndexedWord verb, ParsedSentence p) {
        String key = lemma(verb) + p.children(verb, "compound:prt").stream().map(x -> " " + lemma(x))
                .findFirst().orElse("");
        return lexicon.conceptsOf(key).contains(CF.Launch);
    }

    /**
     * The word that tells an event as one more than those told before: a determiner or adjective of the event noun
     * ("another raid", "further strikes"), or an adverb of the event verb, or of the verb that reports, carries out
     * or aims the event noun ("also shelled", "strikes were also reported", "the jets also targeted").
     */
    java.util.Optional<IndexedWord> additive(IndexedWord h, ParsedSentence p) {
        List<IndexedWord> cues = new java.util.ArrayList<>(isVerb(h) ? p.children(h, "advmod")
                : p.children(h, "det", "amod"));
        IndexedWord governor = p.parent(h);
        if (!isVerb(h) && governor != null && isVerb(governor) && (launches(governor, p) || isSpeech(governor, p)
                || isStrikeWord(governor))) {
            cues.addAll(p.children(governor, "advmod"));
        }
        return cues.stream().filter(w -> lexicon.conceptsOf(lemma(w)).contains(CF.Additive)).findFirst();
    }

    /** "brokered", "mediated", "led": the end of "UN-brokered" or "AU-led" is a verb of mediating or leading. */
    boolean mediatingSuffix(String suffix) {
        for (String form : List.of(suffix, suffix.replaceAll("e?d$", ""), suffix.replaceAll("d$", ""),
                suffix.equals("led") ? "lead" : suffix)) {
            Set<String> concepts = lexicon.conceptsOf(form);
            if (concepts.contains(Vocab.MEDIATE) || concepts.contains(CF.Leading)) {
                return true;
            }
        }
        return false;
    }

    boolean isCeasefireWord(IndexedWord w, List<Trigger> all) {
        for (Trigger t : all) {
            if (t.covers(w.index()) && t.concepts().contains(Vocab.CEASEFIRE_EVENT)) {
                return true;
            }
        }
        return false;
    }

    /** The cf: event class an event concept creates (cf:Airstrike for cameo:195), or null. */
    String eventClass(String concept) {
        return lexicon.eventClasses().get(concept);
    }

    /** "the rebel assault": a word for a fighting side (cf:SideNoun, listed in the plural), even tagged as an adjective. */
    boolean isSideWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return lexicon.isCue(CF.SideNoun, w) || lexicon.isCue(CF.SideNoun, w + "s");
    }

    /** True when the gazetteer names a place by this word and the words compounded in front of it ("Azaz"). */
    boolean isPlaceName(IndexedWord w, ParsedSentence p) {
        int begin = p.children(w, "compound").stream().mapToInt(IndexedWord::index).filter(i -> i < w.index())
                .min().orElse(w.index());
        return names.placeNamed(p.tokenSpan(begin, w.index()).text()).isPresent();
    }

    /** True when the gazetteer names an actor by this word and the words compounded in front of it ("Hamas"). */
    boolean isActorName(IndexedWord w, ParsedSentence p) {
        int begin = p.children(w, "compound").stream().mapToInt(IndexedWord::index).filter(i -> i < w.index())
                .min().orElse(w.index());
        return names.resolve(p.tokenSpan(begin, w.index()).text()).filter(m -> m.entry().isActor()).isPresent();
    }

    boolean isStrikeWord(IndexedWord w) {
        return lexicon.conceptsOf(lemma(w)).stream().map(c -> lexicon.eventClasses().get(c))
                .anyMatch(k -> k != null && !k.equals(CF.Ceasefire) && !k.equals(CF.AidDelivery))
                || lemma(w).equals("target");
    }

    boolean isAccusation(IndexedWord w) {
        return lexicon.conceptsOf(lemma(w)).stream().anyMatch(c -> c.startsWith(Vocab.CAMEO + "11"));
    }

    /** Who does what a verb tells: its subject and its by-agent; a participle told passively has only the by-phrase. */
    List<IndexedWord> doers(IndexedWord verb, ParsedSentence p) {
        return passiveParticiple(verb, p) ? p.children(verb, "obl:agent", "obl:by") : p.children(verb, "nsubj", "obl:agent");
    }

    /**
     * Who undergoes what a past participle tells besides its object: "villages shelled by the army" (a participle the
     * parse takes for a clause, the villages its subject) and "a convoy attacked near X" (one hung on the noun) the
     * noun the participle tells of.
     */
    List<IndexedWord> participleUndergoers(IndexedWord verb, ParsedSentence p) {
        List<IndexedWord> out = new ArrayList<>();
        if (passiveParticiple(verb, p)) {
            out.addAll(p.children(verb, "nsubj"));
        }
        IndexedWord noun = participleOf(verb, p);
        if (noun != null) {
            out.add(noun);
        }
        return out;
    }

    /** A past participle with no auxiliary, told of a noun (its subject or the noun it hangs on), by someone. */
    private static boolean passiveParticiple(IndexedWord verb, ParsedSentence p) {
        return "VBN".equals(verb.tag()) && p.children(verb, "aux", "aux:pass").isEmpty()
                && (!p.children(verb, "nsubj").isEmpty() || participleOf(verb, p) != null)
                && p.children(verb, "obl:by", "obl:agent").stream().anyMatch(b -> b.tag().startsWith("NN") && !isDate(b));
    }

    /** The noun a past participle hangs on ("a convoy attacked near X"), or null. */
    private static IndexedWord participleOf(IndexedWord verb, ParsedSentence p) {
        IndexedWord noun = p.parent(verb);
        return "VBN".equals(verb.tag()) && noun != null && p.relationToParent(verb).equals("acl")
                && String.valueOf(noun.tag()).startsWith("NN") ? noun : null;
    }

    /** Who does what a subjectless clause under a verb tells: its subject, or the accused of "accused X of doing". */
    List<IndexedWord> doersUnder(IndexedWord governor, String rel, ParsedSentence p) {
        return isAccusation(governor) && rel.matches("advcl:(of|for)") ? p.children(governor, "obj")
                : p.children(governor, "nsubj");
    }

    boolean isSpeech(IndexedWord w, ParsedSentence p) {
        if (w == null || !isVerb(w)) {
            return false; // "Islamic State", "the report": nouns that share a verb of saying's lemma
        }
        if (lexicon.conceptsOf(lemma(w)).contains(Vocab.SPEECH)) {
            return true;
        }
        for (IndexedWord prt : p.children(w, "compound:prt")) {
            if (lexicon.conceptsOf(lemma(w) + " " + lemma(prt)).contains(Vocab.SPEECH)) {
                return true;
            }
        }
        return false;
    }

    void addActor(List<Argument> args, String role, IndexedWord w, ParsedSentence p, Resolver r) {
        Argument a = r.arg(role, w);
        int before = p.token(w.index()).beginPosition() == a.span().begin() ? w.index() - 1 : -1;
        if (before >= 1 && p.token(before).word().matches("\\p{Lu}{2,}") && !p.token(before).tag().startsWith("NN")
                && names.resolve(p.token(before).word()).filter(m -> m.entry().isActor()).isPresent()) {
            // "after IS militants killed": an acronym the tagger took for a verb still names whose they are
            int begin = p.token(before).beginPosition();
            a = new Argument(role, new Span(begin, a.span().end(), p.textBetween(begin, a.span().end())), a.type(),
                    a.normalized());
        }
        args.add(a);
    }

    /** True when a word's lemma is a trigger of the concept ("envoys" of cf:Position, "mediators" of cameo:045). */
    boolean triggers(String concept, IndexedWord w) {
        return lexicon.conceptsOf(lemma(w).toLowerCase(Locale.ROOT)).contains(concept);
    }

    static Span triggerSpan(IndexedWord w, List<Trigger> all, ParsedSentence p) {
        for (Trigger t : all) {
            if (t.covers(w.index())) {
                return p.tokenSpan(t.first(), t.last());
            }
        }
        return p.tokenSpan(w.index(), w.index());
    }

    static boolean isDate(IndexedWord w) {
        return "DATE".equals(w.ner()) || "TIME".equals(w.ner());
    }

    static boolean isPlaceLike(IndexedWord w) {
        return w.tag() != null && w.tag().equals("NNP") && !"PERSON".equals(w.ner()) && !"ORGANIZATION".equals(w.ner())
                && !isDate(w);
    }

    static IndexedWord first(List<IndexedWord> words) {
        return words.isEmpty() ? null : words.get(0);
    }
}
