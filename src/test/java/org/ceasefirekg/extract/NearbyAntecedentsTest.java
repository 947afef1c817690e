package org.ceasefirekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The light resolver links the slots extraction reads to the names they stand for, and nothing else. */
class NearbyAntecedentsTest {

    /** Builds a document from sentences of "word/TAG/NER" tokens separated by spaces. */
    private static Annotation document(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<CoreMap> maps = new ArrayList<>();
        for (String sentence : sentences) {
            List<CoreLabel> tokens = new ArrayList<>();
            for (String t : sentence.split(" ")) {
                String[] parts = t.split("/");
                CoreLabel label = new CoreLabel();
                label.setWord(parts[0].replace('_', ' '));
                label.setValue(label.word());
                label.setTag(parts[1]);
                label.setNER(parts[2]);
                String lower = parts[0].toLowerCase();
                label.setLemma(parts[1].equals("NNS") ? lower.substring(0, lower.length() - 1) : lower);
                label.setIndex(tokens.size() + 1);
                label.setBeginPosition(text.length());
                text.append(label.word());
                label.setEndPosition(text.length());
                text.append(' ');
                tokens.add(label);
            }
            CoreMap map = new ArrayCoreMap();
            map.set(CoreAnnotations.TokensAnnotation.class, tokens);
            maps.add(map);
        }
        Annotation doc = new Annotation(text.toString());
        doc.set(CoreAnnotations.SentencesAnnotation.class, maps);
        NearbyAntecedents.annotate(doc);
        return doc;
    }

    private static Optional<String> resolved(Annotation doc, int sentence, int token) {
        return new Coreference(doc).representative(sentence, token).map(Span::text);
    }

    @Test
    void aPronounStandsForTheNearestFittingNameInItsFullestForm() {
        Annotation doc = document(
                "John/NNP/PERSON Kerry/NNP/PERSON met/VBD/O Russia/NNP/COUNTRY ./././O",
                "Kerry/NNP/PERSON arrived/VBD/O ./././O",
                "He/PRP/O said/VBD/O it/PRP/O agreed/VBD/O ./././O");
        assertEquals(Optional.of("John Kerry"), resolved(doc, 2, 1));
        assertEquals(Optional.of("Russia"), resolved(doc, 2, 3));
    }

    @Test
    void theGroupIsTheOrganizationNamedJustBeforeAndTheMinistryTheOneItNames() {
        Annotation doc = document(
                "The/DT/O Russian/NNP/ORGANIZATION Defence/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION spoke/VBD/O",
                "Jabhat/NNP/ORGANIZATION Fateh/NNP/ORGANIZATION rejected/VBD/O it/PRP/O",
                "the/DT/O group/NN/O said/VBD/O the/DT/O ministry/NN/O lied/VBD/O");
        assertEquals(Optional.of("Jabhat Fateh"), resolved(doc, 2, 2));
        assertEquals(Optional.of("Russian Defence Ministry"), resolved(doc, 2, 5));
    }

    @Test
    void heIsTheFirstPersonOfTheSentenceBeforeAndTheyTheArmedGroups() {
        Annotation doc = document(
                "John/NNP/PERSON Kirby/NNP/PERSON noted/VBD/O Assad/NNP/PERSON 's/POS/O comment/NN/O",
                "He/PRP/O said/VBD/O armed/JJ/O terrorist/JJ/O groups/NNS/O violated/VBD/O it/PRP/O",
                "the/DT/O number/NN/O of/IN/O their/PRP$/O violations/NNS/O rose/VBD/O",
                "The/DT/O groups/NNS/O denied/VBD/O");
        assertEquals(Optional.of("John Kirby"), resolved(doc, 1, 1));
        assertEquals(Optional.of("armed terrorist groups"), resolved(doc, 2, 4));
        assertEquals(Optional.of("armed terrorist groups"), resolved(doc, 3, 2));
    }

    @Test
    void heOutsideAQuoteIsNotANameInsideIt() {
        Annotation doc = document(
                "John/NNP/PERSON Kerry/NNP/PERSON arrived/VBD/O",
                "``/``/O Assad/NNP/PERSON must/MD/O go/VB/O ,/,/O ''/''/O he/PRP/O said/VBD/O");
        assertEquals(Optional.of("John Kerry"), resolved(doc, 1, 7));
    }

    @Test
    void nothingTooFarBackOrOfTheWrongKind() {
        Annotation doc = document(
                "Assad/NNP/PERSON spoke/VBD/O",
                "a/DT/O b/NN/O", "a/DT/O b/NN/O", "a/DT/O b/NN/O", "a/DT/O b/NN/O",
                "He/PRP/O said/VBD/O the/DT/O talks/NNS/O failed/VBD/O ,/,/O they/PRP/O said/VBD/O");
        assertTrue(resolved(doc, 5, 1).isEmpty(), "four sentences back is too far for a pronoun");
        assertTrue(resolved(doc, 5, 4).isEmpty(), "talks names no organization");
        assertTrue(resolved(doc, 5, 7).isEmpty(), "they is no person");
    }

    @Test
    void aSpeakerAfterAQuoteOfSeveralSentencesIsTheNameBeforeTheQuote() {
        Annotation doc = document(
                "Omar/NNP/PERSON Haddad/NNP/PERSON left/VBD/O early/RB/O ./././O",
                "``/``/O We/PRP/O waited/VBD/O ./././O",
                "Nobody/NN/O came/VBD/O ./././O",
                "Nothing/NN/O changed/VBD/O ./././O",
                "It/PRP/O is/VBZ/O over/RB/O ''/''/O he/PRP/O said/VBD/O");
        assertEquals(Optional.of("Omar Haddad"), resolved(doc, 4, 5), "quoted sentences do not count as distance");
    }

    @Test
    void theLeadersStandForTheLeadersOfTheNamedCountries() {
        Annotation doc = document(
                "Talks/NNS/O involved/VBD/O the/DT/O leaders/NNS/O of/IN/O Chad/NNP/COUNTRY ,/,/O Niger/NNP/COUNTRY "
                        + "and/CC/O Mali/NNP/COUNTRY ./././O",
                "The/DT/O leaders/NNS/O agreed/VBD/O on/IN/O a/DT/O truce/NN/O ./././O");
        assertEquals(Optional.of("the leaders of Chad , Niger and Mali"), resolved(doc, 1, 2));
    }

    @Test
    void eventAndPlaceNounsAndUnrelatedPhrasesAreLeftAlone() {
        Annotation doc = document(
                "Air/NN/O strikes/NNS/O hit/VBD/O urban/JJ/O areas/NNS/O ,/,/O aid/NN/O workers/NNS/O said/VBD/O",
                "Local/JJ/O officials/NNS/O said/VBD/O the/DT/O strikes/NNS/O hit/VBD/O the/DT/O area/NN/O",
                "One/CD/O of/IN/O the/DT/O officials/NNS/O left/VBD/O");
        assertTrue(resolved(doc, 1, 5).isEmpty(), "an event noun is not resolved");
        assertTrue(resolved(doc, 1, 8).isEmpty(), "a place noun is not resolved");
        assertEquals(Optional.of("Local officials"), resolved(doc, 2, 4), "the nearest phrase with the same head");
    }

    @Test
    void theGovernorIsThePersonNamedWithThatTitleAndTheMilitaryTheCountrysMilitary() {
        Annotation doc = document(
                "Regional/JJ/O Governor/NNP/TITLE Anna/NNP/PERSON Berg/NNP/PERSON and/CC/O Carl/NNP/PERSON "
                        + "Dunn/NNP/PERSON met/VBD/O Freedonia/NNP/COUNTRY 's/POS/O military/NN/O ./././O",
                "The/DT/O military/NN/O said/VBD/O the/DT/O governor/NN/TITLE was/VBD/O safe/JJ/O");
        assertEquals(Optional.of("Freedonia 's military"), resolved(doc, 1, 2));
        assertEquals(Optional.of("Anna Berg"), resolved(doc, 1, 5), "the person with the title, not the nearest");
    }

    @Test
    void itIsTheMilitiaNamedBeforeButTheGroupStaysTheOrganization() {
        Annotation doc = document(
                "The/DT/O militia/NN/O said/VBD/O it/PRP/O had/VBD/O agreed/VBN/O ./././O",
                "Jabhat/NNP/ORGANIZATION Fateh/NNP/ORGANIZATION spoke/VBD/O ./././O",
                "The/DT/O group/NN/O said/VBD/O the/DT/O group/NN/O left/VBD/O");
        assertEquals(Optional.of("The militia"), resolved(doc, 0, 4));
        assertEquals(Optional.of("Jabhat Fateh"), resolved(doc, 2, 2));
        assertEquals(Optional.of("Jabhat Fateh"), resolved(doc, 2, 5), "not the group named just before it");
    }
}
