package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.Optional;
import java.util.Set;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/**
 * Turns a CoreNLP annotation into our own records: sentences, entities, quotes with speakers, and the frames that
 * the lexicon's triggers evoke. Cheap compared with annotating, so a lexicon change re-runs only this.
 */
public final class ArticleExtractor {
    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY", "LOCATION",
            "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION", "IDEOLOGY");

    /** Days told relative to when the words were spoken. */
    private static final java.util.regex.Pattern DEICTIC_DAYS = java.util.regex.Pattern.compile(
            "(?i)\\b(today|tonight|yesterday|tomorrow|this (morning|afternoon|evening)|last night)\\b");

    private final Lexicon lexicon;
    private final FrameRules rules;
    private final PersonRoles roles;
    private final WordingReader wording;
    private final EventNounAgents eventNounAgents;
    private final TitlePeople titlePeople;
    private final AddressedNames addressed;
    private final NameIndex names;

    /** Creates an extractor for the given lexicon. */
    public ArticleExtractor(Lexicon lexicon) {
        this(lexicon, new NameIndex(lexicon));
    }

    /** Creates an extractor that shares a name index built once for the lexicon (it is read-only). */
    public ArticleExtractor(Lexicon lexicon, NameIndex names) {
        this.lexicon = lexicon;
        this.rules = new FrameRules(lexicon, names);
        this.roles = new PersonRoles(lexicon, names);
        this.wording = new WordingReader(lexicon, names);
        this.eventNounAgents = new EventNounAgents(lexicon, names);
        this.titlePeople = new TitlePeople(lexicon, names);
        this.addressed = new AddressedNames(lexicon, names);
        this.names = names;
    }

    /** Returns the lexicon this extractor matches triggers from. */
    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * Extracts the records of one annotated article.
     *
     * @param referenceDate the date the annotation resolved relative dates against, or null
     * @param dateInferred  true when that date was read from the text
     */
    public AnnotatedArticle extract(Article article, Annotation annotation, String referenceDate, boolean dateInferred) {
        CoreDocument doc = new CoreDocument(annotation);
        String text = article.text();
        Coreference coref = new Coreference(annotation);
        List<Sentence> sentences = new ArrayList<>();
        List<ParsedSentence> parsed = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<Frame> frames = new ArrayList<>();
        int tokenCount = 0;
        for (CoreSentence s : doc.sentences()) {
            int index = sentences.size();
            List<CoreLabel> tokens = s.tokens();
            tokenCount += tokens.size();
            int begin = tokens.get(0).beginPosition();
            int end = tokens.get(tokens.size() - 1).endPosition();
            sentences.add(new Sentence(index, new Span(begin, end, text.substring(begin, end))));
            ParseRepairs.mend(s.dependencyParse(), tokens);
            parsed.add(new ParsedSentence(index, tokens, s.dependencyParse(), text.substring(begin, end)));
        }
        for (CoreSentence s : doc.sentences()) {
            int index = indexOf(sentences, s.tokens().get(0).beginPosition());
            for (CoreEntityMention m : s.entityMentions()) {
                if (ENTITY_TYPES.contains(m.entityType()) && !sentences.get(index).navigation()) {
                    entities.add(StatementHeader.withByline(StatementHeader.withHeaderTitle(roles.entity(index, m,
                            s.entityMentions(), parsed.get(index)), text, article.publisher()), text,
                            article.publisher()));
                }
            }
        }
        entities = titlePeople.apply(placesTakenForPersons(entities, parsed), text, article.title(),
                article.publisher(), sentences, lexicon.wordsOf(Vocab.QUESTIONER));
        entities = new TitleAnaphora(lexicon).titled(addressed.drop(entities, text,
                lexicon.wordsOf(Vocab.QUESTIONER)), parsed);
        for (ParsedSentence p : parsed) {
            if (Thread.currentThread().isInterrupted()) {
                // The build stopped this article (its time budget ran out): the rules are the long part.
                throw new CancellationException("extraction interrupted");
            }
            if (!sentences.get(p.index).navigation()) {
                frames.addAll(rules.apply(p, new Resolver(p, parsed, coref, lexicon)));
            }
        }
        frames = eventNounAgents.apply(daysApartResolved(frames), text).stream()
                .map(f -> f.concept().equals(Vocab.CEASEFIRE_START) || f.concept().equals(Vocab.CEASEFIRE_END)
                        ? StartWeekdays.ahead(f, parsed.get(f.sentence()), referenceDate)
                        : PastWeekdays.gone(f, referenceDate)).toList();
        frames = TalksBefore.kept(frames, sentences, text);
        frames = ActDoers.filled(frames, parsed, sentences, lexicon, p -> new Resolver(p, parsed, coref, lexicon));
        frames = TruceEnds.added(frames, parsed);
        List<Quote> quotes = new ArrayList<>();
        // Only quotes attributed in their own right start a chain, so one guess does not run through a page.
        List<Quote> attributed = new ArrayList<>();
        // No quotes annotation at all when the document was too long for coreference and quote attribution.
        for (CoreQuote q : doc.quotes() == null ? List.<CoreQuote>of() : doc.quotes()) {
            Quote found = quote(q.quoteCharOffsets().first(), q.quoteCharOffsets().second(), text, sentences, parsed,
                    coref);
            if (SingleQuotes.isName(found.span().text())) {
                continue; // the film "Days of Rain", the daily "Al Nour": a name in quotation marks says nothing
            }
            Span speaker = found.speaker();
            boolean own = speaker != null;
            if (!own && standsAlone(q.quoteCharOffsets().first(), q.quoteCharOffsets().second(), text, sentences)) {
                speaker = previousSpeaker(found.sentence(), attributed, parsed, coref);
            }
            if (speaker == null) {
                // CoreNLP's own attribution is the last resort: it often names someone the quote talks about
                speaker = nearbyCoreNlpSpeaker(q, found.sentence(), sentences);
                own = speaker != null;
            }
            if (speaker != null && speaker.text().strip().matches("(?i)he|she|they|it")) {
                // "... he said", where coreference found no one: the speaker quoted or acting just before
                Span previous = previousSpeaker(found.sentence(), attributed, parsed, coref);
                speaker = previous != null ? previous : speaker;
            }
            Quote quote = new Quote(found.sentence(), found.span(), personFor(speaker, entities));
            quotes.add(quote);
            if (own) {
                attributed.add(quote);
            }
        }
        for (int[] at : SingleQuotes.find(text)) {
            // single quotation marks, which CoreNLP leaves alone: kept when attributed in their own sentence, or
            // when they make a whole sentence right after a quote or a named person's act (the quote runs on)
            Quote found = quotes.stream().anyMatch(q -> q.span().begin() < at[1] && at[0] < q.span().end()) ? null
                    : quote(at[0], at[1], text, sentences, parsed, coref);
            Span speaker = found == null ? null : found.speaker() != null ? found.speaker()
                    : standsAlone(at[0], at[1], text, sentences)
                    ? previousSpeaker(found.sentence(), attributed, parsed, coref) : null;
            if (speaker != null && found.span().text().contains(" ")
                    && !found.span().text().matches("(\\p{Lu}\\S*\\s*)+")) { // "the 'Islamic State' group": a name
                Quote quote = new Quote(found.sentence(), found.span(), personFor(speaker, entities));
                quotes.add(quote);
                if (found.speaker() != null) {
                    attributed.add(quote);
                }
            }
        }
        // A transcript's turns are their speakers' words; quotes inside one with no speaker of their own are too.
        List<Quote> turns = TranscriptTurns.quotes(text, sentences, entities, lexicon.wordsOf(Vocab.QUESTIONER));
        quotes.replaceAll(q -> q.speaker() != null ? q : turns.stream().filter(t -> within(q.span(), t.span()))
                .findFirst().map(t -> new Quote(q.sentence(), q.span(), t.speaker())).orElse(q));
        quotes.addAll(turns);
        // a remarks transcript whose headline names one of its labelled speakers opens with that speaker's words
        turns.stream().map(Quote::speaker).filter(s -> titlePeople.titledInHeadline(s.text(), article.title(),
                article.publisher())).findFirst().map(s -> TranscriptTurns.opening(text, sentences,
                lexicon.wordsOf(Vocab.QUESTIONER), s)).ifPresent(quotes::add);
        List<Frame> voiced = new IssuerVoice(article, lexicon, names, lexicon.wordsOf(Vocab.QUESTIONER))
                .apply(IssuerVoice.unasked(sourced(frames, quotes, entities), sentences));
        return new AnnotatedArticle(article, referenceDate, dateInferred, tokenCount, sentences, entities, quotes,
                voiced, wording.read(text));
    }

    /**
     * "Lena Ortiz head of the Northern Relief Council said": a parse without commas may make the
     * organization the subject; the speaker is the person whose affiliation it is, written next to it.
     */
    private static Span personFor(Span speaker, List<EntityMention> entities) {
        if (speaker == null) {
            return null;
        }
        for (EntityMention e : entities) {
            Span aff = e.affiliation();
            boolean adjacent = aff != null && (aff.begin() >= e.span().end() && aff.begin() - e.span().end() < 60
                    || aff.end() <= e.span().begin() && e.span().begin() - aff.end() < 60);
            if (adjacent && speaker.begin() <= aff.begin() && aff.end() <= speaker.end()
                    && !(speaker.begin() <= e.span().begin() && e.span().end() <= speaker.end())) {
                return e.span();
            }
            // "the agency's regional director, Jane Roe, called it": the parse gives the title, the name holds it
            boolean titleOfName = e.role() != null && !speaker.text().isBlank() && e.role().toLowerCase(Locale.ROOT)
                    .endsWith(speaker.text().strip().toLowerCase(Locale.ROOT)) && speaker.end() <= e.span().begin()
                    && e.span().begin() - speaker.end() < 4;
            if (titleOfName) {
                return e.span();
            }
        }
        return TitleAnaphora.holder(speaker, entities); // "the Minister said": the person holding that title
    }

    /**
     * The frames with their sources settled: a source that is a person's affiliation is that person, and a frame
     * inside a quote, with no source of its own, is the quote's speaker's claim.
     */
    private static List<Frame> sourced(List<Frame> frames, List<Quote> quotes, List<EntityMention> entities) {
        List<Frame> out = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            List<Argument> args = new ArrayList<>(f.args().stream().map(a -> a.role().equals(Frame.SOURCE)
                    ? new Argument(a.role(), personFor(a.span(), entities), a.type(), a.normalized()) : a).toList());
            Quote inside = quotes.stream().filter(q -> q.span().begin() <= f.trigger().begin()
                    && f.trigger().end() <= q.span().end()).findFirst().orElse(null);
            if (inside != null) {
                // "today" in a quote is the day it was said, which the article need not be written on
                args.removeIf(a -> a.role().equals(Frame.TIME) && within(a.span(), inside.span())
                        && DEICTIC_DAYS.matcher(a.span().text()).find());
            }
            if (f.first(Frame.SOURCE).isEmpty() && inside != null && inside.speaker() != null) {
                args.add(new Argument(Frame.SOURCE, inside.speaker(), null, null));
            }
            out.add(new Frame(f.concept(), f.sentence(), f.trigger(), args));
        }
        return out;
    }

    /**
     * "The raid comes three days after rebels shelled a school": a day told as a distance is counted from the last
     * day the article gave an event before it; with none, the frame stays undated.
     */
    private static List<Frame> daysApartResolved(List<Frame> frames) {
        List<Frame> out = new ArrayList<>(frames.size());
        String anchor = null;
        for (Frame f : frames) {
            Argument apart = f.first(Frame.DAYS_APART).orElse(null);
            if (apart != null) {
                List<Argument> args = new ArrayList<>(f.args());
                args.remove(apart);
                if (anchor != null) {
                    String day = java.time.LocalDate.parse(anchor.substring(0, 10))
                            .plusDays(Long.parseLong(apart.normalized())).toString();
                    args.add(new Argument(Frame.TIME, apart.span(), "DATE", day));
                }
                f = new Frame(f.concept(), f.sentence(), f.trigger(), args);
            } else {
                anchor = f.first(Frame.TIME).map(Argument::normalized)
                        .filter(n -> n != null && n.matches("\\d{4}-\\d{2}-\\d{2}.*")).orElse(anchor);
            }
            out.add(f);
        }
        return out;
    }

    private static boolean within(Span inner, Span outer) {
        return outer.begin() <= inner.begin() && inner.end() <= outer.end();
    }

    /**
     * A name the tagger took for a person's is a place when the article writes it as a place elsewhere, or right
     * after a place noun and "of" ("the port of Alderney"): tagging varies between mentions of one name.
     */
    private List<EntityMention> placesTakenForPersons(List<EntityMention> entities, List<ParsedSentence> parsed) {
        Set<String> places = new java.util.HashSet<>();
        EntityMention previous = null;
        for (EntityMention e : entities) {
            if (Cues.LOCATION_TYPES.contains(e.type())) {
                places.add(e.span().text());
                if (previous != null && previous.span().end() + 1 == e.span().begin()) {
                    places.add(previous.span().text() + " " + e.span().text()); // one name the tagger cut in two
                }
                previous = e;
            } else {
                previous = null;
            }
        }
        List<EntityMention> kept = new ArrayList<>();
        for (EntityMention e : entities) {
            boolean place = e.type().equals("PERSON") && (places.contains(e.span().text())
                    || afterPlaceNoun(parsed.get(e.sentence()), e.span())
                    || parsed.get(e.sentence()).joinedToPlace(e.span()));
            kept.add(place ? new EntityMention(e.sentence(), e.span(), "LOCATION", null, null) : e);
        }
        return kept;
    }

    private boolean afterPlaceNoun(ParsedSentence p, Span name) {
        for (int i = 3; i <= p.tokens.size(); i++) {
            if (p.token(i).beginPosition() == name.begin()) {
                return p.token(i - 1).word().equals("of") && p.token(i - 2).lemma() != null
                        && lexicon.conceptsOf(p.token(i - 2).lemma().toLowerCase()).contains(Vocab.PLACE_NOUN);
            }
        }
        return false;
    }

    private static int indexOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.span().begin() && offset < s.span().end()) {
                return s.index();
            }
        }
        return sentences.size() - 1;
    }

    /** A quote that is the whole of its sentences, with nothing said about who says it. */
    private static boolean standsAlone(int quoteBegin, int quoteEnd, String text, List<Sentence> sentences) {
        Sentence first = sentences.get(indexOf(sentences, quoteBegin));
        Sentence last = sentences.get(indexOf(sentences, Math.max(quoteBegin, quoteEnd - 1)));
        String before = text.substring(first.span().begin(), Math.max(first.span().begin(), quoteBegin));
        String after = quoteEnd >= last.span().end() ? "" : text.substring(quoteEnd, last.span().end());
        return before.isBlank() && after.matches("[\\s.?!]*");
    }

    /**
     * News quotes run on: a quote standing alone right after a sentence that quotes someone, or that tells what a
     * named person did ("Malahifji also expressed doubt ..."), is that person's.
     */
    private Span previousSpeaker(int sentence, List<Quote> earlier, List<ParsedSentence> parsed, Coreference coref) {
        if (sentence == 0) {
            return null;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Quote e = earlier.get(i);
            if (e.sentence() == sentence - 1 && e.speaker() != null) {
                return e.speaker();
            }
        }
        ParsedSentence previous = parsed.get(sentence - 1);
        return previous.graph == null ? null
                : rules.quoteSpeakers.personSubject(previous, new Resolver(previous, parsed, coref, lexicon));
    }

    private Quote quote(int quoteBegin, int quoteEnd, String text, List<Sentence> sentences,
                        List<ParsedSentence> parsed, Coreference coref) {
        Pair<Integer, Integer> offsets = new Pair<>(quoteBegin, quoteEnd);
        int begin = quoteBegin;
        int end = quoteEnd;
        // Drop the quotation marks and a trailing comma inside them.
        while (begin < end && isQuoteMark(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && (isQuoteMark(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        Span span = new Span(begin, end, text.substring(begin, end));
        int sentence = indexOf(sentences, offsets.first());
        Span speaker = rules.quoteSpeakers.speakerOf(parsed.get(sentence), offsets.first(), offsets.second(),
                new Resolver(parsed.get(sentence), parsed, coref, lexicon));
        int lastSentence = indexOf(sentences, Math.max(offsets.first(), offsets.second() - 1));
        if (speaker == null && lastSentence != sentence) {
            // a quote of several sentences is attributed after its end: "... delivered currently" he said.
            speaker = rules.quoteSpeakers.speakerOf(parsed.get(lastSentence), offsets.first(), offsets.second(),
                    new Resolver(parsed.get(lastSentence), parsed, coref, lexicon));
        }
        if (speaker == null && sentence + 1 < parsed.size()) {
            if (lastSentence + 1 < parsed.size()) {
                ParsedSentence next = parsed.get(lastSentence + 1);
                speaker = rules.quoteSpeakers.attributionOnly(next, new Resolver(next, parsed, coref, lexicon));
            }
        }
        return new Quote(sentence, span, speaker);
    }

    /** CoreNLP's own attribution, trusted only when the speaker is written in or right beside the quote's sentence. */
    private static Span nearbyCoreNlpSpeaker(CoreQuote q, int sentence, List<Sentence> sentences) {
        Optional<Pair<Integer, Integer>> at = q.canonicalSpeakerCharOffsets().or(q::speakerCharOffsets);
        Optional<String> name = q.canonicalSpeaker().or(q::speaker);
        if (at.isEmpty() || name.isEmpty()) {
            return null;
        }
        int speakerSentence = indexOf(sentences, at.get().first());
        if (Math.abs(speakerSentence - sentence) > 1) {
            return null;
        }
        return new Span(at.get().first(), at.get().second(), name.get());
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '`';
    }
}
