package org.ceasefirekg.map;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefirekg.lexicon.CF;
import org.ceasefirekg.lexicon.GazetteerEntry;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;

/**
 * "the army said", "the defence ministry held ... responsible": a definite body noun (cf:BodyNoun) that no earlier
 * name in the article resolved stands for the body of that name belonging to the state the article is about, when
 * exactly one of the article's states has one ("Ukrainian army", "Ukraine's Defence Ministry").
 */
final class StateBodies {
    /** "the army", "the defence ministry", "the foreign ministry": lower case, at most one modifier word. */
    private static final Pattern DEFINITE_BODY = Pattern.compile("(?:([a-z]+) )?([a-z]+)");

    private final Lexicon lexicon;
    private final List<String> states;

    StateBodies(Lexicon lexicon, List<String> states) {
        this.lexicon = lexicon;
        this.states = states;
    }

    /** Returns the one body of the article's states a definite description names, or empty when none or several. */
    Optional<GazetteerEntry> of(String written) {
        // "the army", not "an army" or "army units": only the definite description points at one known body
        Matcher m = DEFINITE_BODY.matcher(NameIndex.clean(written).toLowerCase(Locale.ROOT));
        if (!written.strip().matches("(?i)the\\s.*") || !m.matches() || !lexicon.isCue(CF.BodyNoun, m.group(2))) {
            return Optional.empty();
        }
        String described = m.group(1) == null ? m.group(2) : m.group(1) + " " + m.group(2);
        Map<String, GazetteerEntry> entries = lexicon.entries();
        Set<GazetteerEntry> found = new HashSet<>();
        for (String iri : states) {
            GazetteerEntry state = entries.get(iri);
            if (state == null) {
                continue;
            }
            for (GazetteerEntry e : entries.values()) {
                if (iri.equals(e.affiliation()) && e.isActor() && !e.isPerson() && named(e, state, described)) {
                    found.add(e);
                }
            }
        }
        if (found.isEmpty() && described.equals(GOVERNMENT) && states.size() == 1 && entries.get(states.get(0)) != null
                && entries.get(states.get(0)).isActor()) {
            // "the government agreed to a truce" in an article that names one state: the gazetteer writes a state's
            // government as the state itself (cf:StateOrganWord), so that state is who acts
            return Optional.of(entries.get(states.get(0)));
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** The one body noun that stands for the state itself rather than a body of it. */
    private static final String GOVERNMENT = "government";

    /** "Ukrainian army", "Ukraine's Defence Ministry": a name of the body is the state's name or demonym + words. */
    private static boolean named(GazetteerEntry body, GazetteerEntry state, String described) {
        for (String name : body.names()) {
            String n = name.toLowerCase(Locale.ROOT);
            if (!n.endsWith(" " + described)) {
                continue;
            }
            String owner = n.substring(0, n.length() - described.length() - 1);
            // "the ministry" alone may be any ministry of the state ("Ukraine's Defence Ministry"), one word between
            String[] parts = owner.split(" ");
            if (!described.contains(" ") && parts.length > 1 && !parts[parts.length - 2].isEmpty()) {
                String shorter = owner.substring(0, owner.lastIndexOf(' '));
                if (ownedBy(shorter, state)) {
                    return true;
                }
            }
            if (ownedBy(owner, state)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownedBy(String owner, GazetteerEntry state) {
        String o = owner.replaceFirst("'s?$", "");
        return state.names().stream().anyMatch(s -> o.equals(s.toLowerCase(Locale.ROOT)))
                || state.demonyms().stream().anyMatch(s -> o.equals(s.toLowerCase(Locale.ROOT)));
    }
}
