package org.ceasefirekg.map;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ceasefirekg.extract.EntityMention;
import org.ceasefirekg.extract.Span;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;

/**
 * A state named inside a longer organization's name ("the Episcopal Conference of X", "the Organization of American
 * States") is not who acts: the organization is, unless the name is one of the state's own organs ("the Government
 * of X", "the X Defence Ministry"), which act for the state.
 */
final class StatesInNames {
    /** "Episcopal Conference of ", "Organization of ": capitalised words and "of" right before the state's name. */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(?:(?i:the)\\s+)?((?:\\p{Lu}[\\p{L}'-]*\\s+){1,4}(?:of|for)\\s+(?:the\\s+)?)");

    private StatesInNames() {}

    /**
     * Returns the organization mention inside the span that writes a state's name inside its own longer name, when it
     * is no organ of that state; empty otherwise.
     */
    static Optional<Span> organizationAround(Span span, List<EntityMention> entities, NameIndex names,
                                             Lexicon lexicon) {
        for (EntityMention o : entities) {
            if (!o.type().equals("ORGANIZATION") || o.span().begin() < span.begin() || o.span().end() > span.end()) {
                continue;
            }
            String text = o.span().text();
            if (organ(text, lexicon) || names.resolve(text).filter(m -> m.begin() == 0
                    && m.end() >= NameIndex.clean(text).length()).isPresent()) {
                continue; // an organ of the state, or a name the gazetteer knows whole
            }
            boolean stateInside = names.find(text).stream().anyMatch(m -> m.entry().isPlace() && m.entry().isActor()
                    && (m.begin() > 0 || m.end() < text.length()));
            if (stateInside) {
                return Optional.of(o.span());
            }
        }
        // the tagger may split the name ("Episcopal" a religion, "X" a country): capitalised words "of" the state
        String text = span.text();
        for (NameIndex.Match m : names.find(text)) {
            java.util.regex.Matcher before = NAME_BEFORE.matcher(text.substring(0, m.begin()));
            if (m.entry().isPlace() && m.entry().isActor() && before.matches() && text.substring(m.end()).isBlank()
                    && !organ(text.substring(0, m.end()), lexicon)
                    && names.resolve(text).filter(x -> x.begin() == 0 && x.end() >= NameIndex.clean(text).length())
                    .isEmpty()) {
                int begin = span.begin() + before.start(1);
                return Optional.of(new Span(begin, span.begin() + m.end(), text.substring(before.start(1), m.end())));
            }
        }
        return Optional.empty();
    }

    /** A name with a word of a state's own organs or posts in it (cf:StateOrganWord): what it does, the state does. */
    private static boolean organ(String name, Lexicon lexicon) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .anyMatch(w -> lexicon.isCue(CF.StateOrganWord, w));
    }
}
