package org.ceasefirekg.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores per group of articles (per conflict, per kind of text), so a rule that holds on one conflict or one layout
 * and fails on another shows. Only the questions scored per article can be split by article; the ones scored over
 * the whole corpus (ceasefires, actors, disagreements, timeline) stay in the overall table.
 */
public final class GroupScores {

    private GroupScores() {}

    /** Prints a table per grouping the gold file records (conflict, text kind); prints nothing when it records none. */
    public static void print(GoldFile gold, SystemFacts system, Labels labels, PrintWriter out) {
        print("conflict", GoldFile.Document::conflict, gold, system, labels, out);
        print("text kind", GoldFile.Document::textKind, gold, system, labels, out);
    }

    private static void print(String grouping, Function<GoldFile.Document, String> key, GoldFile gold,
                              SystemFacts system, Labels labels, PrintWriter out) {
        Map<String, Set<String>> groups = new TreeMap<>();
        for (GoldFile.Document d : gold.documents()) {
            if (key.apply(d) != null) {
                groups.computeIfAbsent(key.apply(d), k -> new TreeSet<>()).add(d.fileName());
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        String format = "%-22s %8s %6s %6s %7s %7s %8s %10s%n";
        out.println();
        out.printf(Locale.ROOT, "Per %s (questions scored per article):%n", grouping);
        out.printf(Locale.ROOT, format, grouping, "articles", "gold", "found", "system", "correct", "recall",
                "precision");
        groups.forEach((name, documents) -> {
            Scorecard card = score(gold, system, labels, documents);
            int goldFacts = card.scores().stream().mapToInt(s -> s.gold().size()).sum();
            int systemFacts = card.scores().stream().mapToInt(s -> s.system().size()).sum();
            out.printf(Locale.ROOT, format, name, documents.size(), goldFacts,
                    card.scores().stream().mapToInt(Scorecard.Score::found).sum(), systemFacts,
                    card.scores().stream().mapToInt(Scorecard.Score::correct).sum(), Scorecard.format(card.recall()),
                    Scorecard.format(card.precision()));
        });
        out.flush();
    }

    /** Scores the per-article questions on the given articles only. */
    static Scorecard score(GoldFile gold, SystemFacts system, Labels labels, Set<String> documents) {
        List<Scorecard.Score> scores = new ArrayList<>();
        for (Question q : Question.values()) {
            if (q.perDocument() && gold.scores(q)) {
                scores.add(Scorecard.score(q, only(gold.facts().get(q), documents),
                        only(system.facts().get(q), documents), labels));
            }
        }
        return new Scorecard(List.copyOf(scores));
    }

    private static List<Fact> only(List<Fact> facts, Set<String> documents) {
        return facts.stream().filter(f -> documents.contains(f.document())).toList();
    }
}
