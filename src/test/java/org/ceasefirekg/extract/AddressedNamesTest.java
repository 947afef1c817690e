package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.junit.jupiter.api.Test;

/** Forms of address the tagger takes for people, in texts written for this test. */
class AddressedNamesTest {
    private static final Set<String> QUESTIONERS = Set.of("q", "question", "moderator");

    private static List<String> kept(String text, String... names) throws IOException {
        Lexicon lexicon = Lexicon.load(Path.of("ontology"));
        List<EntityMention> people = new ArrayList<>();
        int from = 0;
        for (String name : names) {
            int at = text.indexOf(name, from);
            people.add(new EntityMention(0, new Span(at, at + name.length(), name), "PERSON", null, null));
            from = at + name.length();
        }
        return new AddressedNames(lexicon, new NameIndex(lexicon)).drop(people, text, QUESTIONERS).stream()
                .map(e -> e.span().text()).toList();
    }

    @Test
    void firstNamesATranscriptCallsReportersByAreNoOne() throws IOException {
        String text = "MR. ODE:  Good morning.\n\nQ:  Anna, is the truce holding?\n\nMR. ODE:  Well, Tom, it is.\n"
                + "Minister Sam Ode spoke to Ode's staff.";
        assertEquals(List.of("Sam Ode", "Ode"), kept(text, "Anna", "Tom", "Sam Ode", "Ode"));
    }

    @Test
    void aTitleUsedAsANameIsNoOneAndANewsTextKeepsOneWordNames() throws IOException {
        String text = "Thank you, Mr. Chair. Ode said the truce held.";
        assertEquals(List.of("Ode"), kept(text, "Chair", "Ode"));
    }
}
