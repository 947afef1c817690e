package org.ceasefirekg.extract;

import static org.ceasefirekg.extract.Cues.first;
import static org.ceasefirekg.extract.Cues.isDate;
import static org.ceasefirekg.extract.ParsedSentence.isVerb;
import static org.ceasefirekg.extract.ParsedSentence.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Where a frame's time comes from: a date hung on the trigger's clause, a month, or a distance in days. */
final class Times {
    private Times() {}
    /** Prepositions that place an event in time by another: "following heavy shelling of X, two died". */
    static final Set<String> AROUND = Set.of("following", "follow", "after", "before", "during", "amid", "despite", "since",
            "upon", "in", "on");
    /** Case markers of a time that is not when the event happened. */
    static final Set<String> SINCE = Set.of("since", "until", "till", "before");

    /** Adds the first date or time attached to the scope; optionally the nearest full date of the sentence. */
    static void time(List<IndexedWord> scope, ParsedSentence p, Resolver r, List<Argument> args,
                             boolean sentenceFallback) {
        for (IndexedWord w : scope) {
            // "Monday's raid", "the Mondays raid": a day in front of an event noun dates it ("the attack of
            // October 7" after it)
            for (IndexedWord x : p.children(w, "obl:on", "obl:tmod", "nmod:on", "nmod:tmod", "obl:at", "obl:in",
                    "obl", "nmod:during", "obl:during", "nmod:poss", "compound", "nmod:of", "advmod")) {
                // "early on Tuesday", "late on Tuesday" (an adverb): the date may hang one step lower
                boolean adverb = p.relationToParentOf(x, w).equals("advmod"); // "two hours later" is no day of its own
                if (timeOfDayBefore(x, w, p) || followingDay(x, p)) {
                    continue; // "the next day" counts from the day told before it (daysApart), not from today
                }
                IndexedWord date = !adverb && isDate(x) && p.normalized(x) != null && fullDate(p.normalized(x)) ? x
                        : first(p.children(x, "nummod", "compound", "nmod:on", "obl:on", "nmod:tmod").stream()
                        .filter(d -> isDate(d) && !timeOfDayBefore(d, x, p)).toList());
                if (date != null && p.normalized(date) != null && fullDate(p.normalized(date))) {
                    args.add(new Argument(Frame.TIME, p.phrase(date), date.ner(), nightOf(date, p)));
                    return;
                }
            }
        }
        if (!sentenceFallback) {
            return;
        }
        int anchor = scope.get(0).index();
        IndexedWord best = null;
        for (int i = 1; i <= p.tokens.size(); i++) {
            IndexedWord w = p.node(i);
            if (w != null && isDate(w) && p.normalized(w) != null && fullDate(p.normalized(w))
                    && (best == null || Math.abs(i - anchor) < Math.abs(best.index() - anchor))) {
                best = w;
            }
        }
        if (best != null) {
            args.add(new Argument(Frame.TIME, p.tokenSpan(best.index(), best.index()), best.ner(), p.normalized(best)));
        }
    }

    /** "a dawn raid on Friday": a time of day in front of the event noun names no day of its own. */
    private static boolean timeOfDayBefore(IndexedWord x, IndexedWord head, ParsedSentence p) {
        return p.relationToParentOf(x, head).equals("compound") && ("TIME".equals(x.ner())
                || x.word().matches("(?i)dawn|dusk|daybreak|morning|afternoon|evening|night|midnight|noon|nighttime"))
                && p.children(x, "compound", "nmod:poss", "nummod").stream().noneMatch(Cues::isDate);
    }

    /**
     * When the clause told no day: "The lull ended on Monday when gunmen attacked X", "fighting resumed Friday as
     * jets struck Y": a clause of "when", "as" or "while" tells what happened at the time of the clause it hangs on;
     * else a distance in days from another event, else a month.
     */
    static void otherwise(IndexedWord h, ParsedSentence p, Resolver r, List<Argument> args) {
        IndexedWord w = h;
        while (!isVerb(w) && p.parent(w) != null) {
            w = p.parent(w);
        }
        IndexedWord clause = w;
        IndexedWord main = p.parent(clause);
        if (args.stream().noneMatch(a -> a.role().equals(Frame.TIME)) && main != null && isVerb(main)
                && p.relationToParent(clause).startsWith("advcl") && p.children(clause, "advmod", "mark").stream()
                .anyMatch(m -> m.index() < clause.index() && Set.of("when", "as", "while").contains(lemma(m)))) {
            time(List.of(main), p, r, args, false);
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.TIME))) {
            daysApart(h, p, args);
        }
        if (args.stream().noneMatch(a -> a.role().equals(Frame.TIME))) {
            month(h, p, args);
        }
    }

    /**
     * Adds the month of a clause that names a month and no day ("the shelling of the old town in March", "2016-03"):
     * no date for the event, but it keeps it apart from one told with a day in another month.
     */
    static void month(IndexedWord h, ParsedSentence p, List<Argument> args) {
        IndexedWord found = null;
        for (IndexedWord x : clauseOf(h, p)) {
            String normalized = isDate(x) ? p.normalized(x) : null;
            if (normalized == null || p.children(x, "case").stream().anyMatch(c -> SINCE.contains(lemma(c)))) {
                continue; // "killed since the truce began in September" tells no month of the killing
            }
            if (!normalized.matches("\\d{4}-\\d{2}") || found != null && !normalized.equals(p.normalized(found))) {
                return; // a day, or two months: the sentence does not date its event by month alone
            }
            found = x;
        }
        if (found != null) {
            args.add(new Argument(Frame.TIME, p.tokenSpan(found.index(), found.index()), found.ner(),
                    p.normalized(found)));
        }
    }

    /**
     * "The raid comes three days after rebels shelled a school": the day is told as a distance from the event the
     * article is telling of, which the article resolves ({@link Frame#DAYS_APART}).
     */
    static void daysApart(IndexedWord h, ParsedSentence p, List<Argument> args) {
        IndexedWord clause = h;
        while (!isVerb(clause) && p.parent(clause) != null) {
            clause = p.parent(clause);
        }
        if (!isVerb(clause)) {
            return;
        }
        // "One day after the shelling, rebels took the town", "the next day, troops seized X": N days after the
        // day the article told last
        for (IndexedWord d : p.children(clause, "obl:after", "obl:following", "obl:tmod", "obl:npmod")) {
            String normalized = p.normalized(d);
            boolean after = !p.relationToParentOf(d, clause).equals("obl:tmod")
                    && !p.relationToParentOf(d, clause).equals("obl:npmod");
            // "three days after the raid", not "after three days of clashes": the span comes before its "after"
            boolean before = d.index() < p.tokens.size() && Set.of("after", "following")
                    .contains(String.valueOf(p.token(d.index() + 1).lemma()).toLowerCase(java.util.Locale.ROOT));
            if (after && before && "DURATION".equals(d.ner()) && normalized != null && normalized.matches("P\\d+D")
                    || !after && followingDay(d, p)) {
                args.add(new Argument(Frame.DAYS_APART, p.tokenSpan(d.index(), d.index()), null,
                        after ? normalized.substring(1, normalized.length() - 1) : "1"));
                return;
            }
        }
        String direction = p.children(clause, "mark").stream().map(ParsedSentence::lemma)
                .filter(m -> m.equals("after") || m.equals("before")).findFirst().orElse(null);
        if (direction == null) {
            return;
        }
        List<IndexedWord> durations = new ArrayList<>(p.children(clause, "dep", "obl:npmod", "nmod:npmod", "obl:tmod"));
        if (p.parent(clause) != null && p.relationToParent(clause).startsWith("acl")) {
            durations.add(p.parent(clause)); // "come a day after civilians were killed", the clause hung on "a day"
        }
        for (IndexedWord d : durations) {
            String normalized = p.normalized(d);
            if ("DURATION".equals(d.ner()) && normalized != null && normalized.matches("P\\d+D")) {
                int days = Integer.parseInt(normalized.substring(1, normalized.length() - 1));
                // told "N days after" the event in hand, it happened N days before it
                args.add(new Argument(Frame.DAYS_APART, p.tokenSpan(d.index(), d.index()), null,
                        Integer.toString(direction.equals("after") ? -days : days)));
                return;
            }
        }
    }

    /** "the next day", "the following morning": a day told as the one after the day told before. */
    static boolean followingDay(IndexedWord x, ParsedSentence p) {
        return (isDate(x) || "DURATION".equals(x.ner())) && p.children(x, "amod").stream()
                .anyMatch(a -> Set.of("next", "following", "follow").contains(lemma(a)));
    }

    /** "On Friday the accord was close to collapse after shelling killed ...": told as earlier or later. */
    static boolean afterOrBefore(IndexedWord h, ParsedSentence p) {
        for (IndexedWord w = h; w != null; w = p.parent(w)) {
            if (p.children(w, "mark", "case").stream().anyMatch(m -> lemma(m).equals("after") || SINCE.contains(lemma(m)))) {
                return true;
            }
        }
        return false;
    }

    /** Returns the verb followed by the verbs conjoined with it, its own conjuncts first. */
    static List<IndexedWord> withConjuncts(IndexedWord verb, ParsedSentence p) {
        List<IndexedWord> verbs = new ArrayList<>(List.of(verb));
        p.children(verb, "conj").stream().filter(ParsedSentence::isVerb).forEach(verbs::add);
        IndexedWord parent = p.parent(verb);
        if (parent != null && isVerb(parent) && p.relationToParent(verb).startsWith("conj")) {
            verbs.add(parent);
        }
        return verbs;
    }

    /**
     * The words of the clause a trigger is in: everything under its nearest verb (or the root of a verbless headline)
     * except other clauses hanging from it ("a day after rebels seized the town of X", "since the truce began").
     */
    static List<IndexedWord> clauseOf(IndexedWord h, ParsedSentence p) {
        IndexedWord head = h;
        while (!isVerb(head) && p.parent(head) != null) {
            head = p.parent(head);
        }
        List<IndexedWord> words = new ArrayList<>();
        Deque<IndexedWord> todo = new ArrayDeque<>(List.of(head));
        Set<IndexedWord> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            IndexedWord w = todo.poll();
            if (!seen.add(w)) {
                continue;
            }
            words.add(w);
            for (SemanticGraphEdge e : p.graph.outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                boolean otherClause = rel.startsWith("advcl") || rel.startsWith("acl") || rel.startsWith("ccomp")
                        || rel.startsWith("parataxis") || rel.startsWith("csubj")
                        || rel.startsWith("conj") && isVerb(e.getDependent());
                if (!otherClause) {
                    todo.add(e.getDependent());
                }
            }
        }
        return words;
    }

    /**
     * "on the night of 3 to 4 May", "the night of May 3": SUTime dates a part of the day by the article's day when the
     * day is told after "of"; the night is the one starting on the day told (the first of a range). Returns the
     * normalized value of the part of the day.
     */
    static String nightOf(IndexedWord partOfDay, ParsedSentence p) {
        String value = p.normalized(partOfDay);
        IndexedWord day = first(p.children(partOfDay, "nmod:of").stream().filter(d -> "DATE".equals(d.ner())
                && p.normalized(d) != null && fullDate(p.normalized(d))).toList());
        if (day == null || !value.matches("\\d{4}-\\d{2}-\\d{2}T[A-Z]{2}")) {
            return value;
        }
        String date = p.normalized(day).substring(0, 10);
        for (IndexedWord last : p.children(day, "nummod")) {
            for (IndexedWord firstDay : p.children(last, "compound")) {
                if (firstDay.word().matches("\\d{1,2}") && Integer.parseInt(firstDay.word()) < Integer.parseInt(
                        date.substring(8)) && p.children(last, "advmod", "case").stream()
                        .anyMatch(t -> Set.of("to", "-", "through").contains(lemma(t)))) {
                    date = date.substring(0, 8) + String.format("%02d", Integer.parseInt(firstDay.word()));
                }
            }
        }
        return date + value.substring(10);
    }

    /** True for a day or a time on a day; not "another week" read as a week beside a day ("2016-06-08-WXX-7 ..."). */
    static boolean fullDate(String normalized) {
        return normalized.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?");
    }
}
