package org.ceasefirekg.extract;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.Map;
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
    private static final Set<String> ROLE_CONTEXT = Set.of("TITLE", "NATIONALITY", "COUNTRY", "ORGANIZATION",
            "STATE_OR_PROVINCE");

    /** Days told relative to when the words were spoken. */
    private static final java.util.regex.Pattern DEICTIC_DAYS = java.util.regex.Pattern.compile(
            "(?i)\\b(today|tonight|yesterday|tomorrow|this (morning|afternoon|evening)|last night)\\b");
    private static final Set<String> AFFILIATION_PREPOSITIONS = Set.of("of", "for", "at", "from", "with");

    private final Lexicon lexicon;
    private final FrameRules rules;
    private final NameIndex names;

    /** Creates an extractor for the given lexicon. */
    public ArticleExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.names = new NameIndex(lexicon);
        this.rules = new FrameRules(lexicon, names);
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
            parsed.add(new ParsedSentence(index, tokens, s.dependencyParse(), text.substring(begin, end)));
        }
        for (CoreSentence s : doc.sentences()) {
            int index = indexOf(sentences, s.tokens().get(0).beginPosition());
            for (CoreEntityMention m : s.entityMentions()) {
                if (ENTITY_TYPES.contains(m.entityType()) && !sentences.get(index).navigation()) {
                    entities.add(StatementHeader.withHeaderTitle(entity(index, m, s.entityMentions(),
                            parsed.get(index)), text, article.publisher()));
                }
            }
        }
        for (ParsedSentence p : parsed) {
            if (Thread.currentThread().isInterrupted()) {
                // The build stopped this article (its time budget ran out): the rules are the long part.
                throw new CancellationException("extraction interrupted");
            }
            if (!sentences.get(p.index).navigation()) {
                frames.addAll(rules.apply(p, new Resolver(p, parsed, coref)));
            }
        }
        frames = daysApartResolved(frames);
        List<Quote> quotes = new ArrayList<>();
        // Only quotes attributed in their own right start a chain, so one guess does not run through a page.
        List<Quote> attributed = new ArrayList<>();
        // No quotes annotation at all when the document was too long for coreference and quote attribution.
        for (CoreQuote q : doc.quotes() == null ? List.<CoreQuote>of() : doc.quotes()) {
            Quote found = quote(q, text, sentences, parsed, coref);
            Span speaker = found.speaker();
            boolean own = speaker != null;
            if (!own && standsAlone(q, text, sentences)) {
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
        // A transcript's turns are their speakers' words; quotes inside one with no speaker of their own are too.
        List<Quote> turns = TranscriptTurns.quotes(text, sentences, entities, lexicon.wordsOf(Vocab.QUESTIONER));
        quotes.replaceAll(q -> q.speaker() != null ? q : turns.stream().filter(t -> within(q.span(), t.span()))
                .findFirst().map(t -> new Quote(q.sentence(), q.span(), t.speaker())).orElse(q));
        quotes.addAll(turns);
        return new AnnotatedArticle(article, referenceDate, dateInferred, tokenCount, sentences, entities, quotes,
                sourced(frames, quotes, entities));
    }

    /**
     * "Peter Maurer head of the International Committee of the Red Cross said": a parse without commas may make the
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
        }
        return speaker;
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
     * "The attack comes two days after Russian jets hit a convoy": a day told as a distance is counted from the last
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

    private static int indexOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.span().begin() && offset < s.span().end()) {
                return s.index();
            }
        }
        return sentences.size() - 1;
    }

    /**
     * Reads a person's title and affiliation from the words written before the name ("French Defence Minister
     * Jean Dupont") or, failing that, after it ("Jean Dupont, head of the Red Cross delegation").
     */
    private EntityMention entity(int sentence, CoreEntityMention m, List<CoreEntityMention> all, ParsedSentence p) {
        Pair<Integer, Integer> offsets = m.charOffsets();
        Span span = new Span(offsets.first(), offsets.second(), m.text());
        if (!"PERSON".equals(m.entityType())) {
            return new EntityMention(sentence, span, m.entityType(), null, null);
        }
        int first = m.tokens().get(0).index();
        List<CoreLabel> title = new ArrayList<>();
        List<CoreLabel> affiliation = new ArrayList<>();
        for (int i = first - 1; i >= 1; i--) {
            CoreLabel t = p.token(i);
            boolean joiner = t.word().equals("of") || t.tag().equals("HYPH");
            boolean titleWord = isTitleWord(t);
            // "Under Secretary General for Humanitarian Affairs": capitalised words and "for" inside a long title
            boolean inner = t.word().equals("for") || "O".equals(t.ner()) && Character.isUpperCase(t.word().charAt(0))
                    && Set.of("NNP", "NNPS", "IN").contains(t.tag());
            if (!ROLE_CONTEXT.contains(t.ner()) && !joiner && !titleWord && !inner) {
                break;
            }
            if (joiner && (i == 1 || !ROLE_CONTEXT.contains(p.token(i - 1).ner()) && !isTitleWord(p.token(i - 1))
                    && !Character.isUpperCase(p.token(i - 1).word().charAt(0)))) {
                break;
            }
            if (titleWord || joiner || inner) {
                title.add(0, t);
            } else {
                affiliation.add(0, t);
            }
        }
        if (title.stream().noneMatch(this::isTitleWord)) {
            title.clear(); // capitalised words with no title among them are no title ("Tags Syria ... John Kerry")
        }
        while (!title.isEmpty() && !isTitleWord(title.get(0)) && !Character.isUpperCase(title.get(0).word().charAt(0))) {
            title.remove(0);
        }
        while (!title.isEmpty() && title.get(title.size() - 1).word().equals("of")) {
            title.remove(title.size() - 1); // "members of Jund al-Aqsa": the name is no title's holder
        }
        String role = title.isEmpty() ? null : p.textBetween(title.get(0).beginPosition(),
                title.get(title.size() - 1).endPosition());
        Span aff = affiliation.isEmpty() ? null : new Span(affiliation.get(0).beginPosition(),
                affiliation.get(affiliation.size() - 1).endPosition(),
                p.textBetween(affiliation.get(0).beginPosition(), affiliation.get(affiliation.size() - 1).endPosition()));
        if (role == null && aff == null) {
            return appositive(sentence, span, m.tokens().get(m.tokens().size() - 1).index(), all, p);
        }
        return new EntityMention(sentence, span, "PERSON", role, aff);
    }

    /**
     * Reads the title and organization written right after a name: "X, head of the Y", "X spokesman for Y said",
     * "X the Y's director", "X of Y", "X from Y". News copy stripped of commas leaves no appositive in the parse, so
     * this reads the words: the title words that follow, then the last organization named before the next verb.
     */
    private EntityMention appositive(int sentence, Span span, int last, List<CoreEntityMention> all, ParsedSentence p) {
        int n = p.tokens.size();
        int i = last + 1;
        if (i <= n && p.token(i).word().equals(",")) {
            i++;
        }
        // "Omar Barakat who headed the SARC's sub-branch": a verb that is a position's name gives the title
        String verbRole = null;
        if (i + 1 <= n && "WP".equals(p.token(i).tag()) && String.valueOf(p.token(i + 1).tag()).startsWith("VB")
                && p.token(i + 1).lemma() != null
                && lexicon.conceptsOf(p.token(i + 1).lemma().toLowerCase()).contains(Vocab.POSITION)) {
            verbRole = p.token(i + 1).lemma().toLowerCase();
            i += 2;
        }
        boolean linked = verbRole != null || i <= n && Set.of("of", "from").contains(p.token(i).word());
        int roleFirst = -1;
        int roleLast = -1;
        int end = i;
        if (i > n) {
            return new EntityMention(sentence, span, "PERSON", verbRole, null);
        }
        // "head of the political office of the Aleppo-based opposition group Fastaqim": a group the gazetteer knows
        // by a name NER took for a person's
        int windowStart = p.token(i).beginPosition();
        List<NameIndex.Match> groups = names.find(p.textBetween(windowStart,
                        p.token(Math.min(n, i + 13)).endPosition())).stream()
                .filter(m -> m.entry().isActor() && !m.entry().isPerson() && !m.entry().isPlace()
                        && m.how() == NameIndex.Kind.NAME).toList();
        java.util.function.IntPredicate inGroup = at -> groups.stream()
                .anyMatch(m -> windowStart + m.begin() <= at && at < windowStart + m.end());
        for (int j = i; j <= n && j < i + 14; j++) {
            CoreLabel t = p.token(j);
            String tag = t.tag() == null ? "" : t.tag();
            if (t.word().equals("based") && j > i && "HYPH".equals(p.token(j - 1).tag())) {
                continue; // "the Aleppo-based group": a place, not a verb
            }
            boolean person = "PERSON".equals(t.ner()) && !inGroup.test(t.beginPosition());
            boolean otherPreposition = tag.equals("IN") && !AFFILIATION_PREPOSITIONS.contains(t.word().toLowerCase());
            boolean clauseOrList = tag.equals("CC") || tag.startsWith("W"); // "X and Y", "X, whose deputy ..."
            if (tag.startsWith("VB") || tag.equals("MD") || tag.equals(".") || tag.equals(":") || tag.equals("-LRB-")
                    || tag.equals(",") || otherPreposition || clauseOrList || person) {
                break; // "X from Hudson Institute on strikes in Syria": the affiliation ends where another phrase starts
            }
            end = j;
            boolean nearName = j <= i + 3;
            if (isTitleWord(t) && (roleFirst < 0 && nearName || roleLast == j - 1)) {
                roleFirst = roleFirst < 0 ? j : roleFirst;
                roleLast = j;
            } else if (roleFirst < 0 && !linked && !nearName) {
                break; // the title, if any, comes within a few words of the name
            }
        }
        if (roleFirst < 0 && !linked) {
            return new EntityMention(sentence, span, "PERSON", null, null);
        }
        int windowBegin = p.token(i).beginPosition();
        int windowEnd = p.token(end).endPosition();
        Span aff = null;
        for (CoreEntityMention o : all) {
            Pair<Integer, Integer> at = o.charOffsets();
            boolean inside = at.first() >= windowBegin && at.second() <= windowEnd;
            boolean state = roleFirst >= 0 && Set.of("COUNTRY", "NATIONALITY").contains(o.entityType());
            if (inside && ("ORGANIZATION".equals(o.entityType()) || state)) {
                aff = new Span(at.first(), at.second(), o.text());
            }
        }
        for (NameIndex.Match m : groups) {
            int begin = windowStart + m.begin();
            int stop = windowStart + m.end();
            if (begin >= windowBegin && stop <= windowEnd && (aff == null || begin > aff.begin())) {
                aff = new Span(begin, stop, p.textBetween(begin, stop));
            }
        }
        String role = roleFirst < 0 ? verbRole
                : p.textBetween(p.token(roleFirst).beginPosition(), p.token(roleLast).endPosition());
        return new EntityMention(sentence, span, "PERSON", role, aff);
    }

    /** A title CoreNLP's NER tagged, or a position noun of the lexicon ("head", "official"). */
    private boolean isTitleWord(CoreLabel t) {
        if ("TITLE".equals(t.ner())) {
            return true;
        }
        // "SARC chief Abdulrahman Attar": the tagger often reads a position noun before a name as an adjective
        boolean commonWord = t.tag() != null && (t.tag().equals("NN") || t.tag().equals("JJ")); // "members": no title
        return commonWord && t.lemma() != null && lexicon.conceptsOf(t.lemma().toLowerCase()).contains(Vocab.POSITION);
    }

    /** A quote that is the whole of its sentences, with nothing said about who says it. */
    private static boolean standsAlone(CoreQuote q, String text, List<Sentence> sentences) {
        Pair<Integer, Integer> offsets = q.quoteCharOffsets();
        Sentence first = sentences.get(indexOf(sentences, offsets.first()));
        Sentence last = sentences.get(indexOf(sentences, Math.max(offsets.first(), offsets.second() - 1)));
        String before = text.substring(first.span().begin(), Math.max(first.span().begin(), offsets.first()));
        String after = offsets.second() >= last.span().end() ? ""
                : text.substring(offsets.second(), last.span().end());
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
        return previous.graph == null ? null : rules.personSubject(previous, new Resolver(previous, parsed, coref));
    }

    private Quote quote(CoreQuote q, String text, List<Sentence> sentences, List<ParsedSentence> parsed,
                        Coreference coref) {
        Pair<Integer, Integer> offsets = q.quoteCharOffsets();
        int begin = offsets.first();
        int end = offsets.second();
        // Drop the quotation marks and a trailing comma inside them.
        while (begin < end && isQuoteMark(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && (isQuoteMark(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        Span span = new Span(begin, end, text.substring(begin, end));
        int sentence = indexOf(sentences, offsets.first());
        Span speaker = rules.speakerOf(parsed.get(sentence), offsets.first(), offsets.second(),
                new Resolver(parsed.get(sentence), parsed, coref));
        int lastSentence = indexOf(sentences, Math.max(offsets.first(), offsets.second() - 1));
        if (speaker == null && lastSentence != sentence) {
            // a quote of several sentences is attributed after its end: "... delivered currently" he said.
            speaker = rules.speakerOf(parsed.get(lastSentence), offsets.first(), offsets.second(),
                    new Resolver(parsed.get(lastSentence), parsed, coref));
        }
        if (speaker == null && sentence + 1 < parsed.size()) {
            if (lastSentence + 1 < parsed.size()) {
                ParsedSentence next = parsed.get(lastSentence + 1);
                speaker = rules.attributionOnly(next, new Resolver(next, parsed, coref));
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

    /** CoreNLP's coreference chains, indexed by sentence and token. */
    static final class Coreference {
        private final Map<Long, CorefChain.CorefMention> representative = new HashMap<>();
        private final Map<Long, CorefChain.CorefMention> mentionAt = new HashMap<>();
        private final Annotation annotation;

        Coreference(Annotation annotation) {
            this.annotation = annotation;
            Map<Integer, CorefChain> chains = annotation.get(
                    edu.stanford.nlp.coref.CorefCoreAnnotations.CorefChainAnnotation.class);
            if (chains == null) {
                return;
            }
            for (CorefChain chain : chains.values()) {
                CorefChain.CorefMention rep = chain.getRepresentativeMention();
                for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                    long key = key(m.sentNum - 1, m.headIndex);
                    representative.put(key, rep);
                    mentionAt.put(key, m);
                }
            }
        }

        private static long key(int sentence, int token) {
            return ((long) sentence << 20) | token;
        }

        /** Returns the representative mention of the chain whose head is at the given token, as a span. */
        Optional<Span> representative(int sentence, int tokenIndex) {
            CorefChain.CorefMention rep = representative.get(key(sentence, tokenIndex));
            CorefChain.CorefMention self = mentionAt.get(key(sentence, tokenIndex));
            if (rep == null || rep == self) {
                return Optional.empty();
            }
            List<CoreLabel> tokens = annotation.get(CoreAnnotations.SentencesAnnotation.class).get(rep.sentNum - 1)
                    .get(CoreAnnotations.TokensAnnotation.class);
            int begin = tokens.get(rep.startIndex - 1).beginPosition();
            int end = tokens.get(rep.endIndex - 2).endPosition();
            String text = annotation.get(CoreAnnotations.TextAnnotation.class).substring(begin, end);
            return Optional.of(new Span(begin, end, text));
        }
    }
}
