package org.ceasefirekg.extract;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** CoreNLP's coreference chains, indexed by sentence and token. */
final class Coreference {
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
