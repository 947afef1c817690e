package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ceasefirekg.ingest.Article;
import org.ceasefirekg.lexicon.Lexicon;
import org.ceasefirekg.lexicon.NameIndex;
import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The voice of statements and of questions, in texts written for this test. */
class IssuerVoiceTest {
    private static final Set<String> QUESTIONERS = Set.of("q", "question", "moderator");
    private static Lexicon lexicon;
    private static NameIndex names;

    @BeforeAll
    static void load() throws IOException {
        lexicon = Lexicon.load(Path.of("ontology"));
        names = new NameIndex(lexicon);
    }

    private static IssuerVoice voice(String text, String title, String publisher) {
        return new IssuerVoice(new Article("a", "a.txt", text, title, publisher, "2024-01-01", null), lexicon, names,
                QUESTIONERS);
    }

    /** A frame of one concept with its trigger and an agent, both found in the text. */
    private static Frame frame(String text, String concept, String trigger, String agent) {
        int t = text.indexOf(trigger);
        List<Argument> args = agent == null ? List.of() : List.of(new Argument(Frame.AGENT,
                new Span(text.indexOf(agent), text.indexOf(agent) + agent.length(), agent), null, null));
        return new Frame(concept, 0, new Span(t, t + trigger.length(), trigger), args);
    }

    @Test
    void aStatementNamingItsIssuerAccusesInItsOwnVoice() {
        String text = "The Ministry condemns the raid by the Delta Brigade. We call on all sides to show restraint.";
        Frame condemn = frame(text, Vocab.CAMEO + "112", "condemns", "The Ministry");
        List<Frame> out = voice(text, null, "Ministry of Foreign Affairs of Kenya").apply(List.of(condemn));
        assertTrue(out.get(0).first(Frame.AGENT).isEmpty(), "the issuer's accusation has no accuser of its own");
    }

    @Test
    void aStatementOfAStatesOfficeNamesThatStateAsItself() {
        String text = "The United States condemns the shelling of the port. We urge restraint.";
        Frame condemn = frame(text, Vocab.CAMEO + "112", "condemns", "The United States");
        assertTrue(voice(text, null, "U.S. Department of State").apply(List.of(condemn)).get(0)
                .first(Frame.AGENT).isEmpty());
    }

    @Test
    void weWhoDeclareATruceInAHeadedStatementAreTheIssuerTheHeadingNames() {
        String text = "Statement of the Harbour Lions Front on a truce\n\nWe announce a unilateral ceasefire from noon.";
        Frame declare = frame(text, Vocab.SIGN, "announce", "We");
        assertEquals("Harbour Lions Front", voice(text, null, null).apply(List.of(declare)).get(0)
                .first(Frame.AGENT).orElseThrow().span().text());
        Frame plain = frame(text.replace("Statement of the", "Notes on the"), Vocab.SIGN, "announce", "We");
        assertEquals("We", voice(text.replace("Statement of the", "Notes on the"), null, null)
                .apply(List.of(plain)).get(0).first(Frame.AGENT).orElseThrow().span().text());
    }

    @Test
    void weOrOurGovernmentWhoBrokerATruceAreTheOfficeThatIssuedTheStatement() {
        String text = "Senegal welcomes the truce between the two militias. We brokered the agreement in Dakar.";
        Frame broker = frame(text, Vocab.MEDIATE, "brokered", "We");
        assertEquals("Ministry of Foreign Affairs of Senegal", voice(text, null, "Ministry of Foreign Affairs of Senegal")
                .apply(List.of(broker)).get(0).first(Frame.AGENT).orElseThrow().span().text());
        String opening = "The Foreign Ministry of Peru welcomes the truce. Our government facilitated the talks.";
        Frame facilitate = frame(opening, Vocab.MEDIATE, "facilitated", "Our government");
        assertEquals("Foreign Ministry of Peru", voice(opening, "Press statement on the truce", null)
                .apply(List.of(facilitate)).get(0).first(Frame.AGENT).orElseThrow().span().text());
        // a news story's "we" stays unresolved: its outlet brokers nothing
        String news = "The militias agreed to a truce. We brokered nothing, the envoy said.";
        Frame told = frame(news, Vocab.MEDIATE, "brokered", "We");
        assertEquals("We", voice(news, "Truce agreed", "Daily Courier").apply(List.of(told)).get(0)
                .first(Frame.AGENT).orElseThrow().span().text());
    }

    @Test
    void aNewsStoryKeepsTheBodyItReportsOn() {
        String text = "The Ministry condemned the raid by the Delta Brigade, officials said on Monday.";
        Frame condemn = frame(text, Vocab.CAMEO + "112", "condemned", "The Ministry");
        assertEquals("The Ministry", voice(text, "Kenya condemns raid", "Daily Courier").apply(List.of(condemn))
                .get(0).first(Frame.AGENT).orElseThrow().span().text());
    }

    @Test
    void anActTheStatementBlamesSomeoneForIsTheirs() {
        String text = "We hold the Delta Brigade responsible for the attack on the market.";
        int at = text.indexOf("the attack");
        Frame blame = new Frame(Vocab.CAMEO + "112", 0, new Span(3, 7, "hold"), List.of(
                new Argument(Frame.PATIENT, new Span(8, 25, "the Delta Brigade"), "ORGANIZATION", null),
                new Argument(Frame.ALLEGATION, new Span(at, text.length() - 1, text.substring(at, text.length() - 1)),
                        null, null)));
        Frame attack = frame(text, Vocab.CAMEO + "190", "attack", null);
        List<Frame> out = voice(text, "Statement on the market attack", null).apply(List.of(blame, attack));
        assertEquals("the Delta Brigade", out.get(1).first(Frame.AGENT).orElseThrow().span().text());
    }

    @Test
    void aQuestionAccusesNoOne() {
        String text = "Do you hold the army responsible for the shelling?";
        Frame hold = frame(text, Vocab.CAMEO + "112", "hold", null);
        Frame shelling = frame(text, Vocab.CAMEO + "194", "shelling", null);
        List<Sentence> sentences = List.of(new Sentence(0, new Span(0, text.length(), text)));
        assertEquals(List.of(shelling), IssuerVoice.unasked(List.of(hold, shelling), sentences));
    }
}
