package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.CoreLabel;
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
 * The extraction rules: where the dependency parse puts the agent, patient, place, time, count and source of each
 * trigger the lexicon knows. This class finds the triggers and hands each to the rules of its kind of frame
 * ({@link IncidentFrames}, {@link CasualtyFrames}, {@link AccusationFrames}, {@link CeasefireFrames}) and to the
 * lexicon's grammar rules. The rules name grammatical relations and closed-class words only; every content word
 * they react to comes from the lexicon in {@code ontology/}.
 */
final class FrameRules {
    private final Lexicon lexicon;
    private final int longest;
    private final GrammarRules grammar;
    /** Finds who says what a sentence tells; the article extractor asks it for the speakers of quotes too. */
    final Attribution attribution;
    /** Finds whose words a quote are. */
    final QuoteSpeakers quoteSpeakers;
    private final IncidentFrames incidents;
    private final CasualtyFrames casualties;
    private final AccusationFrames accusations;
    private final CeasefireFrames ceasefires;
    private final AttackSenses senses;
    private final CaptureSenses captures;

    /** A sentence's triggers; the next sentence reads them again (what "it" may stand for). */
    private record Found(ParsedSentence sentence, List<Trigger> triggers) {}

    /** The triggers of the sentence this thread read last: sentences are read in order, so it is the one before. */
    /** Taking ground (cameo:192): an incident only when ground is taken. */
    private static final String CAPTURE = Vocab.CAMEO + "192";

    private final ThreadLocal<Found> lastFound = new ThreadLocal<>();

    FrameRules(Lexicon lexicon, NameIndex names) {
        this.lexicon = lexicon;
        this.longest = lexicon.longestTrigger();
        Cues cues = new Cues(lexicon, names);
        Places places = new Places(lexicon, names, cues);
        this.attribution = new Attribution(lexicon, cues);
        this.quoteSpeakers = new QuoteSpeakers(lexicon, cues, attribution);
        this.grammar = new GrammarRules(lexicon, cues, attribution, places);
        this.incidents = new IncidentFrames(cues, places, attribution);
        this.casualties = new CasualtyFrames(cues, places, attribution);
        this.accusations = new AccusationFrames(lexicon, cues, attribution);
        this.ceasefires = new CeasefireFrames(cues, places, attribution);
        this.senses = new AttackSenses(cues);
        this.captures = new CaptureSenses(cues);
    }

    List<Frame> apply(ParsedSentence p, Resolver r) {
        List<Frame> frames = new ArrayList<>();
        if (p.graph == null) {
            return frames;
        }
        List<Trigger> triggers = triggers(p);
        ParsedSentence previous = p.index == 0 ? null : r.article().get(p.index - 1);
        Found last = lastFound.get();
        List<Trigger> before = previous == null ? List.of()
                : last != null && last.sentence() == previous ? last.triggers() : triggers(previous);
        lastFound.set(new Found(p, triggers));
        frames.addAll(grammar.apply(p, triggers, before, r));
        frames.addAll(ceasefires.hyphenBrokers(p, triggers, r));
        for (Trigger t : triggers) {
            for (String concept : t.concepts()) {
                Frame f = frame(concept, t, triggers, before, p, r);
                Frame rule = concept.equals(CAPTURE) ? captures.ruleFrame(t, frames, p) : null;
                if (rule != null) {
                    // "rebels seized the town of X": the rule that found the place told this taking
                    if (f != null) {
                        frames.set(frames.indexOf(rule), captures.merged(rule, f, t, p, r));
                    }
                    continue;
                }
                if (f != null) {
                    frames.add(f);
                    if (concept.equals(Vocab.KILLED) || concept.equals(Vocab.WOUNDED)) {
                        frames.addAll(casualties.includedCounts(f, p));
                    }
                }
            }
        }
        Frame unnamed = ceasefires.agreedUnnamed(triggers, frames, p, r);
        if (unnamed != null) {
            frames.add(unnamed);
        }
        List<Frame> own = OtherAgreements.dropOthers(frames, p, r.article(), s -> s == p ? triggers : triggers(s));
        return sharedAcrossCounts(own.stream().map(f -> f.concept().equals(Vocab.CEASEFIRE_START) ? zoned(f, p) : f)
                .toList(), p);
    }

    /**
     * A start time takes the day told beside it ("at 6 p.m. on Sunday"), and one told in a city's time ("6 a.m.
     * Beirut time") or with its GMT time ("noon (0900 GMT)") carries its offset.
     */
    private static Frame zoned(Frame f, ParsedSentence p) {
        List<Argument> args = f.args().stream()
                .map(a -> a.role().equals(Frame.TIME) ? ClockTimes.fourDigitClock(a, p) : a).filter(a -> a != null)
                .map(a -> a.role().equals(Frame.TIME) ? ClockTimes.zoned(ClockTimes.dated(a, p), p) : a).toList();
        return new Frame(f.concept(), f.sentence(), f.trigger(), args);
    }

    /**
     * "Nine nurses were killed ... the health directorate said ... and more than 14 were injured": a count told
     * with no victims or source of its own shares those of the sentence's first count that has them.
     */
    private static List<Frame> sharedAcrossCounts(List<Frame> frames, ParsedSentence p) {
        List<Frame> counts = frames.stream()
                .filter(f -> f.concept().equals(Vocab.KILLED) || f.concept().equals(Vocab.WOUNDED)).toList();
        if (counts.size() < 2) {
            return frames;
        }
        List<Frame> out = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            if (!counts.contains(f)) {
                out.add(f);
                continue;
            }
            List<Argument> args = new ArrayList<>(f.args());
            // only a bare number ("25 were injured") shares victims: "five others were killed" are other people
            boolean bare = f.first(Frame.COUNT).map(c -> p.textBetween(c.span().end(), p.token(p.tokens.size())
                    .endPosition()).matches("(?s)\\s*(were|was|are|is|have|had|more)\\b.*")).orElse(false);
            for (String role : bare ? List.of(Frame.VICTIMS, Frame.SOURCE) : List.of(Frame.SOURCE)) {
                if (f.first(role).isEmpty()) {
                    counts.stream().filter(g -> g != f && g.first(Frame.PERIOD).isEmpty())
                            .flatMap(g -> g.first(role).stream()).findFirst().ifPresent(args::add);
                }
            }
            out.add(new Frame(f.concept(), f.sentence(), f.trigger(), args));
        }
        return out;
    }

    /** Finds lexicon triggers: the longest lemma sequence first; possessive pronouns inside may be skipped. */
    List<Trigger> triggers(ParsedSentence p) {
        List<Trigger> found = new ArrayList<>();
        int n = p.tokens.size();
        for (int i = 1; i <= n; i++) {
            for (int len = Math.min(longest, n - i + 1); len >= 1; len--) {
                StringBuilder key = new StringBuilder();
                StringBuilder singular = new StringBuilder();
                int last = i - 1;
                int words = 0;
                while (words < len && last < n) {
                    last++;
                    CoreLabel t = p.token(last);
                    if (words > 0 && "PRP$".equals(t.tag()) && last < n) {
                        continue;
                    }
                    String lemma = t.lemma() == null ? t.word() : t.lemma();
                    key.append(words == 0 ? "" : " ").append(lemma);
                    // "Airstrikes hit the market": a capitalised plural tagged as a proper noun keeps its "s" as lemma
                    boolean properPlural = String.valueOf(t.tag()).startsWith("NNP") && lemma.endsWith("s")
                            && lemma.length() > 3;
                    // ("Cessation of Hostilities": -ies is -y)
                    String one = !properPlural ? lemma : lemma.toLowerCase(Locale.ROOT).endsWith("ies")
                            ? lemma.substring(0, lemma.length() - 3) + "y" : lemma.substring(0, lemma.length() - 1);
                    singular.append(words == 0 ? "" : " ").append(one);
                    words++;
                }
                Set<String> concepts = lexicon.conceptsOf(key.toString());
                if (concepts.isEmpty()) {
                    concepts = lexicon.conceptsOf(singular.toString());
                }
                if (words == len && !concepts.isEmpty()) {
                    IndexedWord head = headOf(p, i, last);
                    if (head != null) {
                        found.add(new Trigger(i, last, head, concepts));
                    }
                    i = last;
                    break;
                }
            }
        }
        verbObjectTriggers(p, found);
        return found;
    }

    /**
     * "claimed more than 300000 lives" is "claim life", "called the truce off" is "call off", "set the homes ablaze"
     * is "set ablaze": a verb and its object, its particle or its predicate make a trigger with words between.
     */
    private void verbObjectTriggers(ParsedSentence p, List<Trigger> found) {
        for (int i = 1; i <= p.tokens.size(); i++) {
            IndexedWord verb = p.node(i);
            if (verb == null || !isVerb(verb)) {
                continue;
            }
            for (IndexedWord object : p.children(verb, "obj", "compound:prt", "xcomp")) {
                Set<String> concepts = lexicon.conceptsOf(lemma(verb) + " " + lemma(object));
                if (!concepts.isEmpty() && object.index() > verb.index() + 1) {
                    int at = i;
                    found.removeIf(t -> t.covers(at));
                    found.add(new Trigger(i, i, verb, concepts));
                    found.sort(java.util.Comparator.comparingInt(Trigger::first));
                }
            }
        }
    }

    private static IndexedWord headOf(ParsedSentence p, int first, int last) {
        for (int i = first; i <= last; i++) {
            IndexedWord w = p.node(i);
            if (w == null) {
                continue;
            }
            IndexedWord parent = p.parent(w);
            if (parent == null || parent.index() < first || parent.index() > last) {
                return w;
            }
        }
        return null;
    }

    private Frame frame(String concept, Trigger t, List<Trigger> all, List<Trigger> before, ParsedSentence p,
                        Resolver r) {
        String eventClass = lexicon.eventClasses().get(concept);
        if (concept.equals(Vocab.KILLED) || concept.equals(Vocab.WOUNDED)) {
            return casualties.casualty(concept, t, all, p, r);
        } else if (concept.equals(Vocab.VIOLATION_COUNT)) {
            return casualties.violation(concept, t, p, r);
        } else if (concept.startsWith(Vocab.CAMEO + "11") || concept.equals(Vocab.DENY)) {
            return accusations.accusation(concept, t, all, p, r);
        } else if (concept.equals(Vocab.VIOLATE)) {
            return accusations.violationStatement(concept, t, all, p, r);
        } else if (concept.equals(Vocab.SIGN) || concept.equals(Vocab.MEDIATE)) {
            return ceasefires.agreement(concept, t, all, p, r);
        } else if (concept.equals(Vocab.NEGOTIATE)) {
            return ceasefires.negotiation(concept, t, all, p, r);
        } else if (concept.equals(CF.Talks)) {
            return ceasefires.talks(t, all, p, r);
        } else if (concept.equals(Vocab.CEASEFIRE_START) || concept.equals(Vocab.CEASEFIRE_END)
                || concept.equals(Vocab.CEASEFIRE_EXTENSION)) {
            return ceasefires.ceasefirePhase(concept, t, all, before, p, r);
        } else if (eventClass != null && eventClass.equals(CF.AidDelivery)) {
            return incidents.aid(concept, t, p, r);
        } else if (concept.equals(CAPTURE)) {
            Frame f = captures.noGround(t, p) ? null : incidents.incident(concept, t, all, p, r);
            return f == null ? null : captures.shaped(f, t, p, r);
        } else if (eventClass != null && !concept.equals(Vocab.CEASEFIRE_EVENT)) {
            return senses.otherSense(t, p) ? null : incidents.incident(concept, t, all, p, r);
        }
        return null;
    }
}
