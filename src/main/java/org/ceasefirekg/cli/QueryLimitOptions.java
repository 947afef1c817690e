package org.ceasefirekg.cli;

import org.ceasefirekg.serve.QueryLimits;
import picocli.CommandLine.Option;

/** The options that set the server's query limits, shared by the commands that start a server. */
public final class QueryLimitOptions {

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest time a query may run, 0 for no limit (default: ${DEFAULT-VALUE}).")
    long queryTimeout;

    @Option(names = "--max-results", paramLabel = "ROWS", defaultValue = "10000",
            description = "Most rows a query returns, 0 for no limit (default: ${DEFAULT-VALUE}).")
    long maxResults;

    /** Returns the limits; throws IllegalArgumentException with the reason when a value is out of range. */
    QueryLimits limits() {
        try {
            return new QueryLimits(queryTimeout, maxResults);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--query-timeout and --max-results: " + e.getMessage(), e);
        }
    }
}
