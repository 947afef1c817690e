package org.ceasefirekg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The checks every article text and date passes when read: encoding, word length, dates, printable names. */
class TextChecksTest {

    @Test
    void utf16WithAByteOrderMarkIsText() throws Exception {
        String text = "Shelling hit Homs, officials said. Обстрел.";
        assertEquals(text, TextBytes.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(text, TextBytes.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void utf16WithoutAByteOrderMarkIsBinaryWithAHint() {
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> TextBytes.decode("Shelling hit Homs.".getBytes(StandardCharsets.UTF_16LE)));
        assertTrue(e.getMessage().startsWith("binary file") && e.getMessage().contains("UTF-16"), e.getMessage());
    }

    @Test
    void aBadByteIsPlacedByLineAndColumn() {
        byte[] bytes = "first line\nsecond caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> TextBytes.decode(bytes));
        assertTrue(e.getMessage().contains("not valid UTF-8: byte 0xE9 at line 2, column 11 (offset 21)"),
                e.getMessage());
    }

    @Test
    void aWordLongerThanTheLimitIsRefusedWithWhereItIs() {
        assertNull(ArticleText.problem("A normal text with https://example.org/" + "a".repeat(1_500) + " in it."));
        String reason = ArticleText.problem("Title\n\nThe army " + "x".repeat(60_000) + " shelled.");
        assertTrue(reason != null && reason.startsWith("a word of 60,000 characters without a space at line 3"),
                reason);
        assertTrue(reason.contains("2,000-character limit"), reason);
        assertTrue(ArticleText.problem("y".repeat(ArticleText.MAX_WORD + 1)) != null, "a word ending the text");
        assertNull(ArticleText.problem("y".repeat(ArticleText.MAX_WORD)));
    }

    @Test
    void datesNeedAFourDigitYear() {
        assertEquals("2016-09-19", PublishedDates.parse("2016-09-19", null));
        assertEquals("2016-09-19T14:30:00Z", PublishedDates.parse("2016-09-19T14:30:00Z", null));
        assertEquals("2016-09-19T14:30", PublishedDates.parse("2016-09-19T14:30", null));
        for (String bad : new String[] {"+10000-01-01", "-0001-01-01", "0999-12-31", "+2016-09-19", "2016-02-30",
            "19/09/2016", "2016-9-19"}) {
            assertNull(PublishedDates.parse(bad, null), bad);
        }
        assertEquals("2017-04-05", PublishedDates.parse("4/5/2017", "M/d/yyyy"));
        assertNull(PublishedDates.parse("1/1/10000", "M/d/yyyy"), "five-digit years are refused in patterns too");
        assertTrue(PublishedDates.expected(null).contains("from 1000 to 9999"));
    }

    @Test
    void printableEscapesWhatCouldForgeOrReorderALineAndOnlyThat() {
        assertEquals("a\\nok    b.txt", Printable.escape("a\nok    b.txt"));
        assertEquals("x\\r\\t\\u001B[31m\\u202Etxt", Printable.escape("x\r\t\u001B[31m\u202Etxt"));
        String escaped = Printable.escape("bad\nname\u2028");
        assertEquals(escaped, Printable.escape(escaped), "escaping twice changes nothing");
        assertEquals("می‌خواهم سوريا Донецк.txt", Printable.escape("می‌خواهم سوريا Донецк.txt"));
        assertNull(Printable.escape(null));
        assertEquals("a\\nb", new InputProblem("a\nb", "r").source());
        assertEquals("why\\nok", new InputProblem("s", "why\nok").reason());
        assertEquals("f\\n.txt", new Article("f", "f\n.txt", "t", null, null, null, null).fileName());
    }
}
