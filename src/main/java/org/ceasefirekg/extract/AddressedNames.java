package org.ceasefirekg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;

/**
 * Words the tagger takes for people that are only forms of address: a title used as a name ("Thank you, Mr.
 * Chair.") and, in a briefing transcript, the first names a speaker calls reporters by ("Well, Anna, we hope so").
 * They name no one the text says anything about.
 */
final class AddressedNames {
    private final Lexicon lexicon;
    private final NameIndex names;

    AddressedNames(Lexicon lexicon, NameIndex names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Returns the entities without the persons that are forms of address. */
    List<EntityMention> drop(List<EntityMention> entities, String text, Set<String> questioners) {
        boolean transcript = !TranscriptTurns.find(text, questioners).isEmpty();
        return entities.stream().filter(e -> !e.type().equals("PERSON") || !(title(e)
                || transcript && firstNameAlone(e, entities, text, questioners))).toList();
    }

    /** "Mr. Chair", "Madam President": a name made of position words only. */
    private boolean title(EntityMention e) {
        String[] words = e.span().text().toLowerCase(Locale.ROOT).split("\\s+");
        return java.util.Arrays.stream(words).allMatch(w -> lexicon.conceptsOf(w).contains(Vocab.POSITION)
                || lexicon.conceptsOf(w.replace(".", "")).contains(CF.Honorific));
    }

    /**
     * One word with no title that is no known person's name, no family name of a fuller name the text writes and
     * no turn label's family name: a transcript's hosts and reporters are called by their first names alone.
     */
    private boolean firstNameAlone(EntityMention e, List<EntityMention> entities, String text,
                                   Set<String> questioners) {
        String word = e.span().text().strip();
        if (word.contains(" ") || names.resolve(word).filter(m -> m.entry().isPerson()).isPresent()) {
            return false;
        }
        boolean familyName = entities.stream().anyMatch(o -> o.type().equals("PERSON") && o != e
                && o.span().text().strip().contains(" ") && o.span().text().strip().endsWith(" " + word));
        boolean labelName = TranscriptTurns.find(text, questioners).stream().anyMatch(t -> t.label().text()
                .toLowerCase(Locale.ROOT).matches("(?:.*[\\s.])?" + java.util.regex.Pattern.quote(
                        word.toLowerCase(Locale.ROOT))));
        return e.role() == null && !familyName && !labelName;
    }
}
