package org.ceasefirekg.ingest;

/**
 * An input that could not be read as an article. A file name with a newline would forge lines of the output, so
 * both parts are kept escaped by {@link Printable}.
 *
 * @param source the file (or file and line) the problem is in
 * @param reason why it was rejected, in words a user can act on
 */
public record InputProblem(String source, String reason) {
    public InputProblem {
        source = Printable.escape(source);
        reason = Printable.escape(reason);
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
