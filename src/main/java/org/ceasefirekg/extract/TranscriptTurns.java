package org.ceasefirekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a briefing or remarks transcript: a line opening with a speaker's label ("MR. KIRBY:", "SECRETARY
 * KERRY:", "Q:", "The President.") gives the words up to the next label to that speaker. Labels of unnamed
 * questioners and hosts (the lexicon's cf:Questioner words) open turns that belong to no one.
 */
final class TranscriptTurns {
    /**
     * "PETER COOK:", "FOREIGN MINISTER AMR:", "MR. COOK:", "Q:": capitals up to a colon at the start of a line; the
     * name may carry its title after it, in brackets ("MR. ROE (Special Envoy of the Union):") or after a comma in
     * capitals ("MS. ROE, ADVISER TO THE COUNCIL:").
     */
    private static final Pattern COLON_LABEL = Pattern.compile(
            "(?m)^[ \\t]*((?:[A-Z][A-Z.'\\-]*[ \\t]+){0,4}[A-Z][A-Z.'\\-]*)"
            + "(?:[ \\t]*\\(([^()\\n:]{2,80})\\)|,[ \\t]*((?:[A-Z][A-Z.'\\-]*[ \\t]+){0,8}[A-Z][A-Z.'\\-]*))?"
            + "[ \\t]*:[ \\t]+");
    /** "The President.", "Q.", "Secretary Blinken.": a title and name alone before a full stop opening a line. */
    private static final Pattern STOP_LABEL = Pattern.compile(
            "(?m)^[ \\t]*(Q|The (?:[A-Z][a-z]+ )?[A-Z][a-z]+|[A-Z][a-z]+ [A-Z][a-z'\\-]+)\\.[ \\t]+(?=[A-Z\"(])");
    /** A stage direction right after the label: "(Via interpreter)", "(Laughter.)". */
    private static final Pattern STAGE = Pattern.compile("^\\([^)]{1,40}\\)\\s*");

    /**
     * One turn.
     *
     * @param label  the speaker's label as written, without its colon or full stop
     * @param words  what the speaker says, up to the next label
     * @param named  false for the labels of unnamed questioners and hosts ("Q", "MODERATOR")
     * @param title  the title the label writes after the name ("Special Envoy" in "MR. ROE (Special Envoy):"), or null
     */
    record Turn(Span label, Span words, boolean named, Span title) {}

    private TranscriptTurns() {}

    /**
     * Returns the turns of a text that is laid out as a transcript (two labels or more, or one "The President."
     * style label opening the text); any other text has none.
     *
     * @param questioners lower-case labels that name no one ("q", "question", "moderator")
     */
    static List<Turn> find(String text, Set<String> questioners) {
        List<int[]> labels = new ArrayList<>(); // label begin, label end, words begin, title begin, title end
        collect(COLON_LABEL.matcher(text), labels);
        List<int[]> stops = new ArrayList<>();
        collect(STOP_LABEL.matcher(text), stops);
        boolean opensWithTitle = !stops.isEmpty() && text.substring(0, stops.get(0)[0]).isBlank();
        if (labels.size() + stops.size() < 2 && !opensWithTitle) {
            return List.of();
        }
        labels.addAll(stops);
        labels.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int[] l = labels.get(i);
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            int begin = l[2];
            Matcher stage = STAGE.matcher(text.substring(begin, end));
            if (stage.find()) {
                begin += stage.end();
            }
            while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end <= begin) {
                continue;
            }
            String label = text.substring(l[0], l[1]);
            boolean named = !questioners.contains(label.toLowerCase(Locale.ROOT).replace(".", "").strip());
            Span title = l[3] < 0 ? null : new Span(l[3], l[4], text.substring(l[3], l[4]).strip());
            turns.add(new Turn(new Span(l[0], l[1], label), new Span(begin, end, text.substring(begin, end)), named,
                    title));
        }
        return turns;
    }

    /** True when a text opens with a speaker's label ("GENERAL:", "MS. ROE:"). */
    static boolean opensTurn(String text) {
        Matcher m = COLON_LABEL.matcher(text);
        return m.lookingAt();
    }

    private static void collect(Matcher m, List<int[]> into) {
        while (m.find()) {
            int title = m.groupCount() < 2 ? -1 : m.start(2) >= 0 ? 2 : m.start(3) >= 0 ? 3 : -1;
            into.add(new int[] {m.start(1), m.end(1), m.end(), title < 0 ? -1 : m.start(title),
                    title < 0 ? -1 : m.end(title)});
        }
    }

    /**
     * Returns a quote for each turn whose speaker the article names: the label's family name matched to a person
     * the text names ("MR. COOK" is Peter Cook), a label that is a name itself, or a title matched to the person
     * holding it ("The President" is the person the text calls President). Turns of no one are left out.
     */
    static List<Quote> quotes(String text, List<Sentence> sentences, List<EntityMention> entities,
                              Set<String> questioners) {
        List<Quote> quotes = new ArrayList<>();
        for (Turn t : find(text, questioners)) {
            Span speaker = t.named() ? speaker(t.label(), entities, opensTurn(text) ? -1 : text.indexOf('\n')) : null;
            if (speaker != null) {
                quotes.add(new Quote(sentenceOf(sentences, t.words().begin()), t.words(), speaker));
            }
        }
        return quotes;
    }

    /**
     * The words before a transcript's first label, from the first line written as a sentence (a heading, a place or
     * a date line before it is none), given to the speaker the headline names: "Remarks by Minister X" opens with X's
     * own words before the questions. Null when the text is no transcript or nothing is said before its first label.
     */
    static Quote opening(String text, List<Sentence> sentences, Set<String> questioners, Span speaker) {
        List<Turn> turns = find(text, questioners);
        if (turns.isEmpty() || speaker == null) {
            return null;
        }
        int first = turns.get(0).label().begin();
        Matcher line = SPOKEN_LINE.matcher(text.substring(0, first));
        if (!line.find()) {
            return null;
        }
        int begin = line.start();
        int end = first;
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Quote(sentenceOf(sentences, begin), new Span(begin, end, text.substring(begin, end)), speaker);
    }

    /** A line that ends a sentence and holds a word in lower case: said, not a heading, a place or a date line. */
    private static final Pattern SPOKEN_LINE =
            Pattern.compile("(?m)^[ \\t]*(?=[^\\n]*\\s\\p{Ll})[^\\n]*[.!?][\"'\u201D)]?[ \\t]*$");

    private static Span speaker(Span label, List<EntityMention> entities, int headlineEnd) {
        String[] words = label.text().replace(".", " ").strip().toLowerCase(Locale.ROOT).split("\\s+");
        EntityMention best = null;
        for (EntityMention e : entities) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            String[] name = e.span().text().toLowerCase(Locale.ROOT).split("\\s+");
            boolean sameFamilyName = name[name.length - 1].equals(words[words.length - 1]);
            boolean inLabel = e.span().begin() >= label.begin() && e.span().end() <= label.end();
            if ((sameFamilyName || inLabel)
                    && (best == null || e.span().text().length() > best.span().text().length())) {
                best = e;
            }
        }
        // "THE SPOKESPERSON:", "GENERAL:" with no name: the person the text names with that title, else no one (a
        // bare title is nobody's name)
        return best != null ? best.span() : titleHolder(label, words, entities, headlineEnd);
    }

    /**
     * The one person whose title ends in the label's words ("Deputy Spokesperson" for "THE SPOKESPERSON", "Lt. Gen."
     * for "GENERAL": an abbreviation with its full stop is the word's beginning), at its mention nearest before the
     * label, else the first after it; null when no one or two people hold such a title ("MINISTER:" at a press
     * conference of two ministers) unless the headline, the text's first line, names one of them.
     */
    private static Span titleHolder(Span label, String[] words, List<EntityMention> entities, int headlineEnd) {
        int from = words.length > 1 && words[0].equals("the") ? 1 : 0;
        List<String> title = List.of(words).subList(from, words.length);
        EntityMention before = null;
        EntityMention after = null;
        Set<String> holders = new java.util.HashSet<>();
        for (EntityMention e : entities) {
            if (!e.type().equals("PERSON") || e.role() == null || !endsWithTitle(e.role(), title)) {
                continue;
            }
            String[] name = e.span().text().toLowerCase(Locale.ROOT).split("\\s+");
            holders.add(name[name.length - 1]);
            if (e.span().end() <= label.begin()) {
                before = before == null || e.span().begin() > before.span().begin() ? e : before;
            } else if (e.span().begin() >= label.end() && after == null) {
                after = e;
            }
        }
        EntityMention holder = before != null ? before : after;
        if (holders.size() > 1) {
            // "Remarks by Interior Minister X" over "THE MINISTER:": the headline's holder is the one speaking
            holder = entities.stream().filter(e -> e.type().equals("PERSON") && e.span().end() <= headlineEnd
                    && e.role() != null && endsWithTitle(e.role(), title)).findFirst().orElse(null);
        }
        return holder == null ? null : holder.span();
    }

    /** True when a title ends in the given lower-case words ("Deputy Spokesperson" in "spokesperson"). */
    static boolean endsWithTitle(String role, List<String> title) {
        String[] held = role.strip().toLowerCase(Locale.ROOT).split("[\\s-]+");
        if (held.length < title.size()) {
            return false;
        }
        for (int i = 1; i <= title.size(); i++) {
            String word = held[held.length - i];
            String said = title.get(title.size() - i);
            String stem = word.endsWith(".") ? word.substring(0, word.length() - 1) : null;
            if (!(stem == null ? word.equals(said) : stem.length() >= 2 && said.startsWith(stem))) {
                return false;
            }
        }
        return true;
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset < s.span().end()) {
                return s.index();
            }
        }
        return sentences.size() - 1;
    }
}
