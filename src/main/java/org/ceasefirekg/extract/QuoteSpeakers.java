package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.first;
import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.Vocab;

/** Whose words a quote are: the verb of saying outside it, the clause or message it hangs from, a cited source. */
final class QuoteSpeakers {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private final Lexicon lexicon;
    private final Cues cues;
    private final Attribution attribution;

    QuoteSpeakers(Lexicon lexicon, Cues cues, Attribution attribution) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.attribution = attribution;
    }

    /** Returns the speaker of a quote in its own sentence: the subject of the verb of saying outside the quote. */
    Span speakerOf(ParsedSentence p, int quoteBegin, int quoteEnd, Resolver r) {
        if (p.graph == null) {
            return null;
        }
        for (int i = 1; i <= p.tokens.size(); i++) {
            IndexedWord w = p.node(i);
            CoreLabel tok = p.token(i);
            boolean outside = tok.beginPosition() < quoteBegin || tok.beginPosition() >= quoteEnd;
            boolean speechLike = cues.isSpeech(w, p) || lexicon.conceptsOf(lemma(w)).stream()
                    .anyMatch(c -> c.startsWith(Vocab.CAMEO + "11"));
            if (w != null && outside && speechLike) {
                var s = attribution.speakerOf(w, p, r);
                if (s.isPresent()) {
                    CoreLabel st = p.token(s.get().index());
                    if (st.beginPosition() < quoteBegin || st.beginPosition() >= quoteEnd) {
                        Argument a = r.speaker(Frame.SOURCE, s.get());
                        if (a != null) {
                            return a.span();
                        }
                    }
                }
            }
        }
        Span owner = quotedWordsOwner(p, quoteBegin, quoteEnd, r);
        if (owner != null) {
            return owner;
        }
        // "The minister called the raid "a flagrant breach of the truce"", "Iran called for "comprehensive
        // monitoring"": two or more words quoted inside a sentence are its subject's, when a person, group or
        // state is the subject (one word is mostly a scare quote)
        int quoted = 0;
        for (CoreLabel tok : p.tokens) {
            boolean inside = tok.beginPosition() >= quoteBegin && tok.endPosition() <= quoteEnd;
            if (inside && !tok.word().isEmpty() && Character.isLetter(tok.word().charAt(0))) {
                quoted++;
            }
        }
        IndexedWord root = p.root();
        boolean rootOutside = root != null && (p.token(root.index()).beginPosition() < quoteBegin
                || p.token(root.index()).beginPosition() >= quoteEnd);
        if (quoted >= 2 && rootOutside && isVerb(root) && !cues.isSpeech(root, p)) {
            for (IndexedWord subject : p.children(root, "nsubj")) {
                boolean outside = p.token(subject.index()).beginPosition() < quoteBegin;
                Argument a = outside ? r.speaker(Frame.SOURCE, subject) : null;
                if (a != null && (subject.ner() != null
                        && Set.of("PERSON", "ORGANIZATION", "COUNTRY").contains(subject.ner())
                        || ParsedSentence.isPronoun(subject))) {
                    return a.span();
                }
            }
        }
        // "According to the statement, the army "acted with restraint"": the cited source outside the quote speaks
        IndexedWord cited = p.accordingTo(w -> p.token(w.index()).beginPosition() < quoteBegin
                || p.token(w.index()).beginPosition() >= quoteEnd);
        Argument a = cited == null ? null : r.speaker(Frame.SOURCE, cited);
        return a == null ? null : a.span();
    }

    /**
     * Whose words a quote inside a clause are: "in his words, "..."" is his; a quote hanging from a message noun
     * ("welcomed the agency's announcement of a "firm commitment"") is the message's issuer's; one hanging from a
     * clause below the sentence's main verb ("..., where he thanked them for a "warm welcome"") is that clause's
     * subject's, when that subject names a person, group or state or is "he" or "she".
     */
    private Span quotedWordsOwner(ParsedSentence p, int quoteBegin, int quoteEnd, Resolver r) {
        java.util.function.Predicate<IndexedWord> inside = w -> p.token(w.index()).beginPosition() >= quoteBegin
                && p.token(w.index()).beginPosition() < quoteEnd;
        IndexedWord head = null;
        for (int i = 1; i <= p.tokens.size() && head == null; i++) {
            IndexedWord w = p.node(i);
            if (w != null && inside.test(w) && (p.parent(w) == null || !inside.test(p.parent(w)))) {
                head = w;
            }
        }
        if (head == null) {
            return null;
        }
        for (IndexedWord cur = head; cur != null; cur = p.parent(cur)) {
            for (IndexedWord words : p.children(cur, "obl:in", "nmod:in")) {
                IndexedWord whose = first(p.children(words, "nmod:poss", "nmod:of"));
                if (!inside.test(words) && lemma(words).equals("word") && whose != null && actorLike(whose)) {
                    return r.speaker(Frame.SOURCE, whose).span();
                }
            }
        }
        int quoted = 0;
        for (CoreLabel tok : p.tokens) {
            if (tok.beginPosition() >= quoteBegin && tok.endPosition() <= quoteEnd && Character.isLetter(tok.word().charAt(0))) {
                quoted++;
            }
        }
        if (quoted < 2) {
            return null; // one word in quotation marks is mostly a scare quote
        }
        for (IndexedWord cur = p.parent(head); cur != null; cur = p.parent(cur)) {
            if (lexicon.isCue(CF.MessageNoun, lemma(cur))) {
                // "yesterday's OSCE announcement": the issuer is a named owner, not the day it was made
                IndexedWord issuer = p.children(cur, "nmod:poss", "nmod:by", "nmod:of", "compound").stream()
                        .filter(QuoteSpeakers::actorLike).findFirst().orElse(null);
                return issuer == null ? null : r.speaker(Frame.SOURCE, issuer).span();
            }
            if (isVerb(cur) && !cur.equals(p.root())) {
                IndexedWord subject = Attribution.nearestSubject(cur, p);
                if (subject == null) {
                    continue; // "pledged to uphold "...": the subject is the controlling verb's
                }
                // "it"/"they" before a verb that says nothing may be who the words are about, not who wrote them
                boolean named = ParsedSentence.isPronoun(subject) ? PERSON_PRONOUNS.contains(lemma(subject))
                        : actorLike(subject);
                return named && !inside.test(subject) ? r.speaker(Frame.SOURCE, subject).span() : null;
            }
        }
        return null;
    }

    private static boolean actorLike(IndexedWord w) {
        return ParsedSentence.isPronoun(w) || w.ner() != null
                && Set.of("PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY").contains(w.ner());
    }

    /** Returns the named person (or organization) a sentence's main verb has for its subject, or null. */
    Span personSubject(ParsedSentence p, Resolver r) {
        IndexedWord root = p.root();
        if (root == null || !isVerb(root)) {
            return null;
        }
        for (IndexedWord subject : p.children(root, "nsubj")) {
            if (Set.of("PERSON", "ORGANIZATION").contains(String.valueOf(subject.ner())) && subject.tag() != null
                    && subject.tag().startsWith("NNP")) {
                Argument a = r.speaker(Frame.SOURCE, subject);
                return a == null ? null : a.span();
            }
        }
        return null;
    }

    /** For a sentence that only attributes ("The militia said so in a release."), returns its speaker. */
    Span attributionOnly(ParsedSentence p, Resolver r) {
        if (p.graph == null || p.tokens.size() > 25) {
            return null;
        }
        for (IndexedWord root : p.graph.getRoots()) {
            if (cues.isSpeech(root, p) && p.children(root, "ccomp").isEmpty()) {
                var s = attribution.speakerOf(root, p, r);
                if (s.isPresent()) {
                    Argument a = r.speaker(Frame.SOURCE, s.get());
                    return a == null ? null : a.span();
                }
            }
        }
        return null;
    }
}
