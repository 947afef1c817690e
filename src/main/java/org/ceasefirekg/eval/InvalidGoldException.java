package org.ceasefirekg.eval;

/** A gold file that cannot be used: unreadable JSON, an unknown key, a wrong type, an article that cannot be found. */
public final class InvalidGoldException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidGoldException(String message) {
        super(message);
    }
}
