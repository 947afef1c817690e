package org.ceasefirekg.extract;

import java.util.List;
import java.util.Optional;

/**
 * Something a sentence says happened, evoked by a trigger word of the lexicon, with its arguments.
 *
 * @param concept  the lexicon concept the trigger evokes (a CAMEO code or a pipeline concept)
 * @param sentence index of the sentence
 * @param trigger  the trigger words
 * @param args     the arguments found in the dependency parse
 */
public record Frame(String concept, int sentence, Span trigger, List<Argument> args) {

    public static final String AGENT = "agent";
    public static final String PATIENT = "patient";
    public static final String INTENDED = "intended";
    public static final String PARTICIPANT = "participant";
    public static final String PLACE = "place";
    public static final String TIME = "time";
    public static final String COUNT = "count";
    public static final String VICTIMS = "victims";
    public static final String QUALIFIER = "qualifier";
    /** The upper end of a count told as a range ("between 20 and 30"): its {@link #COUNT} is the lower end. */
    public static final String UPPER = "upper";
    public static final String ALLEGATION = "allegation";
    public static final String SOURCE = "source";
    public static final String RELAY = "relay";
    public static final String EVENT = "event";
    public static final String SUBJECT = "subject";
    /**
     * Days between the event and the one the article was telling of before it ("two days after": -2); the
     * extractor turns it into a {@link #TIME} when that event has a day.
     */
    public static final String DAYS_APART = "daysApart";
    /** The stretch a toll was counted over ("since the conflict erupted"): a total, not one event's dead. */
    public static final String PERIOD = "period";
    /** The grammar rule ({@code ontology/rules/}) that found the frame: its IRI is the argument's normalized value. */
    public static final String RULE = "rule";
    /** Present when the trigger's noun phrase is definite ("the strike", "this attack", "Assad's airstrikes"). */
    public static final String DEFINITE = "definite";
    /** Present when the event is told as one more ("another strike", "also shelled"): not the one told before. */
    public static final String ADDITIVE = "additive";
    /**
     * Present on talks told in a sentence that tells no ceasefire ("Talks in Doha ended on Friday."): they place the
     * agreement only when the next sentence of the paragraph tells it ({@link TalksBefore}).
     */
    public static final String TALKS_ALONE = "talks alone";
    /** A patient's normalized value when it stands for "each other" ("X and Y traded accusations"). */
    public static final String MUTUAL = "each other";

    /** Returns the arguments with the given role, in order. */
    public List<Argument> all(String role) {
        return args.stream().filter(a -> a.role().equals(role)).toList();
    }

    /** Returns the first argument with the given role. */
    public Optional<Argument> first(String role) {
        return args.stream().filter(a -> a.role().equals(role)).findFirst();
    }
}
