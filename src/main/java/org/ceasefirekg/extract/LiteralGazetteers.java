package org.ceasefirekg.extract;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.pipeline.DefaultPaths;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER gazetteers with their regular-expression entries spelled out as the words they match.
 *
 * <p>TokensRegexNER looks up the entries worth trying for a sentence by one literal word of each entry; an entry with
 * no literal word ({@code Gen\.?}, {@code u\.s\.}, {@code V[aA]\.?}: about 1,000 in the two default files) is tried
 * at every position of every sentence. That took three quarters of the NER stage, a fifth of all annotation. Here
 * {@code Lt\.? Gen\.?} becomes four TokensRegex entries of quoted words ({@code ( "Lt." "Gen." )} ...), which match
 * exactly the same tokens and are looked up by word. An entry that is no small finite set of words stays as it is.
 * Overlapping matches of equal priority may now be tried in another order: on all 804 FA-KES articles 2 of 272,483
 * tokens got another tag.
 */
final class LiteralGazetteers {
    /** An entry is spelled out only into at most this many entries. */
    static final int MAX_VARIANTS = 16;
    /** Bumped when the rewriting changes, so that older rewritten copies are not reused. */
    private static final String RECIPE = "1";
    /** CoreNLP's own test (ComplexNodePattern) of a pattern word that needs no regular expression. */
    private static final Pattern LITERAL = Pattern.compile("[^\\[\\]?.\\\\^$()*+{}|]*");
    private static final String METACHARACTERS = "?.^$()*+{}]|";

    private LiteralGazetteers() {
    }

    /**
     * Returns CoreNLP's default fine-grained NER mapping setting with each file replaced by its rewritten copy in
     * {@code dir}, writing a copy only if it is not there yet (the copies of one CoreNLP version never change).
     */
    static String defaultMapping(Path dir) throws IOException {
        // a copy is written in seconds, so an hour-old temporary file was left by a writer that was killed
        AnnotationCache.removeOlderThan(dir, "mapping*.tmp", Duration.ofHours(1));
        List<String> files = new ArrayList<>();
        for (String spec : DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS.split(";")) {
            int comma = spec.lastIndexOf(',');
            String source = spec.substring(comma + 1).trim();
            Path copy = dir.resolve("r" + RECIPE + "-" + Path.of(source).getFileName());
            if (!Files.isRegularFile(copy)) {
                write(source, copy);
            }
            files.add(spec.substring(0, comma + 1) + copy);
        }
        return String.join(";", files);
    }

    private static void write(String source, Path copy) throws IOException {
        Files.createDirectories(copy.getParent());
        Path tmp = Files.createTempFile(copy.getParent(), "mapping", ".tmp");
        try {
            try (BufferedReader in = IOUtils.readerFromString(source, StandardCharsets.UTF_8.name());
                 BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    for (String rewritten : rewrite(line)) {
                        out.write(rewritten);
                        out.write('\n');
                    }
                }
            }
            // Whole or absent under its real name: another process may be reading it already.
            Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Returns the mapping-file lines that replace one line: itself, or one TokensRegex entry per word sequence. */
    static List<String> rewrite(String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return List.of(line);
        }
        String pattern = line.substring(0, tab).trim();
        if (pattern.startsWith("( ") && pattern.endsWith(" )")) {
            return List.of(line);
        }
        String[] tokens = pattern.split("\\s+");
        List<Set<String>> choices = new ArrayList<>();
        boolean allLiteral = true;
        long combinations = 1;
        for (String token : tokens) {
            boolean literal = LITERAL.matcher(token).matches();
            allLiteral &= literal;
            Set<String> words = literal ? Set.of(token) : words(token);
            if (words == null || words.isEmpty() || !words.stream().allMatch(LiteralGazetteers::quotable)) {
                return List.of(line);
            }
            combinations *= words.size();
            choices.add(words);
        }
        if (allLiteral || combinations > MAX_VARIANTS) {
            return List.of(line);
        }
        List<String> sequences = List.of("");
        for (Set<String> words : choices) {
            List<String> longer = new ArrayList<>();
            for (String prefix : sequences) {
                for (String word : words) {
                    longer.add(prefix + " \"" + word + "\"");
                }
            }
            sequences = longer;
        }
        String fields = line.substring(tab);
        return sequences.stream().map(s -> "(" + s + " )" + fields).toList();
    }

    /**
     * Returns every word a one-token regular expression matches, or null unless it is built only of plain characters,
     * escaped punctuation, character lists like {@code [aA]}, optional parts {@code ?} and alternatives {@code |}.
     */
    static Set<String> words(String regex) {
        Set<String> all = new LinkedHashSet<>();
        for (String alternative : regex.split("\\|", -1)) {
            List<String> variants = List.of("");
            int i = 0;
            while (i < alternative.length()) {
                char c = alternative.charAt(i);
                String atom;
                if (c == '\\') {
                    if (i + 1 == alternative.length() || Character.isLetterOrDigit(alternative.charAt(i + 1))) {
                        return null; // \w, \d, \s and the like are classes, not characters
                    }
                    atom = String.valueOf(alternative.charAt(i + 1));
                    i += 2;
                } else if (c == '[') {
                    int end = alternative.indexOf(']', i);
                    atom = end < 0 ? "" : alternative.substring(i + 1, end);
                    if (atom.isEmpty() || atom.chars().anyMatch(ch -> "^-\\[&".indexOf(ch) >= 0
                            || Character.isSurrogate((char) ch))) {
                        return null;
                    }
                    i = end + 1;
                } else if (METACHARACTERS.indexOf(c) >= 0) {
                    return null;
                } else {
                    atom = String.valueOf(c);
                    i++;
                }
                boolean optional = i < alternative.length() && alternative.charAt(i) == '?';
                if (optional) {
                    i++;
                    if (i < alternative.length() && "?+".indexOf(alternative.charAt(i)) >= 0) {
                        return null; // lazy and possessive quantifiers
                    }
                }
                variants = extend(variants, atom, optional);
                if (variants.size() > MAX_VARIANTS) {
                    return null;
                }
            }
            variants.stream().filter(v -> !v.isEmpty()).forEach(all::add);
        }
        return all;
    }

    private static List<String> extend(List<String> variants, String choices, boolean optional) {
        List<String> longer = new ArrayList<>();
        for (String v : variants) {
            for (char ch : choices.toCharArray()) {
                longer.add(v + ch);
            }
            if (optional) {
                longer.add(v);
            }
        }
        return longer;
    }

    /** TokensRegex reads a quoted word up to the next quote and keeps backslashes, so words holding either stay out. */
    private static boolean quotable(String word) {
        return word.indexOf('"') < 0 && word.indexOf('\\') < 0;
    }
}
