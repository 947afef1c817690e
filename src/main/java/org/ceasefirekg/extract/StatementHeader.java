package org.ceasefirekg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header block of an official statement: the issuing person's name alone on a line, their title alone on the
 * next ("Jane Roe / Deputy Spokesperson / Washington, DC / date"). The name has that title, and speaks for the
 * publisher that issued the statement.
 */
final class StatementHeader {
    /** A line of a few capitalised words with no sentence punctuation: a title in a header block. */
    private static final Pattern TITLE_LINE = Pattern.compile("\\A[ \\t]*\\r?\\n[ \\t]*((?:[A-Z][\\w.'\\-]*[ \\t]+"
            + "(?:(?:of|for|to|the|and)[ \\t]+)?){0,6}[A-Z][\\w.'\\-]*)[ \\t]*\\r?\\n");
    /** How far into the text a header block may stand. */
    private static final int HEADER_LENGTH = 400;

    /**
     * "By", "As delivered by Deputy Counselor", "Reporting by X and", "; Editing by": a name signing or delivering
     * the text, "by" opening its line or clause after two words at most ("talks mediated by X" is no credit).
     */
    private static final Pattern SIGNED = Pattern.compile("(?:^|;)[ \\t]*(?:[\\w\\-]+[ \\t]+){0,2}[Bb]y[ \\t]+"
            + "(?:[A-Z][\\w.'\\-]*[ \\t]+){0,5}(?:(?:and|,)[ \\t]+(?:[A-Z][\\w.'\\-]*[ \\t]+){0,3})?$");
    /** "I'm Jane Roe reporting", "This is Jane Roe, reporting from the capital": a broadcast's reporter. */
    private static final Pattern SIGN_ON = Pattern.compile("(?i)\\b(?:I'm|I am|this is)[ \\t]+$");
    private static final Pattern REPORTING = Pattern.compile("^,?[ \\t]+(?:reporting|for)\\b");
    /** Lines near either end of a text, where bylines and credits stand. */
    private static final int CREDIT_REACH = 400;

    private StatementHeader() {}

    /**
     * Returns the person with the publisher as affiliation when the text names them as its author, reporter or the
     * one delivering it ("By Jane Roe", "Reporting by Jane Roe; Editing by John Doe", "As delivered by Counselor
     * Jane Roe", "I'm Jane Roe reporting"), or the person unchanged.
     */
    static EntityMention withByline(EntityMention person, String text, String publisher) {
        Span name = person.span();
        if (!person.type().equals("PERSON") || person.affiliation() != null || publisher == null
                || publisher.isBlank()) {
            return person;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, name.begin() - 1)) + 1;
        int lineEnd = text.indexOf('\n', name.end());
        String before = text.substring(lineStart, name.begin());
        String after = text.substring(name.end(), lineEnd < 0 ? text.length() : lineEnd);
        boolean credits = (name.begin() < CREDIT_REACH || text.length() - name.end() < CREDIT_REACH)
                && before.length() + after.length() < 120 && SIGNED.matcher(before).find();
        boolean reporter = SIGN_ON.matcher(before).find() && REPORTING.matcher(after).find();
        return credits || reporter ? new EntityMention(person.sentence(), name, person.type(), person.role(),
                new Span(name.begin(), name.begin(), publisher)) : person;
    }

    /**
     * Returns the person with the title and affiliation its header block gives, or the person unchanged when it
     * is not a name alone on a line near the top followed by a title line.
     *
     * @param publisher who issued the text (the affiliation), or null
     */
    static EntityMention withHeaderTitle(EntityMention person, String text, String publisher) {
        Span name = person.span();
        if (!person.type().equals("PERSON") || person.role() != null || name.begin() > HEADER_LENGTH
                || !aloneOnItsLine(text, name)) {
            return person;
        }
        Matcher m = TITLE_LINE.matcher(text.substring(name.end()));
        if (!m.find()) {
            return person;
        }
        Span affiliation = publisher == null || publisher.isBlank() ? person.affiliation()
                : new Span(name.begin(), name.begin(), publisher);
        return new EntityMention(person.sentence(), name, person.type(), m.group(1).strip(), affiliation);
    }

    private static boolean aloneOnItsLine(String text, Span name) {
        int lineStart = text.lastIndexOf('\n', name.begin() - 1) + 1;
        int lineEnd = text.indexOf('\n', name.end());
        return text.substring(lineStart, name.begin()).isBlank()
                && lineEnd >= 0 && text.substring(name.end(), lineEnd).isBlank();
    }
}
