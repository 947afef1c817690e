package org.ceasefirekg.spark;

import java.util.BitSet;
import java.util.List;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.ceasefirekg.pipeline.BuildProgress;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Draws the build's progress bar (articles done / total, rate, ETA) from Spark's task ends, as the thread build draws
 * it from its articles. A partition counts once, however many attempts it took (a lost executor's tasks run again).
 */
final class TaskProgress extends SparkListener {
    static final String TOKENS = "kg.tokens";
    private final BuildProgress progress;
    private final List<Integer> sizes;
    private final BitSet done = new BitSet();

    /** Counts into progress the articles of each partition, whose sizes are given in partition order. */
    TaskProgress(BuildProgress progress, List<Integer> sizes) {
        this.progress = progress;
        this.sizes = sizes;
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        int partition = end.taskInfo().index();
        if (!end.taskInfo().successful() || partition >= sizes.size() || done.get(partition)) {
            return;
        }
        done.set(partition);
        long tokens = 0;
        for (AccumulableInfo info : CollectionConverters.asJava(end.taskInfo().accumulables())) {
            if (info.name().isDefined() && TOKENS.equals(info.name().get()) && info.update().isDefined()) {
                tokens = ((Number) info.update().get()).longValue();
            }
        }
        progress.advance(tokens);
        for (int i = 1; i < sizes.get(partition); i++) {
            progress.advance(0);
        }
        progress.draw();
    }
}
