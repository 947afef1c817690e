package org.ceasefirekg.map;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.NameIndex;

/**
 * "Statement on the Ceasefire between A and B": a headline that names the sides of the truce its text goes on to
 * welcome as "the ceasefire", "the agreement" or "it", without naming them again. Statements and press releases put
 * the sides in the heading and speak of "the parties" below it.
 */
final class HeadlineSides {
    /** A ceasefire word, then "between A and B" (a headline's phrase ends at punctuation or a verb of news). */
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(?:cease-?fires?|truces?|cessation of hostilities"
            + "|armistice|(?:peace|ceasefire|truce)\\s+(?:agreement|accord|deal))\\s+(?:agreement\\s+|deal\\s+)?"
            + "(?:between|among)\\s+(.+?)\\s+and\\s+(.+?)\\s*(?:$|[,:;.!?(\\u2013\\u2014|]|\\s-\\s|\\s(?:in|on|over|to|"
            + "at|after|takes?|holds?|begins?|starts?|ends?|collapses?|is|was|will|has|comes?|enters?)\\s)");
    /** A name of a few capitalised words, with "of", "the", "and" between ("the People's Front of X"). */
    private static final Pattern NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}'.\\-]*)(?:\\s+(?:\\p{Lu}[\\p{L}'.\\-]*|of|"
            + "the|for|de|al))*");

    private HeadlineSides() {}

    /** Returns the actors the headline names as the two sides of a ceasefire, or none when it names no such pair. */
    static List<String> of(String title, NameIndex names, Entities entities) {
        if (title == null) {
            return List.of();
        }
        Matcher m = BETWEEN.matcher(title.strip());
        if (!m.find()) {
            return List.of();
        }
        List<String> sides = new ArrayList<>();
        for (String side : List.of(m.group(1), m.group(2))) {
            String name = side.replaceFirst("(?i)^the\\s+", "").strip();
            String actor = names.resolve(name).filter(x -> x.entry().isActor()).map(x -> entities.iriOf(x.entry()))
                    .orElse(NAME.matcher(name).matches() && name.split("\\s+").length <= 7
                            ? entities.minted(name, CF.Organization) : null);
            if (actor == null) {
                return List.of(); // "between the sides and their neighbours": no pair of names
            }
            sides.add(actor);
        }
        return sides;
    }
}
