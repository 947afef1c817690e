package org.ceasefirekg.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.ArticleWording;
import org.ceasefirekg.extract.EntityMention;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.GazetteerEntry;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;

/**
 * The names one article gives its actors itself, beyond the gazetteer: aliases ("also known as"), acronyms it spells
 * out ("the Free Front (FF)"), short forms of a name written in full before ("the Coalition"), "-led" leaders, and the
 * words it describes an actor with ("rebels of the Free Front", "the paramilitary Guard") that a later short
 * description ("the rebels", "the paramilitary group") repeats.
 */
final class ArticleNames {
    private final Lexicon lexicon;
    private final NameIndex names;
    private final AnnotatedArticle article;
    private final String text;
    /** "the Harbour Guard, also known as the Grey Coats": names an article ties to a known actor itself. */
    private Map<String, GazetteerEntry> localAliases;
    private Map<String, Span> acronyms;
    private List<Side> sides;

    /**
     * An actor as the article named it, with the lower-case words written with that name.
     *
     * @param begin where the first of the words (or the name) is written
     * @param words the describing words, singular ("rebel", "paramilitary"), and the name's own last word
     * @param entry the gazetteer actor named, or null for a name the gazetteer lacks
     * @param name  the name as written
     */
    record Side(int begin, Set<String> words, GazetteerEntry entry, String name) {
        String key() {
            return entry != null ? entry.iri() : Iris.actor(NameIndex.clean(name));
        }
    }

    ArticleNames(Lexicon lexicon, NameIndex names, AnnotatedArticle article) {
        this.lexicon = lexicon;
        this.names = names;
        this.article = article;
        this.text = article.article().text();
    }

    /** Returns the gazetteer actor the article says a phrase is also known as. */
    Optional<GazetteerEntry> localAlias(Span span) {
        if (localAliases == null) {
            localAliases = new HashMap<>();
            for (ArticleWording.Alias a : article.wording().knownAs()) {
                String alias = NameIndex.clean(a.alias().text()).toLowerCase(Locale.ROOT);
                names.resolve(a.name().text().strip()).filter(x -> x.entry().isActor())
                        .ifPresent(x -> localAliases.putIfAbsent(alias, x.entry()));
            }
        }
        return Optional.ofNullable(localAliases.get(NameIndex.clean(span.text()).toLowerCase(Locale.ROOT)));
    }

    /**
     * "the Kessel Liberation Army (KLA) ... the KLA": the full name an acronym the article spelled out in brackets
     * stands for, when the phrase is that acronym or holds its spelling-out; the article's own spelling wins over
     * any gazetteer actor with the same letters.
     */
    Optional<Span> acronym(Span span) {
        Map<String, Span> defined = acronyms();
        String word = NameIndex.clean(span.text()).replaceFirst("^(?i)the ", "").replaceFirst("['\u2019]s?$", "");
        Span full = defined.get(word);
        if (full != null) {
            return Optional.of(full);
        }
        for (Map.Entry<String, Span> d : defined.entrySet()) {
            Span f = d.getValue();
            boolean whole = span.begin() == f.begin() && span.end() == f.end();
            if (whole || span.begin() <= f.begin() && span.end() > f.end()
                    && span.text().contains(f.text() + " (" + d.getKey() + ")")) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static final Pattern BRACKETED = Pattern.compile("\\((\\p{Lu}{2,8})\\)");
    private static final Set<String> NAME_LINKS = Set.of("of", "the", "for", "and", "de", "du", "la");

    /** Each acronym written in brackets right after capitalised words whose initials spell it, with those words. */
    private Map<String, Span> acronyms() {
        if (acronyms != null) {
            return acronyms;
        }
        acronyms = new LinkedHashMap<>();
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            String letters = m.group(1);
            int end = m.start();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            // walk back word by word over the name: capitalised words and the small words inside names
            int begin = end;
            StringBuilder initials = new StringBuilder();
            int cursor = end;
            for (int n = 0; n < 10 && cursor > 0; n++) {
                int start = cursor;
                while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
                String w = text.substring(start, cursor);
                if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !NAME_LINKS.contains(w)) {
                    break;
                }
                if (Character.isUpperCase(w.charAt(0))) {
                    initials.insert(0, w.charAt(0));
                    if (initials.toString().equals(letters)) {
                        begin = start;
                        break;
                    }
                }
                cursor = start - 1;
                if (cursor < 0 || text.charAt(cursor) != ' ') {
                    break;
                }
            }
            if (begin < end) {
                acronyms.putIfAbsent(letters, new Span(begin, end, text.substring(begin, end)));
            }
        }
        return acronyms;
    }

    /**
     * "Syrian Coalition said ... the Coalition added": the gazetteer actor a phrase names only through the article
     * around it: "U.S." before "-led", or one word standing for a name the article gave in full before.
     */
    Optional<GazetteerEntry> namedInArticle(Span span) {
        Optional<GazetteerEntry> leader = ledBy(span);
        return leader.isPresent() ? leader : shortForm(span);
    }

    private Optional<GazetteerEntry> shortForm(Span span) {
        String word = NameIndex.clean(span.text()).replaceFirst("^(?i)the ", "");
        if (word.contains(" ") || word.length() < 4 || !Character.isUpperCase(word.charAt(0))
                || !names.endsAName(word)) {
            return Optional.empty();
        }
        GazetteerEntry last = null;
        for (List<Span> run : article.wording().capitalRuns()) {
            for (int k = 1; k < run.size() && run.get(k).end() <= span.begin(); k++) {
                if (!isWord(run.get(k).text(), word)) {
                    continue;
                }
                // the longest name first: up to four words before this one, then fewer ("Syrian Coalition")
                List<Span> before = run.subList(Math.max(0, k - 4), k);
                for (int first = 0; first < before.size(); first++) {
                    String name = String.join(" ", before.subList(first, before.size()).stream().map(Span::text)
                            .toList()) + " " + word;
                    Optional<NameIndex.Match> known = names.resolve(name);
                    if (name.replaceFirst("^(?i)the ", "").contains(" ") && known.isPresent()
                            && known.get().entry().isActor() && known.get().begin() == 0
                            && known.get().end() == name.length()) {
                        last = known.get().entry();
                        break;
                    }
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /** "Coalition" or "Coalition's": the written word is the word, a possessive or a stop after it aside. */
    private static boolean isWord(String written, String word) {
        return written.equals(word) || written.startsWith(word) && !Character.isLetterOrDigit(written.charAt(word.length()));
    }

    /**
     * "a U.S.-led drone raid": the actor written before "-led" leads the one gazetteer actor named "U.S.-led ...", and
     * that actor acted.
     */
    Optional<GazetteerEntry> ledBy(Span span) {
        if (article.wording().ledMarks().stream().noneMatch(led -> led.begin() == span.end())) {
            return Optional.empty();
        }
        String prefix = (span.text().strip() + "-led ").toLowerCase(Locale.ROOT);
        Set<GazetteerEntry> led = new HashSet<>();
        for (GazetteerEntry e : lexicon.entries().values()) {
            if (e.isActor() && e.names().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith(prefix))) {
                led.add(e);
            }
        }
        return led.size() == 1 ? Optional.of(led.iterator().next()) : Optional.empty();
    }

    /** A short description: one to four lower-case words, the last a side, body or forces noun. */
    private static final Pattern DESCRIPTION = Pattern.compile("[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}");

    /**
     * "the militias", "the paramilitary group", "the rebels": the one actor named before the phrase that the article
     * described with all the phrase's words (the head noun aside when it is a mere kind such as "group"), or whose
     * name ends in the phrase's head noun. Two such actors, or none, name no one.
     */
    Optional<Side> describedSide(Span span) {
        String phrase = NameIndex.clean(span.text()).replaceFirst("^(?i)the ", "");
        phrase = phrase.isEmpty() ? phrase : Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
        if (!DESCRIPTION.matcher(phrase).matches()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(List.of(phrase.split(" ")));
        String head = words.get(words.size() - 1);
        boolean side = lexicon.isCue(CF.SideNoun, head) || lexicon.isCue(CF.SideNoun, head + "s");
        boolean kind = lexicon.isCue(CF.BodyNoun, singular(head)) || lexicon.isCue(CF.ForcesNoun, head);
        // a lone kind noun ("the regime", "the army") is left to the gazetteer and to coreference; with a word
        // before it ("the paramilitary group") the kind adds nothing to the description
        if (!side && (!kind || words.size() == 1)) {
            return Optional.empty();
        }
        if (!side) {
            words.remove(words.size() - 1);
        }
        Set<String> wanted = new HashSet<>();
        words.forEach(w -> wanted.add(singular(w)));
        Map<String, Side> fits = new LinkedHashMap<>();
        for (Side s : sides()) {
            if (s.begin() <= span.begin() && s.words().containsAll(wanted)) {
                fits.putIfAbsent(s.key(), s);
            }
        }
        return fits.size() == 1 ? Optional.of(fits.values().iterator().next()) : Optional.empty();
    }

    /**
     * "rebels of the Free Front (FF) near the town": a side the gazetteer and the tagger missed, written in the phrase
     * as the name its description leads to.
     */
    Optional<Side> sideNamedIn(Span span) {
        return sides().stream().filter(s -> s.entry() == null && s.begin() >= span.begin() && s.begin() < span.end()
                        && span.text().contains(s.name()))
                .filter(s -> span.text().substring(0, span.text().indexOf(s.name()))
                        .matches("(?s)(?:(?:the|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:of\\s+)?(?:the\\s+)?"))
                .findFirst();
    }

    private List<Side> sides() {
        if (sides != null) {
            return sides;
        }
        sides = new ArrayList<>();
        for (EntityMention e : article.entities()) {
            if (e.type().equals("ORGANIZATION")) {
                side(e.span());
            }
        }
        acronyms().values().forEach(this::side);
        for (List<Span> run : article.wording().capitalRuns()) {
            // "militias of the Eastern Shield": a name the tagger missed, that the article describes as a side
            Span name = new Span(run.get(0).begin(), run.get(run.size() - 1).end(),
                    text.substring(run.get(0).begin(), run.get(run.size() - 1).end()));
            if (name.text().matches("(?:\\p{Lu}[\\p{L}'-]*\\s+)+\\p{Lu}[\\p{L}'-]*")
                    && names.resolve(name.text()).isEmpty()) {
                Side at = sideAt(name, null);
                if (at.words().stream().anyMatch(w -> lexicon.isCue(CF.SideNoun, w + "s"))) {
                    sides.add(at);
                }
            }
        }
        for (var s : article.sentences()) {
            for (NameIndex.Match m : names.find(s.span().text())) {
                if (m.entry().isActor() && !m.entry().isPerson() && m.how() == NameIndex.Kind.NAME) {
                    int b = s.span().begin() + m.begin();
                    sides.add(sideAt(new Span(b, s.span().begin() + m.end(), text.substring(b,
                            s.span().begin() + m.end())), m.entry()));
                }
            }
        }
        return sides;
    }

    private void side(Span name) {
        Optional<NameIndex.Match> known = names.resolve(name.text()).filter(k -> k.entry().isActor()
                && k.begin() == 0 && k.end() == NameIndex.clean(name.text()).length());
        sides.add(sideAt(name, known.map(NameIndex.Match::entry).orElse(null)));
    }

    /** Words that end a description read backwards from a name: they belong to the clause, not the name. */
    private static final Set<String> STOPS = Set.of("the", "a", "an", "of", "by", "with", "and", "or", "for", "to",
            "in", "on", "at", "from", "against", "between", "said", "says", "its", "their", "his", "her", "that",
            "which", "who", "as", "than", "was", "were", "is", "are", "had", "has", "have", "both");
    /** "rebels of the Free Front": the words before "of" describe the name after it. */
    private static final Pattern OF_THE = Pattern.compile("(?:^|\\s)((?:[\\p{L}-]+ ){0,2}[\\p{L}-]+) of (?:the )?$");

    private Side sideAt(Span name, GazetteerEntry entry) {
        int lineStart = Math.max(text.lastIndexOf('\n', name.begin()), text.lastIndexOf(". ", name.begin())) + 1;
        int from = Math.max(lineStart, name.begin() - 80);
        String before = text.substring(from, name.begin());
        Matcher of = OF_THE.matcher(before);
        before = of.find() ? before.substring(0, of.end(1))
                : before.replaceFirst("(?i)(?:^|\\s)the\\s*$", "").stripTrailing();
        Set<String> words = new HashSet<>();
        int first = name.begin();
        List<int[]> found = new ArrayList<>();
        Matcher w = WORD.matcher(before);
        while (w.find()) {
            found.add(new int[] {w.start(), w.end()});
        }
        for (int i = found.size() - 1; i >= 0 && i >= found.size() - 3; i--) {
            int[] at = found.get(i);
            boolean last = i == found.size() - 1;
            String between = before.substring(at[1], last ? before.length() : found.get(i + 1)[0]);
            String word = before.substring(at[0], at[1]);
            String lower = word.toLowerCase(Locale.ROOT);
            // "Pro-government militias", "Rebels of" opening a sentence describe; "Sudan's" or "Ruritanian" name
            boolean opening = text.substring(lineStart, from + at[0]).isBlank();
            boolean described = Character.isLowerCase(word.charAt(0)) || opening
                    || word.matches("\\p{Lu}\\p{Ll}*-\\p{Ll}[\\p{Ll}-]*");
            if (!between.isBlank() || !described || !word.matches("[\\p{L}-]+") || STOPS.contains(lower)) {
                break;
            }
            words.add(singular(lower));
            first = from + at[0];
        }
        String[] own = NameIndex.clean(name.text()).split(" ");
        words.add(singular(own[own.length - 1].toLowerCase(Locale.ROOT)));
        return new Side(first, words, entry, NameIndex.clean(name.text()));
    }

    private static final Pattern WORD = Pattern.compile("[^\\s]+");

    /** "militias" -> "militia", "rebels" -> "rebel"; "forces" and "troops" keep their plural as the name does. */
    private static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.endsWith("s") && !word.endsWith("ss") && word.length() > 3 ? word.substring(0, word.length() - 1)
                : word;
    }
}
