package org.ceasefirekg.ingest;

/** An input file that is not a readable article; the message says why. */
public class RejectedInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public RejectedInputException(String reason) {
        super(reason);
    }
}
