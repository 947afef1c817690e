package org.ceasefirekg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Set;

/** A trigger found in a sentence: token range (1-based, inclusive), its syntactic head, the concepts. */
record Trigger(int first, int last, IndexedWord head, Set<String> concepts) {
    boolean covers(int tokenIndex) {
        return tokenIndex >= first && tokenIndex <= last;
    }
}
