package org.ceasefirekg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.GazetteerEntry;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/**
 * The voice of an official statement. A text that speaks for its issuer ("We condemn ...", a heading "Statement by
 * the Spokesperson for ...") asserts in its own voice, as a news story does in the outlet's: when it names its issuer
 * as the one condemning or saying ("The Ministry condemns", "The Council calls on", a State Department statement's
 * "The United States condemns"), the claim has no claimant of its own. A transcript's turns have speakers instead.
 */
final class IssuerVoice {
    /** A heading that calls the text a statement, communique, readout or press release. */
    private static final Pattern HEADING = Pattern.compile("(?i)^\\W*(?:(?:joint|press|official|final)\\s+)*"
            + "(?:statement|communiqu[e\u00e9]|readout|press release|declaration)\\b");
    /**
     * Words of the first person plural, the issuer speaking ("We call on", "our partners"); a broadcast's "I'm Jane
     * Roe" is no issuer's (a statement in the singular, "I welcome", has a heading).
     */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|us)\\b");
    /** Words that are the issuer when they are the whole argument ("I hold them responsible"). */
    private static final Pattern PRONOUN = Pattern.compile("(?:[Ww]e|[Oo]ur|us|I)");
    /** Quoted words, where the first person is someone else's. */
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C][^\"\u201C\u201D]*[\"\u201D]");
    /** The capitalised name opening a text ("The Ministry of Foreign Affairs of the Republic of Kenya welcomes"). */
    private static final Pattern OPENING_NAME = Pattern.compile(
            "\\A\\s*(?:The\\s+)?((?:\\p{Lu}[\\p{L}'\\-]*|of|the|and|for|on)"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}'\\-]*|of|the|and|for|on))*)");
    private static final Set<String> LINKS = Set.of("of", "the", "and", "for", "on");

    /** "Statement of the Free Tesk Movement", "STATEMENT BY THE X FRONT": the issuer a heading names. */
    private static final Pattern HEADING_ISSUER = Pattern.compile("^\\W*(?i:(?:(?:joint|press|official|final)\\s+)*"
            + "(?:statement|communiqu[e\u00e9]|declaration|press release)\\s*(?:of|by|from|:)\\s+(?:the\\s+)?)"
            + "(\\p{Lu}[\\p{L}'\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\\-]*|of|the|and|for|OF|THE|AND|FOR))*)");

    /** "We", "us", "our government", "my country": the issuer speaking of itself as a whole. */
    private static final Pattern OURSELVES = Pattern.compile("(?i)we|us|(?:our|my)\\s+(?:own\\s+)?(?:government|"
            + "country|state|nation|ministry|organi[sz]ation|union|movement|office|administration)");

    private final Set<String> heads = new HashSet<>();
    /** The publisher when it is an office or body ("Embassy of X"), where no heading names the issuer. */
    private Span officeIssuer;
    /** The issuer the heading names, where the text is written: who "we" are when the text declares a truce. */
    private Span headingIssuer;
    private final Set<String> selves = new HashSet<>();
    private final boolean speaksAsIssuer;
    private final NameIndex names;
    private final Lexicon lexicon;

    /**
     * Reads who issued the text: its publisher, headline and opening name give the nouns it refers to itself by
     * ("Ministry", "Council", "Secretary-General"), and the publisher with the states or bodies it is an office of
     * (a ministry's state).
     */
    IssuerVoice(Article article, Lexicon lexicon, NameIndex names, Set<String> questioners) {
        this.names = names;
        this.lexicon = lexicon;
        String text = article.text();
        String firstLine = text.strip().lines().findFirst().orElse("");
        String title = article.title() == null ? "" : article.title();
        boolean heading = HEADING.matcher(title).find() || HEADING.matcher(firstLine).find();
        boolean transcript = !TranscriptTurns.find(text, questioners).isEmpty();
        this.speaksAsIssuer = !transcript
                && (heading || FIRST_PERSON.matcher(QUOTED.matcher(text).replaceAll(" ")).find());
        Matcher named = HEADING_ISSUER.matcher(firstLine);
        if (named.find() && !transcript) {
            int at = text.indexOf(firstLine) + named.start(1);
            String name = named.group(1).replaceFirst("(?i)\\s+(?:of|the|and|for)$", "");
            headingIssuer = new Span(at, at + name.length(), name);
        }
        String publisher = article.publisher() == null ? "" : article.publisher();
        Matcher opening = OPENING_NAME.matcher(text);
        String issuer = publisher + " " + title + " " + (heading ? firstLine : "") + " "
                + (opening.find() ? opening.group(1) : "");
        for (String w : issuer.split("[^\\p{L}\\-]+")) {
            String word = w.toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
                    && (lexicon.isCue(CF.BodyNoun, word) || lexicon.isCue(CF.IssuerNoun, word))) {
                heads.add(word);
            }
        }
        // the publisher, else the name a sentence opens the text with ("The Foreign Ministry of X welcomes ...."),
        // not a heading's words
        boolean sentence = firstLine.strip().matches("(?s).*[.!?\"\u201D]");
        officeIssuer = !speaksAsIssuer ? null : office(new Span(0, 0, publisher)).orElse(sentence && opening.find(0)
                ? office(new Span(opening.start(1), opening.end(1), opening.group(1))).orElse(null) : null);
        // the publisher, and the state or body it is an office of (a ministry's state; a seat of government's name
        // standing for its state)
        GazetteerEntry at = names.find(publisher).stream().filter(m -> m.entry().isActor() && !m.entry().isPerson())
                .findFirst().map(NameIndex.Match::entry).orElse(null);
        while (at != null && selves.add(at.iri())) {
            at = at.affiliation() == null ? null : lexicon.entries().get(at.affiliation());
        }
    }

    /**
     * The name as an issuer's span when its head ("Ministry" of "the Foreign Ministry of X", the word before the first
     * "of", else the last) is an office or body noun of the issuer: "Notes on the X Front" is no issuer.
     */
    private Optional<Span> office(Span name) {
        List<String> words = java.util.Arrays.asList(name.text().strip().replaceFirst("(?:\\s+(?:of|the|and|for|on))+$",
                "").split("\\s+"));
        int of = words.indexOf("of");
        String head = words.get(of > 0 ? of - 1 : words.size() - 1).toLowerCase(Locale.ROOT);
        return heads.contains(head) ? Optional.of(name) : Optional.empty();
    }

    /**
     * Returns the frames with the issuer's own names dropped as sources, and as agents of accusations and denials;
     * unchanged when the text does not speak for an issuer.
     */
    List<Frame> apply(List<Frame> frames) {
        if (!speaksAsIssuer) {
            return frames;
        }
        List<Frame> out = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            boolean accusing = f.concept().startsWith(Vocab.CAMEO + "11") || f.concept().equals(Vocab.DENY);
            List<Argument> args = f.args().stream().filter(a -> !(a.role().equals(Frame.SOURCE)
                    || accusing && a.role().equals(Frame.AGENT)) || !namesIssuer(a.span().text())).toList();
            args = asHeadingIssuer(f, args);
            out.add(args.equals(f.args()) ? f : new Frame(f.concept(), f.sentence(), f.trigger(), args));
        }
        return out.stream().map(f -> withBlamedDoer(f, out)).toList();
    }

    /**
     * "We announce a unilateral ceasefire", "we brokered the agreement", "our government facilitated the talks": in a
     * statement, "we" who sign or broker a truce are its issuer, the one its heading names or else its publisher when
     * that is an office or body ("Ministry of Foreign Affairs of X"), as a third-person "The Ministry" is.
     */
    private List<Argument> asHeadingIssuer(Frame f, List<Argument> args) {
        Span issuer = headingIssuer != null ? headingIssuer : officeIssuer;
        if (issuer == null || !f.concept().equals(Vocab.SIGN) && !f.concept().equals(Vocab.MEDIATE)) {
            return args;
        }
        return args.stream().map(a -> a.role().equals(Frame.AGENT) && OURSELVES.matcher(a.span().text().strip())
                .matches() ? new Argument(Frame.AGENT, issuer, "ORGANIZATION", null) : a).toList();
    }

    /**
     * "We hold the militia responsible for the attack on the market", "we accuse the army of violating the truce
     * by bombing the village": an act the statement itself blames someone for, with no doer of its own (or the
     * issuer, a parse's slip), was done by the one blamed.
     */
    private Frame withBlamedDoer(Frame f, List<Frame> frames) {
        String kind = lexicon.eventClasses().get(f.concept());
        if (kind == null || kind.equals(CF.Ceasefire) || kind.equals(CF.AidDelivery)
                || f.all(Frame.AGENT).stream().anyMatch(a -> !namesIssuer(a.span().text()))) {
            return f;
        }
        for (Frame blame : frames) {
            Argument what = blame.first(Frame.ALLEGATION).orElse(null);
            Argument who = blame.first(Frame.PATIENT).orElse(null);
            if (blame.concept().equals(Vocab.CAMEO + "112") && blame.sentence() == f.sentence() && what != null
                    && who != null && blame.first(Frame.AGENT).isEmpty() && blame.first(Frame.SOURCE).isEmpty()
                    && what.span().begin() <= f.trigger().begin() && f.trigger().end() <= what.span().end()) {
                List<Argument> args = new ArrayList<>(f.args().stream().filter(a -> !a.role().equals(Frame.AGENT)
                        && !a.role().equals(Frame.SOURCE)).toList());
                args.add(new Argument(Frame.AGENT, who.span(), who.type(), null));
                return new Frame(f.concept(), f.sentence(), f.trigger(), args);
            }
        }
        return f;
    }

    /**
     * Returns the frames without the accusations a question puts ("Do you hold the army responsible for the
     * shelling?"): asking accuses no one. The events it asks about stay.
     */
    static List<Frame> unasked(List<Frame> frames, List<Sentence> sentences) {
        return frames.stream().filter(f -> !(f.concept().startsWith(Vocab.CAMEO + "11")
                && sentences.get(f.sentence()).span().text().strip().endsWith("?"))).toList();
    }

    /** "The Ministry", "the Peace and Security Council", or the publisher's own state: the issuer itself. */
    boolean namesIssuer(String phrase) {
        if (PRONOUN.matcher(phrase.strip()).matches()) {
            return true;
        }
        String name = NameIndex.clean(phrase);
        String[] words = name.split("\\s+");
        boolean capitalised = words.length <= 6 && java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty()
                && (Character.isUpperCase(w.charAt(0)) || LINKS.contains(w)));
        // the head of "the Embassy of Sweden" is the word before "of"
        int of = java.util.Arrays.asList(words).indexOf("of");
        String head = words[of > 0 ? of - 1 : words.length - 1].toLowerCase(Locale.ROOT);
        if (capitalised && heads.contains(head)) {
            return true;
        }
        return names.resolve(name).filter(m -> m.begin() == 0 && m.end() >= name.length())
                .map(m -> selves.contains(m.entry().iri())).orElse(false);
    }
}
