package org.ceasefirekg.pipeline;

import java.util.List;
import org.apache.jena.graph.Triple;
import org.ceasefirekg.ingest.InputArticle;
import org.ceasefirekg.ingest.InputProblem;

/**
 * What became of one input, handed from the reader and the annotating threads (or Spark's tasks) to the writer.
 */
public sealed interface Outcome permits Outcome.Built, Outcome.Skipped, Outcome.Failed, Outcome.End {

    /** An article mapped to its triples, ready to replace its graph. */
    record Built(InputArticle input, List<Triple> triples, int frames, int tokens, boolean annotated,
                 double seconds) implements Outcome {}

    /** An article left as it is: current in the store, or repeated in the input. */
    record Skipped(String name, String why) implements Outcome {}

    /** @param article true when an article failed (counted by the progress bar), false for a bad input. */
    record Failed(InputProblem problem, boolean article) implements Outcome {}

    /** @param outcomes how many outcomes the reader sent before this one, so the writer knows when it is done. */
    record End(long outcomes) implements Outcome {}
}
