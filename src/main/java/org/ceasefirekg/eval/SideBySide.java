package org.ceasefirekg.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Several gold files' scores in one table, a column pair (recall, precision) per file: dev beside test, so the gap
 * between the part rules were tuned on and the part nobody tuned on reads off one line.
 */
public final class SideBySide {

    /**
     * One gold file's result.
     *
     * @param gold the gold file
     * @param card its scores
     */
    public record Column(GoldFile gold, Scorecard card) {

        String heading() {
            return gold.split() == null ? gold.name() : gold.name() + " (" + gold.split() + ")";
        }
    }

    private SideBySide() {}

    /** Prints recall and precision per question and overall, one column pair per gold file. */
    public static void print(List<Column> columns, PrintWriter out) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-18s", "question"));
        columns.forEach(c -> head.append(String.format(Locale.ROOT, " | %-24s", c.heading())));
        out.println();
        out.println("Side by side (recall / precision):");
        out.println(head);
        for (Question q : Question.values()) {
            if (columns.stream().noneMatch(c -> c.gold().scores(q))) {
                continue;
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-18s", q.queryName()));
            for (Column c : columns) {
                Scorecard.Score s = c.card().scores().stream().filter(x -> x.question() == q).findFirst().orElse(null);
                row.append(String.format(Locale.ROOT, " | %-24s", s == null ? "-"
                        : Scorecard.format(s.recall()) + " / " + Scorecard.format(s.precision())));
            }
            out.println(row);
        }
        StringBuilder overall = new StringBuilder(String.format(Locale.ROOT, "%-18s", "overall (micro)"));
        columns.forEach(c -> overall.append(String.format(Locale.ROOT, " | %-24s",
                Scorecard.format(c.card().recall()) + " / " + Scorecard.format(c.card().precision()))));
        out.println(overall);
        out.flush();
    }
}
