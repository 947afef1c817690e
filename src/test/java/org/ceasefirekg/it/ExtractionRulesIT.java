package org.ceasefirekg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ceasefirekg.extract.AnnotatedArticle;
import org.ceasefirekg.extract.Argument;
import org.ceasefirekg.extract.EntityMention;
import org.ceasefirekg.extract.Frame;
import org.ceasefirekg.extract.Quote;
import org.ceasefirekg.lexicon.Vocab;
import org.junit.jupiter.api.Test;

/**
 * Extraction rules on sentences written for this test (no article's wording), annotated by the real CoreNLP models.
 * Several are written without commas, as scraped news copy often is, where the parse alone misleads the rules.
 */
class ExtractionRulesIT {
    private static AnnotatedArticle extract(String text) {
        return InventedArticles.extract(text);
    }

    private static Frame frame(AnnotatedArticle a, String concept) {
        return a.frames().stream().filter(f -> f.concept().equals(concept)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + concept + " frame in " + a.frames()));
    }

    private static String text(Frame f, String role) {
        return f.first(role).map(x -> x.span().text()).orElse("(none)");
    }

    /** The normalized times of the article's ceasefire starts, "" for a start without one. */
    private static List<String> starts(AnnotatedArticle a) {
        return a.frames().stream().filter(f -> f.concept().equals(Vocab.CEASEFIRE_START))
                .map(f -> f.first(Frame.TIME).map(Argument::normalized).orElse("")).toList();
    }

    private static Optional<EntityMention> person(AnnotatedArticle a, String name) {
        return a.entities().stream().filter(e -> e.type().equals("PERSON") && e.span().text().equals(name)).findFirst();
    }

    @Test
    void titleAndOrganizationWrittenAfterTheName() {
        AnnotatedArticle a = extract("Peter Harling head of the International Crisis Group told reporters that the"
                + " talks had stalled. Monday's meeting was cancelled said Anna Berg, a spokeswoman for the World"
                + " Food Programme.");
        EntityMention harling = person(a, "Peter Harling").orElseThrow();
        assertEquals("head", harling.role());
        assertEquals("International Crisis Group", harling.affiliation().text());
        EntityMention berg = person(a, "Anna Berg").orElseThrow();
        assertEquals("spokeswoman", berg.role());
        assertEquals("World Food Programme", berg.affiliation().text());
    }

    @Test
    void whoBeginsOrCarriesOutAnAttackDidIt() {
        AnnotatedArticle a = extract("Rebel fighters launched a rocket attack on the village of Dara on Tuesday."
                + " The northern militia carried out an attack on the border post at dawn.");
        Frame rockets = frame(a, Vocab.CAMEO + "194");
        assertEquals("Rebel fighters", text(rockets, Frame.AGENT), rockets.toString());
        Frame attack = frame(a, Vocab.CAMEO + "190");
        assertEquals("The northern militia", text(attack, Frame.AGENT), attack.toString());
    }

    @Test
    void theNameBeforeBrokeredInOneWordBrokeredTheTruce() {
        AnnotatedArticle a = extract("The UN-brokered truce took effect on Monday.");
        Frame broker = frame(a, Vocab.MEDIATE);
        assertEquals("UN", text(broker, Frame.AGENT), broker.toString());
    }

    @Test
    void aStartTimeTakesTheDayToldBesideItAndItsGmtTime() {
        AnnotatedArticle a = extract("The truce between the two militias took effect at noon (0900 GMT) on October 6."
                + " The ceasefire in the valley came into force at 6 p.m. local time on October 2."
                + " The pause in the north began at midnight local time (2100 GMT) on October 8.");
        List<String> starts = starts(a);
        assertTrue(starts.contains("2016-10-06T09:00Z"), starts.toString());
        assertTrue(starts.contains("2016-10-02T18:00"), starts.toString());
        assertTrue(starts.contains("2016-10-07T21:00Z"), starts.toString()); // October 8's first minute, UTC+3
    }

    @Test
    void aStartStillToComeIsOnTheNextSuchWeekdayAndOneToldInThePastOnTheLast() {
        // the article's day is Tuesday 2016-10-04
        AnnotatedArticle a = extract("The truce between the two militias will take effect on Monday, mediators said on"
                + " Saturday. The pause in the hills took effect on Sunday, the monitors said.");
        List<String> starts = starts(a);
        assertTrue(starts.contains("2016-10-10"), starts.toString());
        assertTrue(starts.contains("2016-10-02"), starts.toString());
    }

    @Test
    void aStartToldWithWouldIsOnTheNearerSuchWeekday() {
        // the article's day is Tuesday 2016-10-04: the report behind "would" may be a day or two old
        AnnotatedArticle a = extract("The elders said the truce would take effect on Monday.");
        assertTrue(starts(a).contains("2016-10-03"), starts(a).toString());
        AnnotatedArticle b = extract("The elders said the truce would take effect on Friday.");
        assertTrue(starts(b).contains("2016-10-07"), starts(b).toString());
    }

    @Test
    void aClockTimeTakesTheDayOfItsClauseAndAPastStartTheWeekGoneBy() {
        // the article's day is Tuesday 2016-10-04
        AnnotatedArticle a = extract("The clans agreed to a truce that begins at 6 p.m. Cairo time on Saturday, the"
                + " elders said. The pause in the hills went into force on Sunday at 7 p.m., the monitors said."
                + " The valley truce will begin at midnight on Thursday.");
        List<String> starts = starts(a);
        assertTrue(starts.contains("2016-10-08T18:00+02:00"), starts.toString());
        assertTrue(starts.contains("2016-10-02T19:00"), starts.toString());
        // a midnight told with a weekday ends that day
        assertTrue(starts.contains("2016-10-07T00:00") && !starts.contains("2016-10-06T00:00"), starts.toString());
    }

    @Test
    void aTruceDeclaredOverEndsItAndNeitherStartsNorSignsIt() {
        AnnotatedArticle a = extract("The Council of Elders declared the ceasefire over on Saturday, a spokesman"
                + " said.");
        assertTrue(a.frames().stream().noneMatch(f -> f.concept().equals(Vocab.CEASEFIRE_START)
                || f.concept().equals(Vocab.SIGN)), a.frames().toString());
        assertEquals("The Council of Elders", text(frame(a, Vocab.CEASEFIRE_END), Frame.AGENT), a.frames().toString());
    }

    @Test
    void aPostNamedInAppositionSpeaksAsTheNamedPerson() {
        AnnotatedArticle a = extract("The militia's spokesman, Tomas Vell, said the raid killed six people.");
        assertTrue(a.frames().stream().anyMatch(f -> "Tomas Vell".equals(text(f, Frame.SOURCE))),
                a.frames().toString());
    }

    @Test
    void hyphenLeadersCraftWeaponsAndWeekdaysOfAttacks() {
        AnnotatedArticle a = extract("The Kestrian-led coalition said its warplanes struck rebel positions near Brell.");
        assertEquals("The Kestrian-led coalition", text(frame(a, Vocab.CAMEO + "195"), Frame.AGENT), a.frames().toString());
        AnnotatedArticle b = extract("A missile barrage struck the town of Brell on Monday.");
        assertTrue(frame(b, Vocab.CAMEO + "194").first(Frame.AGENT).isEmpty(), b.frames().toString());
        AnnotatedArticle c = extract("The shelling of the village of Brell by separatist forces killed two children.");
        assertEquals("separatist forces", text(frame(c, Vocab.CAMEO + "194"), Frame.AGENT), c.frames().toString());
        AnnotatedArticle d = extract("Gunmen from the Marsh Front killed six farmers in an ambush outside Brell on Friday.");
        assertEquals("2016-09-30", frame(d, Vocab.KILLED).first(Frame.TIME).orElseThrow().normalized().substring(0, 10),
                d.frames().toString());
    }

    @Test
    void forcesOwnedByAPronounActForTheBodyItStandsFor() {
        AnnotatedArticle a = extract("The Marsh Liberation Front said its forces shelled the town of Brell on Monday.");
        assertEquals("Marsh Liberation Front", text(frame(a, Vocab.CAMEO + "194"), Frame.AGENT),
                a.frames().toString());
        AnnotatedArticle b = extract("The Kestrian army said the rebels shelled their troops near Brell on Monday.");
        assertEquals("The Kestrian army", text(frame(b, Vocab.CAMEO + "194"), Frame.PATIENT), b.frames().toString());
    }

    @Test
    void fightingThatATruceFreezesIsNoClash() {
        AnnotatedArticle a = extract("The army announced the end of the freeze on fighting that began on Monday.");
        assertTrue(a.frames().stream().noneMatch(f -> f.concept().equals(Vocab.CAMEO + "193")), a.frames().toString());
    }

    @Test
    void aNameInAListOfPlacesIsNoPerson() {
        AnnotatedArticle a = extract("Aid convoys reached the villages of Maarat, Kafr Nabl and Ras Omar on Tuesday.");
        assertTrue(person(a, "Ras Omar").isEmpty(), a.entities().toString());
    }

    @Test
    void theNameBeforeLedWhenTheTokenizerSplitsTheHyphenLedTheTalks() {
        AnnotatedArticle a = extract("Both armies signed the truce at the end of the AU-led talks in the capital.");
        Frame broker = frame(a, Vocab.MEDIATE);
        assertEquals("AU", text(broker, Frame.AGENT), broker.toString());
    }

    @Test
    void aBodyNamedInsideATitleIsTheHoldersAndAFormOfAddressIsNoTitle() {
        AnnotatedArticle a = extract("NATO Deputy Secretary General Anna Berg met His Excellency President Jean"
                + " Dupont in the capital on Monday.");
        EntityMention berg = person(a, "Anna Berg").orElseThrow();
        assertEquals("NATO", berg.affiliation() == null ? null : berg.affiliation().text(), berg.toString());
        EntityMention dupont = person(a, "Jean Dupont").orElseThrow();
        assertEquals("President", dupont.role(), dupont.toString());
    }

    @Test
    void placeNamedAfterAKindOfPlace() {
        AnnotatedArticle a = extract("Government helicopters bombed a bakery in the village of Kafr Batna on"
                + " Sunday.");
        Frame strike = frame(a, Vocab.CAMEO + "195");
        assertEquals("Kafr Batna", strike.first(Frame.PLACE).orElseThrow().span().text(), strike.toString());
    }

    @Test
    void speakerOfAVerbOfSayingThatTheParseLeftWithoutSubject() {
        AnnotatedArticle a = extract("Seven nurses were killed in the night raid said the International"
                + " Federation of Rescue and Relief Societies (IFRRS) in a statement.");
        Frame killed = frame(a, Vocab.KILLED);
        String source = text(killed, Frame.SOURCE);
        assertTrue(source.contains("International Federation of Rescue"), source);
    }

    @Test
    void ofTwoSubjectsOfAVerbOfSayingTheNearerIsTheSpeaker() {
        // no comma before the speaker: the parse gives "says" two subjects, the victims and the watchdog
        assertSourceOfKilled("a watchdog", "Drones have killed 8 shepherds in hill villages held by the Front (FLN)"
                + " extremist gunmen a watchdog says.");
        // unless the first names a person: the second is the group in the title run in after the name
        assertTrue(text(frame(extract("Omar Haddad head of the press office of the Homs-based armed faction Liwa"
                + " Testan told AFP that 12 fighters were killed in the raid."), Vocab.KILLED), Frame.SOURCE)
                .contains("Omar Haddad"));
    }

    @Test
    void aQuoteStandingAloneIsTheLastSpeakersToo() {
        AnnotatedArticle a = extract("\"The market was full when the shells landed\" the governor of the"
                + " province said. \"Dozens of shops were destroyed.\" Rescue teams worked through the night.");
        List<Quote> quotes = a.quotes();
        assertEquals(2, quotes.size(), quotes.toString());
        for (Quote q : quotes) {
            assertTrue(q.speaker() != null && q.speaker().text().contains("governor"), quotes.toString());
        }
    }

    @Test
    void aQuoteResumedAfterItsAttributionOrSplitByItIsTheSameSpeakers() {
        AnnotatedArticle a = extract("Colonel Ivo Marek visited the front on Friday. 'We hold the line,' the colonel"
                + " told reporters. 'Nothing has changed on the ground.' \"We hold,\" Marek said, \"and we will"
                + " hold.\"");
        assertEquals(4, a.quotes().size(), a.quotes().toString());
        a.quotes().forEach(q -> assertTrue(q.speaker() != null && q.speaker().text().contains("Marek"), q.toString()));
    }

    @Test
    void aTitleOwnedByAStateOrInAppositionBeforeTheNameIsTheHolders() {
        AnnotatedArticle a = extract("Norway's Foreign Minister Kari Dahl arrived in Oslo on Monday. The head of the"
                + " rebel negotiating team, Tomas Rivera, said the talks would resume. The UN Deputy Envoy of"
                + " the High Commissioner Maria Lopez met the delegates on Tuesday. The accord"
                + " was signed by Presidents Amadou Diallo and Jonas Berg in Geneva.");
        EntityMention dahl = person(a, "Kari Dahl").orElseThrow();
        assertEquals("Foreign Minister", dahl.role());
        assertEquals("Norway", dahl.affiliation().text());
        EntityMention rivera = person(a, "Tomas Rivera").orElseThrow();
        assertEquals("head", rivera.role());
        assertEquals(null, rivera.affiliation(), "a lower-case noun names no body: " + rivera);
        EntityMention lopez = person(a, "Maria Lopez").orElseThrow();
        assertEquals("Deputy Envoy of the High Commissioner", lopez.role());
        assertEquals("UN", lopez.affiliation().text());
        for (String president : List.of("Amadou Diallo", "Jonas Berg")) {
            assertEquals("President", person(a, president).orElseThrow().role(), president);
        }
    }

    @Test
    void aPostAndBodyAfterTheNameAVerbOfActingForAndACapitalGiveTheAffiliation() {
        AnnotatedArticle a = extract("Major Karl Osten, spokesman for the Liberation Front's Eastern Division, said"
                + " the town was calm. Idris Kade, a fighter with the Harbour Guard Brigades, saw the convoy."
                + " Nour Haddad represents the Liberation Front at the talks. Vera Lind, Moscow's ambassador to"
                + " Norway, left on Monday.");
        EntityMention osten = person(a, "Karl Osten").orElseThrow();
        assertEquals("spokesman", osten.role(), osten.toString());
        assertEquals("Liberation Front", osten.affiliation().text(), "the body the unit belongs to: " + osten);
        assertEquals("Harbour Guard Brigades", person(a, "Idris Kade").orElseThrow().affiliation().text());
        assertEquals("Liberation Front", person(a, "Nour Haddad").orElseThrow().affiliation().text());
        assertEquals("Moscow", person(a, "Vera Lind").orElseThrow().affiliation().text());
    }

    @Test
    void thePlaceATitleIsPostedToIsNotWhoseTheTitleIs() {
        AnnotatedArticle a = extract("US envoy to Norway Mary Dole met officials in Oslo. The Danish ambassador to"
                + " Sweden, Olaf Brun, left on Monday.");
        EntityMention dole = person(a, "Mary Dole").orElseThrow();
        assertEquals("envoy", dole.role(), dole.toString());
        assertEquals("US", dole.affiliation().text(), dole.toString());
        EntityMention brun = person(a, "Olaf Brun").orElseThrow();
        assertEquals("ambassador", brun.role(), brun.toString());
        assertEquals("Danish", brun.affiliation().text(), brun.toString());
    }

    @Test
    void theNameHoldingTheSpeakersTitleSpeaksAndAQuotedTitleIsNoQuote() {
        AnnotatedArticle a = extract("The agency's regional director, Lena Sorn, called the raid \"a grave breach\"."
                + " Residents watched the film \"Days of Rain\" in a shelter.");
        assertEquals(1, a.quotes().size(), a.quotes().toString());
        assertEquals("Lena Sorn", a.quotes().get(0).speaker().text());
    }

    @Test
    void aSingleQuotedSentenceClosedByACommaOrStandingAloneAfterItIsTheSpeakers() {
        AnnotatedArticle a = extract("Talks resumed in Orlan on Monday. 'The valley has been quiet since dawn,'"
                + " district governor Mira Tosk told reporters. 'Nobody wants the guns back.'");
        assertEquals(2, a.quotes().size(), a.quotes().toString());
        a.quotes().forEach(q -> assertEquals("district governor Mira Tosk", q.speaker().text(), q.toString()));
    }

    @Test
    void itAfterAVerbJoinedToOneWhoseObjectIsATruceIsThatTruce() {
        AnnotatedArticle a = extract("The militia proclaimed a truce in May, renewed it in June and terminated it on"
                + " Friday.");
        Frame end = frame(a, Vocab.CEASEFIRE_END);
        assertEquals("The militia", text(end, Frame.AGENT), end.toString());
    }

    @Test
    void wordsQuotedInsideAClauseOrAMessageAreItsSubjectsOrIssuers() {
        AnnotatedArticle a = extract("Tomas Rivera later visited the camp, where he thanked the hosts for a"
                + " \"generous and open welcome\" to the delegates. The United States welcomed the African Union's"
                + " announcement of a \"firm and lasting commitment\" to the truce. Maria Lopez spoke after the"
                + " meeting. In her words, \"We have done what we came to do, and the guns are quiet.\"");
        List<String> speakers = a.quotes().stream()
                .map(q -> q.speaker() == null ? "(none)" : q.speaker().text()).toList();
        assertEquals(List.of("Tomas Rivera", "the African Union", "Maria Lopez"), speakers, a.quotes().toString());
    }

    @Test
    void whoeverWasBehindAnAttackIsAccusedOfIt() {
        AnnotatedArticle a = extract("On Friday the monitoring group said that government and Russian helicopters"
                + " were behind the raids on the hospital.");
        Frame accusation = frame(a, Vocab.ACCUSE);
        String accused = String.join(" | ", accusation.all(Frame.PATIENT).stream().map(x -> x.span().text()).toList());
        assertTrue(accused.contains("Russian helicopters") && accused.contains("government"), accusation.toString());
        assertTrue(accusation.first(Frame.SOURCE).orElseThrow().span().text().contains("monitoring group"),
                accusation.toString());
    }

    @Test
    void talksAboutATruceSayWhereItWasAgreed() {
        AnnotatedArticle a = extract("After a round of talks in Vienna the envoys said the truce would hold. The"
                + " shelling dealt a grave blow to the truce.");
        Frame talks = frame(a, Vocab.NEGOTIATE);
        assertEquals("Vienna", talks.first(Frame.PLACE).orElseThrow().span().text());
        assertTrue(a.frames().stream().noneMatch(f -> f.concept().equals(Vocab.SIGN)),
                "\"dealt a blow\" is no agreement: " + a.frames());
    }

    @Test
    void whoAccusesWhomWhenTheAccusationIsAParticiple() {
        AnnotatedArticle a = extract("Local militias replied on Friday by accusing the border guards of breaking the"
                + " agreement.");
        Frame accusation = frame(a, Vocab.ACCUSE);
        assertTrue(text(accusation, Frame.AGENT).contains("militias")
                && text(accusation, Frame.PATIENT).contains("border guards"), accusation.toString());
    }

    @Test
    void onlyATruceOrAnAgreementIsViolated() {
        AnnotatedArticle a = extract("Government troops breached the siege of the airport on Tuesday. Militants"
                + " violated the truce again on Wednesday, the army said.");
        List<Frame> violations = a.frames().stream().filter(f -> f.concept().equals(Vocab.VIOLATE)).toList();
        assertEquals(1, violations.size(), violations.toString());
        assertEquals(1, violations.get(0).sentence(), violations.toString());
    }

    @Test
    void aDayToldAsDaysApartIsCountedFromTheEventBeforeIt() {
        AnnotatedArticle a = extract("Government jets bombed a bakery in the town of Saraqeb on Sunday. The raid came"
                + " three days after rebels shelled a school in the village of Tal Hadya.");
        Frame shelling = frame(a, Vocab.CAMEO + "194");
        assertEquals("2016-09-29", shelling.first(Frame.TIME).orElseThrow().normalized(), shelling.toString());
    }

    @Test
    void countsTheParseMisreadOrLeftBeforeTheVerb() {
        AnnotatedArticle a = extract("Close to 300 guards have been killed in the siege. Nine nurses were"
                + " killed in the raid said the health directorate and more than 14 were injured.");
        List<Frame> counts = a.frames().stream().filter(f -> f.concept().equals(Vocab.KILLED)
                || f.concept().equals(Vocab.WOUNDED)).toList();
        assertTrue(counts.stream().anyMatch(f -> f.first(Frame.COUNT).orElseThrow().normalized().contains("300")),
                counts.toString());
        Frame wounded = frame(a, Vocab.WOUNDED);
        assertTrue(wounded.first(Frame.COUNT).orElseThrow().normalized().contains("14"), wounded.toString());
        assertEquals("nurses", text(wounded, Frame.VICTIMS), wounded.toString());
    }

    @Test
    void victimsIncludedWithTheirOwnNumberAreACountOfTheirOwn() {
        AnnotatedArticle a = extract("Thirty civilians including eight women were killed in shelling on the market.");
        List<String> victims = a.frames().stream().filter(f -> f.concept().equals(Vocab.KILLED))
                .map(f -> text(f, Frame.VICTIMS)).toList();
        assertTrue(victims.contains("civilians") && victims.contains("women"), victims.toString());
    }

    @Test
    void membersOfANamedGroupAreTheVictimsNotTheGroup() {
        AnnotatedArticle a = extract("Medics said 14 members of the Green Brigade were killed in the raid on the depot.");
        assertEquals("members of the Green Brigade", text(frame(a, Vocab.KILLED), Frame.VICTIMS), a.frames().toString());
    }

    @Test
    void anEventToldAsOneMoreIsMarkedAsSuch() {
        AnnotatedArticle a = extract("Government jets bombed a bakery in the town of Saraqeb on Sunday. The jets also"
                + " bombed a school near the city of Binnish on Monday. Another air strike hit a clinic. The strike on"
                + " the bakery killed four people.");
        java.util.Map<Integer, java.util.Set<String>> cues = new java.util.TreeMap<>();
        a.frames().stream().filter(f -> f.concept().startsWith(Vocab.CAMEO + "19")).forEach(f -> cues
                .computeIfAbsent(f.sentence(), k -> new java.util.TreeSet<>())
                .add(f.first(Frame.ADDITIVE).map(x -> x.span().text().toLowerCase()).orElse("-")));
        assertEquals("{0=[-], 1=[also], 2=[another], 3=[-]}", cues.toString(), a.frames().toString());
    }

    @Test
    void whoAnswersByAttackingAttacksAndWhatTheyDownIsNoEvent() {
        AnnotatedArticle a = extract("Border guards responded by shooting down two army drones and shelling a fuel"
                + " depot near the river.");
        List<Frame> attacks = a.frames().stream().filter(f -> f.concept().startsWith(Vocab.CAMEO + "19")).toList();
        assertTrue(attacks.stream().noneMatch(f -> f.trigger().text().contains("drone")), attacks.toString());
        assertTrue(attacks.size() >= 2 && attacks.stream().allMatch(f -> "Border guards".equals(text(f, Frame.AGENT))),
                attacks.toString());
    }

    @Test
    void onlyAidKeptFromPeopleIsObstructed() {
        AnnotatedArticle a = extract("The council took steps to prevent wider losses. Militias blocked the aid convoy"
                + " at the bridge.");
        List<Integer> obstructed = a.frames().stream().filter(f -> f.concept().equals(Vocab.CAMEO + "1623"))
                .map(Frame::sentence).toList();
        assertEquals(List.of(1), obstructed, a.frames().toString());
    }

    @Test
    void aCapitalBeforeATitleSaysWhoseAndAnAdjectiveIsPartOfTheTitle() {
        AnnotatedArticle a = extract("Ankara military spokesman Murat Yilmaz said the talks would resume on Monday.");
        EntityMention yilmaz = person(a, "Murat Yilmaz").orElseThrow();
        assertEquals("military spokesman", yilmaz.role(), yilmaz.toString());
        assertEquals("Ankara", yilmaz.affiliation().text(), yilmaz.toString());
    }

    @Test
    void aNameAfterAPlaceNounIsAPlaceWhateverTheTaggerSaid() {
        AnnotatedArticle a = extract("Militiamen shelled the port of Morgan Jones on Monday, and residents of Morgan"
                + " Jones fled north.");
        assertTrue(person(a, "Morgan Jones").isEmpty(), a.entities().toString());
        assertTrue(a.entities().stream().anyMatch(e -> e.span().text().equals("Morgan Jones")
                && !e.type().equals("PERSON")), a.entities().toString());
    }

    @Test
    void aTollCountedSinceTheWarBeganIsATotal() {
        AnnotatedArticle a = extract("More than 10000 villagers have been killed since fighting began in 2014.");
        assertTrue(frame(a, Vocab.KILLED).first(Frame.PERIOD).isPresent(), a.frames().toString());
    }

    @Test
    void aWeaponThatCarriedOutStrikesIsNoEventOfItsOwn() {
        AnnotatedArticle a = extract("Warplanes from the Turkish air force carried out six air strikes against"
                + " Kurdish fighters on Monday.");
        List<Frame> strikes = a.frames().stream().filter(f -> f.concept().equals(Vocab.CAMEO + "195")).toList();
        assertEquals(1, strikes.size(), strikes.toString());
        assertTrue(text(strikes.get(0), Frame.PATIENT).contains("Kurdish fighters"), strikes.toString());
    }

    @Test
    void blameOnSomeoneAccusesThem() {
        AnnotatedArticle a = extract("Car bombs blamed on the militants hit two checkpoints near the border.");
        Frame accusation = frame(a, Vocab.ACCUSE);
        assertTrue(text(accusation, Frame.PATIENT).contains("militants"), accusation.toString());
    }

    @Test
    void theInnermostSpeakerOfAsSaying() {
        assertSourceOfKilled("doctors and nurses", "The agency quoted doctors and nurses as saying that 12 patients"
                + " died in the attack on the hospital.");
    }

    private static void assertSourceOfKilled(String source, String text) {
        Frame killed = frame(extract(text), Vocab.KILLED);
        assertEquals(source, text(killed, Frame.SOURCE), killed.toString());
    }

    @Test
    void aLongTitleBeforeTheName() {
        AnnotatedArticle a = extract("The talks stalled said the EU High Representative for Foreign Affairs Anna Novak"
                + " on Friday.");
        EntityMention novak = person(a, "Anna Novak").orElseThrow();
        assertEquals("High Representative for Foreign Affairs", novak.role());
        assertEquals("EU", novak.affiliation().text());
    }
}
