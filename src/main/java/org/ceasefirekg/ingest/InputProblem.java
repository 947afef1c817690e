package org.ceasefirekg.ingest;

/**
 * An input that could not be read as an article.
 *
 * @param source the file (or file and line) the problem is in
 * @param reason why it was rejected, in words a user can act on
 */
public record InputProblem(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
