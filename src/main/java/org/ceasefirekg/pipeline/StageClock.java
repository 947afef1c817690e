package org.ceasefirekg.pipeline;

import java.util.concurrent.atomic.LongAdder;

/** Accumulates the nanoseconds the annotating threads spend in each stage, from several threads at once. */
public final class StageClock {
    final LongAdder annotate = new LongAdder();
    final LongAdder cache = new LongAdder();
    final LongAdder extract = new LongAdder();
    final LongAdder map = new LongAdder();

    /** Returns the sums so far, in seconds. */
    public BuildRun.Stages seconds() {
        return new BuildRun.Stages(annotate.sum() / 1e9, cache.sum() / 1e9, extract.sum() / 1e9, map.sum() / 1e9);
    }
}
