package org.ceasefirekg.lexicon;

/** IRIs of the ceasefire ontology and the namespaces the pipeline mints in; the ontology files declare each term. */
public final class Vocab {
    private Vocab() {}

    public static final String BASE = "https://w3id.org/ceasefire-kg/";
    public static final String CF = BASE + "ontology#";
    public static final String CAMEO = BASE + "cameo/";
    public static final String ID = BASE + "id/";
    public static final String ACTOR = ID + "actor/";
    public static final String PLACE = ID + "place/";

    /** Returns the IRI of the ontology term with the given local name. */
    public static String cf(String localName) {
        return CF + localName;
    }

    public static final String KILLED = org.ceasefirekg.lexicon.CF.Killed;
    public static final String WOUNDED = org.ceasefirekg.lexicon.CF.Wounded;
    public static final String VIOLATION_COUNT = org.ceasefirekg.lexicon.CF.ViolationCount;
    public static final String SPEECH = org.ceasefirekg.lexicon.CF.Speech;
    public static final String CEASEFIRE_START = org.ceasefirekg.lexicon.CF.CeasefireStart;
    /** Transcript labels of unnamed questioners and hosts ("Q", "MODERATOR"): their turns are no one's quotes. */
    public static final String QUESTIONER = org.ceasefirekg.lexicon.CF.Questioner;
    public static final String CEASEFIRE_END = org.ceasefirekg.lexicon.CF.CeasefireEnd;
    public static final String CEASEFIRE_EXTENSION = org.ceasefirekg.lexicon.CF.CeasefireExtension;
    public static final String POSITION = org.ceasefirekg.lexicon.CF.Position;
    public static final String PLACE_NOUN = org.ceasefirekg.lexicon.CF.PlaceNoun;
    /** Verbs saying whom a person acts for ("X represents the Y Front"): the body after them is the affiliation. */
    public static final String MEMBERSHIP = org.ceasefirekg.lexicon.CF.Membership;

    public static final String CEASEFIRE_EVENT = CAMEO + "0871";
    public static final String ACCUSE = CAMEO + "112";
    public static final String DENY = CAMEO + "016";
    public static final String SIGN = CAMEO + "057";
    public static final String MEDIATE = CAMEO + "045";
    public static final String NEGOTIATE = CAMEO + "046";
    public static final String VIOLATE = CAMEO + "196";
}
