package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.List;

/** Dependency parses built by hand, for tests of the rules that need no CoreNLP models. */
final class HandParses {
    private HandParses() {}

    /** Adds a token to the sentence's tokens and returns its graph node. */
    static IndexedWord word(List<CoreLabel> tokens, int index, String text, String lemma, String tag) {
        CoreLabel t = new CoreLabel();
        t.setWord(text);
        t.setValue(text);
        t.setLemma(lemma);
        t.setTag(tag);
        t.setIndex(index);
        t.setSentIndex(0);
        tokens.add(t);
        return new IndexedWord(t);
    }

    /** Returns the Universal Dependencies relation of the given name ("nsubj", "acl:relcl"). */
    static GrammaticalRelation rel(String name) {
        return GrammaticalRelation.valueOf(edu.stanford.nlp.international.Language.UniversalEnglish, name);
    }
}
