package org.ceasefirekg.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Precision, recall and F1 of the system's facts against the gold, per competency question and micro-averaged over
 * all of them. A system fact is correct when it matches some gold fact; a gold fact is found when some system fact
 * matches it (so a fact stated twice, or two gold readings of one sentence, are not penalised twice).
 *
 * @param scores one score per scored question, in question order
 */
public record Scorecard(List<Score> scores) {

    private static final String PARTY = "party";

    /**
     * The score of one question.
     *
     * @param question the question
     * @param gold     the gold facts
     * @param system   the system's facts
     * @param missing  gold facts no system fact matches, each with the closest system fact
     * @param spurious system facts that match no gold fact
     */
    public record Score(Question question, List<Fact> gold, List<Fact> system, List<Miss> missing,
                        List<Fact> spurious) {

        public int found() {
            return gold.size() - missing.size();
        }

        public int correct() {
            return system.size() - spurious.size();
        }

        public double precision() {
            return ratio(correct(), system.size());
        }

        public double recall() {
            return ratio(found(), gold.size());
        }

        public double f1() {
            return Scorecard.f1(precision(), recall());
        }
    }

    /**
     * A gold fact the system did not produce, with the system fact that comes closest (same identifying values, most
     * fields matching) and the gold fields it gets wrong; closest is null when nothing comes near.
     *
     * @param gold      the gold fact
     * @param closest   the nearest system fact, or null
     * @param differing the gold fields the nearest fact does not match
     */
    public record Miss(Fact gold, Fact closest, List<String> differing) {}

    /**
     * Scores every question the gold file covers. A gold file that states no ceasefire party predates that field
     * (seeds, FA-KES), so the system's parties are not scored against it.
     */
    public static Scorecard score(GoldFile gold, SystemFacts system, Labels labels) {
        List<Score> scores = new ArrayList<>();
        for (Question q : Question.values()) {
            if (gold.scores(q)) {
                List<Fact> facts = system.facts().get(q);
                if (q == Question.CEASEFIRES && gold.facts().get(q).stream().noneMatch(f -> f.fields().containsKey(PARTY))) {
                    facts = facts.stream().filter(f -> !f.fields().containsKey(PARTY)).toList();
                }
                scores.add(score(q, gold.facts().get(q), facts, labels));
            }
        }
        return new Scorecard(List.copyOf(scores));
    }

    /** Scores one question's facts. */
    public static Score score(Question q, List<Fact> gold, List<Fact> system, Labels labels) {
        List<Miss> missing = gold.stream().filter(g -> system.stream().noneMatch(s -> q.matches(g, s, labels)))
                .map(g -> nearest(q, g, system, labels)).toList();
        List<Fact> spurious = system.stream().filter(s -> gold.stream().noneMatch(g -> q.matches(g, s, labels))).toList();
        return new Score(q, gold, system, missing, spurious);
    }

    /** Finds the system fact that gets the gold's number, quote or name right and most of its other fields. */
    private static Miss nearest(Question q, Fact gold, List<Fact> system, Labels labels) {
        Fact best = null;
        List<String> bestDiffering = List.of();
        for (Fact s : system) {
            if (q.perDocument() && !gold.document().equals(s.document())) {
                continue;
            }
            List<String> differing = new ArrayList<>();
            boolean identifies = true;
            for (String field : gold.fields().keySet()) {
                Fact one = new Fact(gold.document(), java.util.Map.of(field, gold.values(field)));
                if (!q.matches(one, s, labels)) {
                    differing.add(field);
                    identifies &= !identifying(q, field);
                }
            }
            int size = gold.fields().size();
            if (identifies && differing.size() < size && 2 * (size - differing.size()) >= size
                    && (best == null || differing.size() < bestDiffering.size())) {
                best = s;
                bestDiffering = differing;
            }
        }
        return new Miss(gold, best, List.copyOf(bestDiffering));
    }

    /** Fields that say which fact it is: a near miss must get these right. */
    private static boolean identifying(Question q, String field) {
        FieldKind kind = q.fields().get(field);
        return kind == FieldKind.NUMBER || kind == FieldKind.QUOTE || field.equals("label");
    }

    /** Micro-averaged precision: correct system facts over all system facts. */
    public double precision() {
        return ratio(scores.stream().mapToInt(Score::correct).sum(), scores.stream().mapToInt(s -> s.system().size()).sum());
    }

    /** Micro-averaged recall: found gold facts over all gold facts. */
    public double recall() {
        return ratio(scores.stream().mapToInt(Score::found).sum(), scores.stream().mapToInt(s -> s.gold().size()).sum());
    }

    public double f1() {
        return f1(precision(), recall());
    }

    /** Prints the table; verbose adds the missing and spurious facts of each question. */
    public void print(PrintWriter out, boolean verbose) {
        String format = "%-18s %6s %6s %7s %7s %8s %10s %7s%n";
        out.printf(Locale.ROOT, format, "question", "gold", "found", "system", "correct", "recall", "precision", "F1");
        for (Score s : scores) {
            out.printf(Locale.ROOT, format, s.question().queryName(), s.gold().size(), s.found(), s.system().size(),
                    s.correct(), format(s.recall()), format(s.precision()), format(s.f1()));
        }
        out.printf(Locale.ROOT, format, "overall (micro)", scores.stream().mapToInt(s -> s.gold().size()).sum(),
                scores.stream().mapToInt(Score::found).sum(), scores.stream().mapToInt(s -> s.system().size()).sum(),
                scores.stream().mapToInt(Score::correct).sum(), format(recall()), format(precision()), format(f1()));
        if (verbose) {
            for (Score s : scores) {
                if (s.missing().isEmpty() && s.spurious().isEmpty()) {
                    continue;
                }
                out.println();
                out.println(s.question().queryName() + ":");
                for (Miss m : s.missing()) {
                    out.println("  missing   " + m.gold());
                    if (m.closest() != null) {
                        out.println("    closest " + m.closest() + "  (differs: " + String.join(", ", m.differing()) + ")");
                    }
                }
                s.spurious().forEach(f -> out.println("  spurious  " + f));
            }
        }
        out.flush();
    }

    /** Formats a ratio with three decimals, or "-" when it is undefined. */
    public static String format(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    private static double f1(double p, double r) {
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
