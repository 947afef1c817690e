package org.ceasefirekg.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds gazetteer names in text. Names written with a capital letter match case-sensitively ("AP" is not "ap");
 * all-lower-case names ("rebels") match in any case. Overlapping candidates resolve leftmost-longest.
 */
public final class NameIndex {

    /**
     * A gazetteer name found in text.
     *
     * @param begin  offset of the first character in the searched text
     * @param end    offset after the last character
     * @param entry  the entry it names
     * @param how    NAME, DEMONYM or METONYM
     */
    public record Match(int begin, int end, GazetteerEntry entry, Kind how) {}

    /** How a match names its entry. */
    public enum Kind { NAME, DEMONYM, METONYM }

    /** A surface form; caseless (the form is all lower case) is worked out once, as every search asks it per key. */
    private record Key(String form, GazetteerEntry entry, Kind how, boolean caseless) {
        Key(String form, GazetteerEntry entry, Kind how) {
            this(form, entry, how, NameIndex.caseless(form));
        }
    }

    private final List<Key> keys = new ArrayList<>();
    /**
     * The positions in keys of the keys whose form opens with a given word (a run of letters and digits), cased and
     * caseless apart, and of the few that open with another character: a search looks up the words of the text
     * instead of looking for every one of the thousands of forms in it.
     */
    private Map<String, List<Integer>> casedByFirstWord = new HashMap<>();
    private Map<String, List<Integer>> caselessByFirstWord = new HashMap<>();
    private List<Integer> unworded = new ArrayList<>();
    private final Map<String, Key> exact = new HashMap<>();
    private final Map<String, GazetteerEntry> places = new HashMap<>();
    /** The lower-case words of five letters or more that names are made of ("regime", "forces"). */
    private final java.util.Set<String> nameWords = new java.util.HashSet<>();

    /** The lower-case last words of the names of several words. */
    private final java.util.Set<String> lastWords = new java.util.HashSet<>();

    /**
     * The states an article is about (see {@link #about}), or null for every state: a common-noun name ("rebels",
     * "the regime") of an entry scoped to a state names it only in a text about that state.
     */
    private final java.util.Set<String> states;

    private NameIndex(NameIndex all, java.util.Set<String> states) {
        keys.addAll(all.keys);
        casedByFirstWord = all.casedByFirstWord;
        caselessByFirstWord = all.caselessByFirstWord;
        unworded = all.unworded;
        exact.putAll(all.exact);
        places.putAll(all.places);
        nameWords.addAll(all.nameWords);
        lastWords.addAll(all.lastWords);
        this.states = java.util.Set.copyOf(states);
    }

    /**
     * Returns this index as it reads one text: the states the text names (by name, demonym or metonym) or names a
     * place of are its states, and a common-noun name of an entry scoped to another state names nothing there.
     */
    public NameIndex about(String text) {
        return about(statesOf(text));
    }

    /** Returns this index as it reads a text about the given states (see {@link #statesOf}). */
    public NameIndex about(java.util.Set<String> states) {
        return new NameIndex(this, states);
    }

    /**
     * Returns the states a text is about: those it names (by name, demonym or metonym) or names a place of, read
     * once by the extractor so that the mapper need not read the text.
     */
    public java.util.Set<String> statesOf(String text) {
        java.util.Set<String> named = new java.util.TreeSet<>();
        for (Match m : find(text)) {
            if (m.entry().types().contains(CF.State)) {
                named.add(m.entry().iri());
            }
            String matched = text.substring(m.begin(), m.end());
            // "Rebels" opening a sentence is still the common noun, not a name of the war's own
            boolean commonNoun = m.entry().names().stream().anyMatch(n -> caseless(n) && n.equalsIgnoreCase(matched));
            if (m.entry().scope() != null && !commonNoun) {
                named.add(m.entry().scope());
            }
        }
        return named;
    }

    private boolean inScope(Key key) {
        return states == null || key.entry.scope() == null || !key.caseless || states.contains(key.entry.scope());
    }

    /** Indexes every name, demonym and metonym of the lexicon's gazetteer. */
    public NameIndex(Lexicon lexicon) {
        states = null;
        for (GazetteerEntry e : lexicon.entries().values()) {
            e.names().stream().filter(n -> n.contains(" "))
                    .forEach(n -> lastWords.add(n.substring(n.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)));
            e.names().forEach(n -> add(n, e, Kind.NAME));
            e.demonyms().forEach(n -> add(n, e, Kind.DEMONYM));
            e.metonyms().forEach(n -> add(n, e, Kind.METONYM));
        }
        for (GazetteerEntry e : lexicon.entries().values()) {
            // Possessives whose apostrophe a scraper dropped ("Syrias army", "Assads forces"); added last, so a
            // real name spelled that way keeps its own entry.
            e.names().stream().filter(NameIndex::takesBarePossessive).forEach(n -> add(n + "s", e, Kind.NAME));
            // The same in a name that holds a possessive: "Assad's forces" is also written "Assads forces".
            e.names().stream().map(NameIndex::sameApostrophe).filter(n -> n.contains("'s "))
                    .forEach(n -> add(n.replace("'s ", "s "), e, Kind.NAME));
            // A group named by its owner and a plural head is also written as a possessive: "Assad regime forces",
            // "the Assad regime's forces".
            e.names().stream().map(NameIndex::sameApostrophe).filter(NameIndex::ownedGroup)
                    .forEach(n -> add(n.substring(0, n.lastIndexOf(' ')) + "'s" + n.substring(n.lastIndexOf(' ')),
                            e, Kind.NAME));
        }
        // A name opening with a state's demonym is also written with the state's possessive: "Syrian armed
        // forces" as "Syria's armed forces" (and "Syrias armed forces" once a scraper dropped the apostrophe).
        Map<String, String> stateOf = new HashMap<>();
        for (GazetteerEntry state : lexicon.entries().values()) {
            state.demonyms().forEach(d -> stateOf.put(d, state.label()));
        }
        for (GazetteerEntry e : lexicon.entries().values()) {
            for (String n : e.names()) {
                int space = n.indexOf(' ');
                String state = space > 0 ? stateOf.get(n.substring(0, space)) : null;
                if (state != null && Character.isLowerCase(n.charAt(space + 1))) {
                    add(state + "'s" + n.substring(space), e, Kind.NAME);
                    add(state + "s" + n.substring(space), e, Kind.NAME);
                }
            }
        }
        // Longer names first, so "Syrian Arab Red Crescent" wins over "Syrian".
        keys.sort(Comparator.comparingInt((Key k) -> -k.form.length()).thenComparing(k -> k.form));
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            int end = wordEnd(key.form, 0);
            if (end == 0) {
                unworded.add(i);
            } else {
                (key.caseless ? caselessByFirstWord : casedByFirstWord)
                        .computeIfAbsent(key.form.substring(0, end), w -> new ArrayList<>()).add(i);
            }
        }
    }

    private void add(String name, GazetteerEntry entry, Kind how) {
        String form = sameApostrophe(name);
        Matcher words = LOWER_WORD.matcher(form);
        while (words.find()) {
            nameWords.add(words.group());
        }
        if (entry.isPlace() && how == Kind.NAME) {
            places.putIfAbsent(form, entry);
        }
        Key key = new Key(form, entry, how);
        // The first entry to claim a surface form keeps it: the gazetteer is read in a stable order.
        if (exact.putIfAbsent(lookupKey(form), key) == null) {
            keys.add(key);
        }
    }

    private static boolean ownedGroup(String form) {
        int space = form.lastIndexOf(' ');
        String owner = form.substring(0, Math.max(space, 0));
        return space > 0 && !owner.contains("'") && !owner.endsWith("s") && form.endsWith("s")
                && Character.isLowerCase(form.charAt(space + 1));
    }

    private static boolean takesBarePossessive(String form) {
        boolean acronym = form.length() >= 3 && form.chars().allMatch(c -> c >= 'A' && c <= 'Z'); // "the SARCs branch"
        return acronym || !caseless(form) && form.length() > 3 && Character.isLowerCase(form.charAt(form.length() - 1))
                && !form.endsWith("s");
    }

    /** Typographic and typewriter apostrophes are one character each way, so a curator writes one form. */
    private static String sameApostrophe(String text) {
        return text.replace('\u2019', '\'');
    }

    private static boolean caseless(String form) {
        return form.equals(form.toLowerCase(Locale.ROOT));
    }

    private static String lookupKey(String form) {
        return caseless(form) ? form : "\u0000" + form;
    }

    /** Returns true when some name of several words ends with this word ("Coalition": "Syrian Coalition"). */
    public boolean endsAName(String word) {
        return lastWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Returns the place called exactly this ("Damascus" the city, where the name also stands for a government). */
    public Optional<GazetteerEntry> placeNamed(String form) {
        return Optional.ofNullable(places.get(form));
    }

    /** Returns every non-overlapping name in the text, in text order. */
    public List<Match> find(String original) {
        // Non-breaking and other odd spaces are one character each, so offsets stay valid.
        String text = sameApostrophe(original.replaceAll("[\\u00A0\\u2007\\u202F\\t]", " "));
        List<Match> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[text.length()];
        // Each key's occurrences in key order (longest first), each key's in text order: the first to claim a span
        // keeps it.
        for (long candidate : occurrences(text, lower)) {
            Key key = keys.get((int) (candidate >>> 32));
            int at = (int) candidate;
            int end = at + key.form.length();
            boolean fits = isBoundary(text, at - 1) && isBoundary(text, end) && free(taken, at, end)
                    && (!key.caseless || !insideProperName(text, at, end))
                    && !BASED_OR_BACKED.matcher(text).region(end, text.length()).lookingAt();
            if (fits) {
                for (int i = at; i < end; i++) {
                    taken[i] = true;
                }
                found.add(new Match(at, end, key.entry, key.how));
            }
        }
        found.sort(Comparator.comparingInt(Match::begin));
        return found;
    }

    /**
     * Resolves a noun phrase to one entry: an exact name, else the name that ends the phrase (its head, in English),
     * else the longest name inside it. Demonyms resolve only when nothing else does.
     */
    public Optional<Match> resolve(String phrase) {
        String fixed = withSwapsFixed(phrase);
        Optional<Match> asFixed = fixed.equals(phrase) ? Optional.empty() : resolveAsWritten(fixed);
        return asFixed.isPresent() ? asFixed : resolveAsWritten(phrase);
    }

    /**
     * "the Syrian miltiary": a lower-case word of five letters or more that no name uses, but would with two
     * neighbouring letters swapped back, is read as that word (the length, so every offset, stays the same).
     */
    private String withSwapsFixed(String phrase) {
        Matcher m = LOWER_WORD.matcher(phrase);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String fixed = word;
            for (int i = 0; i + 1 < word.length() && !nameWords.contains(word) && fixed.equals(word); i++) {
                String swapped = word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
                if (nameWords.contains(swapped)) {
                    fixed = swapped;
                }
            }
            m.appendReplacement(out, fixed);
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * "the Utopia-based monitor", "the Utopia-backed militia": a name joined to such a participle tells where or whose,
     * the phrase names another body (its noun), not that one.
     */
    private static final Pattern BASED_OR_BACKED = Pattern.compile(
            "-(?:based|backed|supported|sponsored|funded|armed|trained|allied|aligned)\\b");

    private static final Pattern LOWER_WORD = Pattern.compile("\\b[a-z]{5,}\\b");

    private Optional<Match> resolveAsWritten(String phrase) {
        String cleaned = clean(phrase);
        Key whole = exact.get(lookupKey(cleaned));
        if (whole == null) {
            whole = exact.get(cleaned.toLowerCase(Locale.ROOT));
        }
        if (whole == null) {
            // a name that keeps its article, "the opposition", is exact only with it
            whole = exact.get(sameApostrophe(phrase.strip().replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT));
        }
        if (whole != null && inScope(whole)) {
            return Optional.of(new Match(0, phrase.length(), whole.entry, whole.how));
        }
        List<Match> inside = find(cleaned);
        Optional<Match> named = inside.stream().filter(m -> m.how != Kind.DEMONYM)
                .filter(m -> m.end == cleaned.length()).findFirst();
        Optional<Match> specific = inside.stream()
                .filter(m -> m.how == Kind.NAME && !isGeneric(m.entry) && !m.entry.isPlace()).findFirst();
        if (named.isPresent() && isGeneric(named.get().entry) && specific.isPresent()) {
            // "Islamic State militants": the named group, not the generic head noun
            return specific;
        }
        if (named.isEmpty()) {
            named = inside.stream().filter(m -> m.how != Kind.DEMONYM)
                    .max(Comparator.comparingInt((Match m) -> m.end - m.begin));
        }
        return named.or(() -> inside.stream().findFirst());
    }

    private static boolean isGeneric(GazetteerEntry e) {
        return e.types().contains(CF.Group);
    }

    /** A name written in capitals (a transcript's "PETER COOK:", a headline) as a name is written: "Peter Cook". */
    public static String asWritten(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.chars().noneMatch(Character::isLetter)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return out.toString();
    }

    /** Removes leading determiners and a trailing possessive, which names in the gazetteer never carry. */
    public static String clean(String phrase) {
        String s = sameApostrophe(phrase.strip().replaceAll("\\s+", " "));
        s = s.replaceAll("^(?i)(the|a|an|its|their|his|her|our) ", "");
        s = s.replaceAll("\\s?'s?$", "");
        return s.strip();
    }

    /**
     * A lower-case name written with capitals right after another capitalised word is part of a proper name
     * ("the Syrian Coalition" is not "the coalition"); at the start of a sentence capitals say nothing.
     */
    private static boolean insideProperName(String text, int begin, int end) {
        if (text.substring(begin, end).equals(text.substring(begin, end).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int i = begin - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int wordEnd = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        String previous = text.substring(i + 1, wordEnd);
        return !previous.isEmpty() && Character.isUpperCase(previous.charAt(0)) && !previous.equals("The");
    }

    /**
     * Returns where each key in scope occurs in the text (its form in the text, or in lower for a caseless key) at the
     * start of a word, as its position in keys times 2^32 plus the offset, sorted: the key order, then the text's.
     */
    private long[] occurrences(String text, String lower) {
        List<Integer> everyKey = new ArrayList<>();
        // Lower case of the same length keeps offsets (it does not for a few letters, as the dotted capital I); when
        // it does not, every key is looked for.
        boolean aligned = lower.length() == text.length();
        List<Integer> scanned = aligned ? unworded : java.util.stream.IntStream.range(0, keys.size()).boxed().toList();
        List<Long> found = new ArrayList<>();
        for (int k : scanned) {
            Key key = keys.get(k);
            if (!inScope(key)) {
                continue;
            }
            String haystack = key.caseless ? lower : text;
            for (int at = haystack.indexOf(key.form); at >= 0; at = haystack.indexOf(key.form, at + 1)) {
                found.add((long) k << 32 | at);
            }
        }
        for (int at = 0; aligned && at < text.length(); at++) {
            if (!isBoundary(text, at - 1) || isBoundary(text, at)) {
                continue;
            }
            addStarting(casedByFirstWord.get(text.substring(at, wordEnd(text, at))), text, at, found);
            addStarting(caselessByFirstWord.get(lower.substring(at, wordEnd(lower, at))), lower, at, found);
        }
        long[] sorted = new long[found.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = found.get(i);
        }
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    private void addStarting(List<Integer> candidates, String haystack, int at, List<Long> found) {
        if (candidates == null) {
            return;
        }
        for (int k : candidates) {
            if (inScope(keys.get(k)) && haystack.startsWith(keys.get(k).form, at)) {
                found.add((long) k << 32 | at);
            }
        }
    }

    /** Returns the end of the run of letters and digits from i (i itself when none is there). */
    private static int wordEnd(String text, int i) {
        int end = i;
        while (end < text.length() && !isBoundary(text, end)) {
            end++;
        }
        return end;
    }

    private static boolean isBoundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean free(boolean[] taken, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
