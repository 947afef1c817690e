package org.ceasefirekg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/**
 * Reads the article's wording that no frame holds: the text around ceasefire words, "known as" aliases, "-led"
 * marks, aid words, runs of capitalised words and the states the article is about. Matching text is extraction's
 * job, so the mapper only resolves what is found here.
 */
final class WordingReader {
    private static final Pattern KNOWN_AS = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'-]*\\s){0,4}\\p{Lu}[\\p{L}'-]*),?\\s+(?:also\\s+|better\\s+)?known\\s+as\\s+"
                    + "(?:the\\s+)?((?:\\p{Lu}[\\p{L}'-]*\\s?){1,5})");
    /** "a truce in the north of Ruritania": the preposition that tells where a ceasefire holds. */
    private static final Pattern PREPOSITION =
            Pattern.compile("^\\s+(?:in|for|across|throughout)\\s+(?:the\\s+)?(.*)");
    private static final String LED = "-led";
    /** Two or more capitalised words in a row, where a name an article shortens later is written in full. */
    private static final Pattern CAPITAL_RUN = Pattern.compile("\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*)+");
    private static final Pattern CAPITAL_WORD = Pattern.compile("\\p{Lu}[\\p{L}'.-]*");
    /** Characters read before and after a ceasefire word: enough for "the Ruritania-wide truce". */
    private static final int BEFORE = 25;
    private static final int AFTER = 30;

    private final NameIndex names;
    private final List<String> ceasefireTriggers;
    /** The lexicon's aid words, compiled once: an attacked convoy is an aid delivery. */
    private final Pattern aidWords;

    WordingReader(Lexicon lexicon, NameIndex names) {
        this.names = names;
        this.ceasefireTriggers = lexicon.triggers().keySet().stream()
                .filter(t -> lexicon.triggers().get(t).contains(Vocab.CEASEFIRE_EVENT)).toList();
        String aid = lexicon.triggers().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(c -> CF.AidDelivery.equals(lexicon.eventClasses().get(c))))
                .map(e -> Pattern.quote(e.getKey())).sorted().collect(java.util.stream.Collectors.joining("|"));
        // Case-insensitive rather than lower-cased text, so that offsets stay those of the article.
        this.aidWords = Pattern.compile(aid.isEmpty() ? "(?!)" : "\\b(?:" + aid + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Reads the wording of an article's text. */
    ArticleWording read(String text) {
        return new ArticleWording(ceasefireWords(text), knownAs(text), ledMarks(text), aidWords(text),
                List.copyOf(names.statesOf(text)), capitalRuns(text));
    }

    private List<ArticleWording.CeasefireWord> ceasefireWords(String text) {
        List<ArticleWording.CeasefireWord> found = new ArrayList<>();
        String lower = text.toLowerCase();
        for (String trigger : ceasefireTriggers) {
            for (int at = lower.indexOf(trigger); at >= 0; at = lower.indexOf(trigger, at + 1)) {
                int end = at + trigger.length();
                Span before = span(text, Math.max(0, at - BEFORE), at);
                Span after = span(text, end, Math.min(text.length(), end + AFTER));
                Matcher in = PREPOSITION.matcher(after.text());
                Span object = in.find() ? span(text, end + in.start(1), end + in.end(1)) : null;
                found.add(new ArticleWording.CeasefireWord(before, after, object));
            }
        }
        return found;
    }

    private static List<ArticleWording.Alias> knownAs(String text) {
        List<ArticleWording.Alias> found = new ArrayList<>();
        Matcher m = KNOWN_AS.matcher(text);
        while (m.find()) {
            found.add(new ArticleWording.Alias(span(text, m.start(1), m.end(1)), span(text, m.start(2), m.end(2))));
        }
        return found;
    }

    private static List<Span> ledMarks(String text) {
        List<Span> found = new ArrayList<>();
        for (int at = text.indexOf(LED); at >= 0; at = text.indexOf(LED, at + 1)) {
            found.add(span(text, at, at + LED.length()));
        }
        return found;
    }

    /** Every aid word, overlapping ones too, so that any phrase holding one finds it. */
    private List<Span> aidWords(String text) {
        List<Span> found = new ArrayList<>();
        Matcher m = aidWords.matcher(text);
        for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
            found.add(span(text, m.start(), m.end()));
        }
        return found;
    }

    private static List<List<Span>> capitalRuns(String text) {
        List<List<Span>> found = new ArrayList<>();
        Matcher run = CAPITAL_RUN.matcher(text);
        while (run.find()) {
            List<Span> words = new ArrayList<>();
            Matcher word = CAPITAL_WORD.matcher(text).region(run.start(), run.end());
            while (word.find()) {
                words.add(span(text, word.start(), word.end()));
            }
            found.add(List.copyOf(words));
        }
        return found;
    }

    private static Span span(String text, int begin, int end) {
        return new Span(begin, end, text.substring(begin, end));
    }
}
