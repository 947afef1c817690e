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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.Lexicon;

/**
 * Turns a CoreNLP annotation into our own records: sentences, entities, quotes with speakers, and the frames that
 * the lexicon's triggers evoke. Cheap compared with annotating, so a lexicon change re-runs only this.
 */
public final class ArticleExtractor {
    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY", "LOCATION",
            "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION", "IDEOLOGY");
    private static final Set<String> ROLE_CONTEXT = Set.of("TITLE", "NATIONALITY", "COUNTRY", "ORGANIZATION",
            "STATE_OR_PROVINCE");

    private final Lexicon lexicon;
    private final FrameRules rules;

    /** Creates an extractor for the given lexicon. */
    public ArticleExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.rules = new FrameRules(lexicon);
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
                if (ENTITY_TYPES.contains(m.entityType())) {
                    entities.add(entity(index, m, parsed.get(index)));
                }
            }
        }
        for (ParsedSentence p : parsed) {
            frames.addAll(rules.apply(p, new Resolver(p, parsed, coref)));
        }
        List<Quote> quotes = new ArrayList<>();
        // No quotes annotation at all when the document was too long for coreference and quote attribution.
        for (CoreQuote q : doc.quotes() == null ? List.<CoreQuote>of() : doc.quotes()) {
            quotes.add(quote(q, text, sentences, parsed, coref));
        }
        return new AnnotatedArticle(article, referenceDate, dateInferred, tokenCount, sentences, entities, quotes, frames);
    }

    private static int indexOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.span().begin() && offset < s.span().end()) {
                return s.index();
            }
        }
        return sentences.size() - 1;
    }

    /** Reads a person's title and affiliation from the entity words written right before the name. */
    private static EntityMention entity(int sentence, CoreEntityMention m, ParsedSentence p) {
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
            if (!ROLE_CONTEXT.contains(t.ner()) && !joiner) {
                break;
            }
            if (joiner && (i == 1 || !ROLE_CONTEXT.contains(p.token(i - 1).ner()))) {
                break;
            }
            if ("TITLE".equals(t.ner()) || joiner) {
                title.add(0, t);
            } else if (!joiner) {
                affiliation.add(0, t);
            }
        }
        String role = title.isEmpty() ? null : p.textBetween(title.get(0).beginPosition(),
                title.get(title.size() - 1).endPosition());
        Span aff = affiliation.isEmpty() ? null : new Span(affiliation.get(0).beginPosition(),
                affiliation.get(affiliation.size() - 1).endPosition(),
                p.textBetween(affiliation.get(0).beginPosition(), affiliation.get(affiliation.size() - 1).endPosition()));
        return new EntityMention(sentence, span, "PERSON", role, aff);
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
        if (speaker == null && sentence + 1 < parsed.size()) {
            int lastSentence = indexOf(sentences, Math.max(offsets.first(), offsets.second() - 1));
            if (lastSentence + 1 < parsed.size()) {
                ParsedSentence next = parsed.get(lastSentence + 1);
                speaker = rules.attributionOnly(next, new Resolver(next, parsed, coref));
            }
        }
        if (speaker == null) {
            speaker = nearbyCoreNlpSpeaker(q, sentence, sentences);
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
