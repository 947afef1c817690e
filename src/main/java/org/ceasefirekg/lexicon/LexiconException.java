package org.ceasefirekg.lexicon;

/**
 * A curator's file under {@code ontology/} that the pipeline cannot use (a grammar rule Semgrex cannot read, a time
 * zone Java does not know): its message names the entry and says why, for one line on the command line.
 */
public final class LexiconException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the entry and the reason. */
    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
