package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiteralGazetteersTest {
    /** Lines in the form of CoreNLP's regexner_cased.tab: pattern, type, overwritable types, priority. */
    private static final List<String> MAPPING = List.of(
            "Lt\\.? Gen\\.?\tTITLE\tMISC\t1",
            "Gen\\.?\tTITLE\tMISC\t1",
            "V[aA]\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1",
            "u\\.?s\\.?a\\.?\tCOUNTRY\tLOCATION\t1",
            "rigdonite|rigdonites\tRELIGION\tMISC\t1",
            "secretary-of-.*\tTITLE\tMISC\t1",
            "foreign minister\tTITLE\tMISC\t1");

    @Test
    void aRegexBecomesTheWordsItMatches() {
        assertEquals(Set.of("Gen.", "Gen"), LiteralGazetteers.words("Gen\\.?"));
        assertEquals(Set.of("Va.", "VA.", "Va", "VA"), LiteralGazetteers.words("V[aA]\\.?"));
        assertEquals(8, LiteralGazetteers.words("u\\.?s\\.?a\\.?").size());
        assertEquals(Set.of("rigdonite", "rigdonites"), LiteralGazetteers.words("rigdonite|rigdonites"));
    }

    @Test
    void aRegexWithoutAFiniteSetOfWordsIsLeftAlone() {
        assertNull(LiteralGazetteers.words("secretary-of-.*"));
        assertNull(LiteralGazetteers.words("[a-z]+"));
        assertNull(LiteralGazetteers.words("\\w\\.?"));
        assertNull(LiteralGazetteers.words("x{2}"));
        assertEquals(List.of("secretary-of-.*\tTITLE"), LiteralGazetteers.rewrite("secretary-of-.*\tTITLE"));
        String many = "a?b?c?d?e? x\tTITLE";
        assertEquals(List.of(many), LiteralGazetteers.rewrite(many));
    }

    @Test
    void eachWordSequenceBecomesATokensRegexEntryWithTheSameFields() {
        assertEquals(List.of("( \"Lt.\" \"Gen.\" )\tTITLE\tMISC\t1", "( \"Lt.\" \"Gen\" )\tTITLE\tMISC\t1",
                        "( \"Lt\" \"Gen.\" )\tTITLE\tMISC\t1", "( \"Lt\" \"Gen\" )\tTITLE\tMISC\t1"),
                LiteralGazetteers.rewrite(MAPPING.get(0)));
        assertEquals(List.of("foreign minister\tTITLE\tMISC\t1"), LiteralGazetteers.rewrite(MAPPING.get(6)));
        assertEquals(List.of("( /a/ /b/ )\tTITLE"), LiteralGazetteers.rewrite("( /a/ /b/ )\tTITLE"));
    }

    @Test
    void coreNlpTagsTheSameTokensWithTheRewrittenMapping(@TempDir Path dir) throws IOException {
        Path original = Files.write(dir.resolve("original.tab"), MAPPING, StandardCharsets.UTF_8);
        List<String> rewritten = new ArrayList<>();
        MAPPING.forEach(line -> rewritten.addAll(LiteralGazetteers.rewrite(line)));
        Path literal = Files.write(dir.resolve("literal.tab"), rewritten, StandardCharsets.UTF_8);
        String[][] sentences = {
                {"Lt.", "Gen.", "Ivan", "Petrov", "met", "Gen", "Smith", "in", "VA", "."},
                {"The", "USA", "and", "the", "u.s.", "and", "Va", "and", "Vb", "."},
                {"rigdonites", "and", "a", "secretary-of-state", "and", "a", "foreign", "minister", "."},
                {"Lt", "Gen", "and", "Lt.", "Colonel", "and", "usa.", "."}};
        for (boolean ignoreCase : new boolean[] {false, true}) {
            for (String[] words : sentences) {
                List<String> expected = tags(original, ignoreCase, words);
                assertEquals(expected, tags(literal, ignoreCase, words), String.join(" ", words));
            }
        }
        assertEquals(List.of("TITLE", "TITLE", "O", "O", "O", "TITLE", "O", "O", "STATE_OR_PROVINCE", "O"),
                tags(literal, false, sentences[0]));
        assertEquals("COUNTRY", tags(literal, true, sentences[1]).get(1));
    }

    private static List<String> tags(Path mapping, boolean ignoreCase, String... words) {
        Properties props = new Properties();
        props.setProperty("test.mapping", (ignoreCase ? "ignorecase=true," : "") + mapping + ";");
        TokensRegexNERAnnotator annotator = new TokensRegexNERAnnotator("test", props);
        List<CoreLabel> tokens = new ArrayList<>();
        for (String word : words) {
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            token.setValue(word);
            token.setTag(Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN");
            token.setNER("O");
            tokens.add(token);
        }
        Annotation annotation = new Annotation(String.join(" ", words));
        annotation.set(CoreAnnotations.TokensAnnotation.class, tokens);
        annotator.annotate(annotation);
        return tokens.stream().map(CoreLabel::ner).toList();
    }

    @Test
    void theRewrittenCopiesAreWrittenOnceAndKilledWritersLeftoversCleared(@TempDir Path dir) throws IOException {
        Path orphan = Files.writeString(dir.resolve("mapping1.tmp"), "half");
        Files.setLastModifiedTime(orphan, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 2 * 3600_000L));
        Path writing = Files.writeString(dir.resolve("mapping2.tmp"), "in progress");
        String mapping = LiteralGazetteers.defaultMapping(dir);
        assertTrue(mapping.startsWith("ignorecase=true,"), mapping);
        List<Path> copies = new ArrayList<>();
        for (String spec : mapping.split(";")) {
            copies.add(Path.of(spec.substring(spec.lastIndexOf(',') + 1)));
        }
        assertEquals(2, copies.size());
        for (Path copy : copies) {
            assertEquals(dir, copy.getParent());
            assertTrue(Files.size(copy) > 100_000, copy + " holds the whole gazetteer");
        }
        assertTrue(Files.readString(copies.get(1)).contains("( \"Lt.\" \"Gen.\" )\t"), "cased titles spelled out");
        assertFalse(Files.exists(orphan), "an hour-old temporary file is a killed writer's");
        assertTrue(Files.exists(writing), "a fresh one may be another process's");
        var written = Files.getLastModifiedTime(copies.get(0));
        assertEquals(mapping, LiteralGazetteers.defaultMapping(dir));
        assertEquals(written, Files.getLastModifiedTime(copies.get(0)), "reused, not written again");
    }
}
