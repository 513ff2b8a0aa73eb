package org.sitrep.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.lang.Language;
import org.sitrep.text.Span;
import org.sitrep.text.TestSentences;

class ActorNormalizerTest {
    private final ActorNormalizer normalizer = new ActorNormalizer(Language.english());

    /** The phrase read as a span of document tokens, as the mention reader reads it. */
    private static Optional<Actor> fromDocument(ActorNamer namer, String phrase, String country) {
        return namer.normalize(TestSentences.of(phrase), new Span(0, phrase.length()), phrase, country);
    }

    private Optional<String> groupName(String phrase) {
        return normalizer.normalizeGroupName(TestSentences.of(phrase), new Span(0, phrase.length()), phrase);
    }

    private void expect(String phrase, String country, String name, int inter, String matched) {
        assertEquals(Optional.of(new Actor(name, inter, matched)), fromDocument(normalizer, phrase, country),
                "actor for '" + phrase + "' in " + country);
    }

    private void expectNone(String phrase, String country) {
        Optional<Actor> actor = fromDocument(normalizer, phrase, country);
        assertTrue(actor.isEmpty(), "'" + phrase + "' should name no actor, got " + actor);
    }

    @Test
    void namesAfghanSoldiersAsTheAfghanMilitary() {
        expect("two Afghan soldiers", "Afghanistan", "Military Forces of Afghanistan", 1, "Afghan soldiers");
    }

    @Test
    void takesTheEventCountryForSecurityForcesWithoutDemonym() {
        expect("the security forces", "Afghanistan", "Military Forces of Afghanistan", 1, "security forces");
    }

    @Test
    void namesPolicemenAsPoliceForces() {
        expect("three policemen", "Afghanistan", "Police Forces of Afghanistan", 1, "policemen");
    }

    @Test
    void readsAPossessiveCountryNameBeforeTheArmy() {
        expect("Iraq's army", "Iraq", "Military Forces of Iraq", 1, "Iraq's army");
    }

    @Test
    void makesAmericanTroopsInIraqExternalForces() {
        expect("American troops", "Iraq", "Military Forces of the United States", 8, "American troops");
    }

    @Test
    void readsDottedUsAbbreviationAsTheUnitedStates() {
        expect("U.S. forces", "Iraq", "Military Forces of the United States", 8, "U.S. forces");
    }

    @Test
    void namesNoForceFromACountryNameAlone() {
        expectNone("the United States", "Iraq");
    }

    private Optional<Actor> forcesOf(String text, String word, String country) {
        int start = text.indexOf(word);
        return normalizer.forcesOf(TestSentences.of(text), new Span(start, start + word.length()), text, country);
    }

    @Test
    void takesACountryWordTiedToTheActAsItsForces() {
        assertEquals(Optional.of(new Actor("Military Forces of the United States", 8, "US")),
                forcesOf("A US raid killed five.", "US", "Iraq"), "'US' in 'a US raid'");
    }

    @Test
    void keepsTheDotOfAnAbbreviationInTheMatchedText() {
        assertEquals(Optional.of(new Actor("Military Forces of the United States", 8, "U.S.")),
                forcesOf("The U.S. strike", "U.S.", "Iraq"), "'U.S.' keeps its dots");
    }

    @Test
    void readsNoCountryInAStatesAbbreviation() {
        ActorNormalizer codes = new ActorNormalizer(ActorConfig.DEFAULT, Language.english(),
                w -> w.replace(".", "").equals("NC") ? Optional.of("New Caledonia") : Optional.empty());
        String text = "A Charlotte, N.C. shooting";
        int start = text.indexOf("N.C.");
        assertEquals(Optional.empty(), codes.forcesOf(TestSentences.of(text), new Span(start, start + 4), text,
                "United States"), "a code the bundle does not list names no country, whatever the gazetteer says");
    }

    @Test
    void takesNoForcesFromAWordThatNamesNoCountry() {
        assertEquals(Optional.empty(), forcesOf("A night raid", "night", "Iraq"), "'night' is no country");
    }

    @Test
    void namesTheProtestersAnEventImpliesAfterTheEventCountry() {
        assertEquals(new Actor("Protesters (Kenya)", 6, "protested"),
                normalizer.generic(GenericActor.PROTESTERS, "Kenya", "protested"), "implied protesters");
    }

    @Test
    void namesImpliedRiotersWithoutACountryWhenNoneIsKnown() {
        assertEquals(new Actor("Rioters", 5, "rioted"), normalizer.generic(GenericActor.RIOTERS, null, "rioted"),
                "implied rioters, no country");
    }

    @Test
    void keepsStateForcesAtHomeAsTypeOne() {
        expect("Iraqi security forces", "Iraq", "Military Forces of Iraq", 1, "Iraqi security forces");
    }

    @Test
    void mapsCoalitionForcesInIraqToTheCoalitionAgainstDaesh() {
        expect("coalition forces", "Iraq", "Global Coalition Against Daesh", 8, "coalition forces");
    }

    @Test
    void mapsCoalitionForcesInAfghanistanToNato() {
        expect("coalition forces", "Afghanistan", "NATO: North Atlantic Treaty Organization", 8, "coalition forces");
    }

    @Test
    void namesUnPeacekeepersAsTheUnitedNations() {
        expect("UN peacekeepers", "Mali", "UN: United Nations", 8, "UN peacekeepers");
    }

    @Test
    void prefersTheNamedGroupOverTheGenericNoun() {
        expect("12 Taliban militants", "Afghanistan", "Taliban", 2, "Taliban");
    }

    @Test
    void addsTheEventCountryToIslamicStateAliases() {
        expect("Daesh fighters", "Iraq", "Islamic State (Iraq)", 2, "Daesh");
    }

    @Test
    void dropsTheCountryOfIslamicStateWhenUnknown() {
        expect("ISIS", null, "Islamic State", 2, "ISIS");
    }

    @Test
    void doesNotReadTheVerbIsAsIslamicState() {
        expectNone("what is left", "Iraq");
    }

    @Test
    void readsTheLongestAliasForIraqiHezbollahBrigades() {
        expect("the Iraqi Hezbollah Brigades", "Iraq", "Kataib Hezbollah", 3, "Iraqi Hezbollah Brigades");
    }

    @Test
    void readsKataibHezbollahWithAnApostrophe() {
        expect("Kata'ib Hizballah", "Iraq", "Kataib Hezbollah", 3, "Kata'ib Hizballah");
    }

    @Test
    void tellsLebaneseHezbollahFromKataibHezbollah() {
        expect("Hezbollah", "Lebanon", "Hezbollah", 3, "Hezbollah");
    }

    @Test
    void codesWagnerAsExternalForces() {
        expect("Wagner Group mercenaries", "Mali", "Wagner Group", 8, "Wagner Group");
    }

    @Test
    void namesFulaniMilitiaAsAnEthnicMilitia() {
        expect("Fulani ethnic militia", "Nigeria", "Fulani Ethnic Militia (Nigeria)", 4, "Fulani ethnic militia");
    }

    @Test
    void turnsFulaniGunmenIntoAnEthnicMilitia() {
        expect("suspected Fulani gunmen", "Nigeria", "Fulani Ethnic Militia (Nigeria)", 4, "Fulani gunmen");
    }

    @Test
    void namesAnUnnamedTribalMilitiaAsUnidentified() {
        expect("a tribal militia", "Afghanistan", "Unidentified Tribal Militia (Afghanistan)", 4, "tribal militia");
    }

    @Test
    void namesProGovernmentMilitiaAsAcledDoes() {
        expect("4 pro-government militia members", "Afghanistan", "Militia (Pro-Government)", 3,
                "pro-government militia members");
    }

    @Test
    void namesDemonstratorsAsProtestersOfTheEventCountry() {
        expect("thousands of demonstrators", "Lebanon", "Protesters (Lebanon)", 6, "demonstrators");
    }

    @Test
    void namesAMobAsRioters() {
        expect("an angry mob", "Lebanon", "Rioters (Lebanon)", 5, "angry mob");
    }

    @Test
    void namesAWomanAsACivilian() {
        expect("a woman", "Iraq", "Civilians (Iraq)", 7, "woman");
    }

    @Test
    void readsTheHeadBeforeARelativeClause() {
        expect("worshippers who had gathered in the mosque", "Iraq", "Civilians (Iraq)", 7, "worshippers");
    }

    @Test
    void namesUnknownGunmenAsAnUnidentifiedArmedGroup() {
        expect("unknown gunmen", "Iraq", "Unidentified Armed Group (Iraq)", 3, "unknown gunmen");
    }

    @Test
    void namesTheOutsideTheLawGroupAsUnidentified() {
        expect("an outside the law group", "Iraq", "Unidentified Armed Group (Iraq)", 3, "outside the law group");
    }

    @Test
    void doesNotMakeIranBackedMilitiasIranian() {
        expect("Iran-backed militias", "Iraq", "Unidentified Armed Group (Iraq)", 3, "militias");
    }

    @Test
    void ignoresAGroupNamedAfterTheHeadsPreposition() {
        expect("civilians killed by the Taliban", "Afghanistan", "Civilians (Afghanistan)", 7, "civilians");
    }

    @Test
    void findsNoActorInTheAttack() {
        expectNone("the attack", "Iraq");
    }

    @Test
    void findsNoActorInTheUsEmbassy() {
        expectNone("the US embassy", "Iraq");
    }

    @Test
    void namesThePoliceWhoManACheckpoint() {
        expect("a police checkpoint", "Afghanistan", "Police Forces of Afghanistan", 1, "police");
    }

    @Test
    void namesTheArmyOfAnArmyConvoyWithItsCountry() {
        expect("an Afghan military convoy", "Afghanistan", "Military Forces of Afghanistan", 1, "Afghan military");
    }

    @Test
    void findsNoActorInACheckpointWithoutAForce() {
        expectNone("a checkpoint", "Afghanistan");
    }

    @Test
    void findsNoActorInAPoliceReport() {
        expectNone("a police report", "Afghanistan");
    }

    @Test
    void namesIsgsAfterTheNameTheTextUses() {
        expect("ISGS militants", "Burkina Faso", "Islamic State (Greater Sahara)", 2, "ISGS");
    }

    @Test
    void namesTheNovorossiyaForcesOnlyInUkraine() {
        expect("NAF rebel forces", "Ukraine", "NAF: United Armed Forces of Novorossiya", 2, "NAF");
    }

    @Test
    void namesUnknownPeopleAsAnUnidentifiedArmedGroup() {
        expect("unknown people", "Malawi", "Unidentified Armed Group (Malawi)", 3, "unknown people");
    }

    @Test
    void needsACountryInThePhraseForWarplanes() {
        expectNone("warplanes", "Syria");
    }

    @Test
    void namesTurkishDronesAsTheTurkishMilitaryAbroad() {
        expect("Turkish drones", "Iraq", "Military Forces of Turkey", 8, "Turkish drones");
    }

    @Test
    void omitsTheCountryWhenNoneIsKnownByDefault() {
        expect("civilians", null, "Civilians", 7, "civilians");
    }

    @Test
    void rejectsCountrylessNamesWhenConfiguredTo() {
        ActorConfig reject = new ActorConfig(ActorConfig.DEFAULT_GROUPS, ActorConfig.DEFAULT_ROLES,
                ActorConfig.DEFAULT_ETHNIC, ActorConfig.UnknownCountry.REJECT);
        Optional<Actor> actor = fromDocument(
                new ActorNormalizer(reject, Language.english(), Demonyms.builtIn(Language.english())), "civilians", null);
        assertTrue(actor.isEmpty(), "no country known, REJECT should give no actor, got " + actor);
    }

    @Test
    void usesThePluggedDemonymFunction() {
        ActorNormalizer custom = new ActorNormalizer(ActorConfig.DEFAULT, Language.english(),
                w -> w.equals("Malian") ? Optional.of("Mali") : Optional.empty());
        assertEquals(Optional.of(new Actor("Military Forces of Mali", 1, "Malian soldiers")),
                fromDocument(custom, "Malian soldiers", "Mali"), "the plugged function should resolve 'Malian'");
    }

    @Test
    void keepsAReadableNameForIranBackedMilitias() {
        assertEquals(Optional.of("Iran-backed militias"), groupName("the Iran-backed militias"),
                "unnamed sponsored militias should keep their wording");
    }

    @Test
    void givesTheCanonicalNameForANamedGroup() {
        assertEquals(Optional.of("Islamic State"), groupName("the Islamic State group"),
                "a named group should get its canonical name");
    }

    @Test
    void givesNoGroupNameForBareMilitants() {
        assertEquals(Optional.empty(), groupName("the militants"),
                "a bare generic noun names no group");
    }

    @Test
    void reportsTheMissingTableResource() {
        ActorConfig missing = new ActorConfig("/no/such/groups.tsv", ActorConfig.DEFAULT_ROLES,
                ActorConfig.DEFAULT_ETHNIC, ActorConfig.DEFAULT_UNKNOWN_COUNTRY);
        ActorTableException e = assertThrows(ActorTableException.class,
                () -> new ActorNormalizer(missing, Language.english(), Demonyms.builtIn(Language.english())));
        assertEquals("/no/such/groups.tsv: resource not found", e.getMessage(), "error message");
    }

    @Test
    void reportsABadInterCodeWithItsLine() {
        ActorConfig bad = new ActorConfig("/org/sitrep/extract/actor/bad-groups.tsv", ActorConfig.DEFAULT_ROLES,
                ActorConfig.DEFAULT_ETHNIC, ActorConfig.DEFAULT_UNKNOWN_COUNTRY);
        ActorTableException e = assertThrows(ActorTableException.class,
                () -> new ActorNormalizer(bad, Language.english(), Demonyms.builtIn(Language.english())));
        assertEquals("/org/sitrep/extract/actor/bad-groups.tsv:2: inter code must be 1-8, found '9'", e.getMessage(),
                "error message");
    }
    @Test
    void leavesTheClosingQuoteOutOfTheMatchedText() {
        expect("an 'Arbaki' commander", "Afghanistan", "Militia (Pro-Government)", 3, "Arbaki");
    }


    @Test
    void readsAHyphenatedGroupNameThatTheDocumentSplitsLikeTheTable() {
        String text = "Fighters of al-Shabaab attacked the base.";
        int start = text.indexOf("al-Shabaab");
        Optional<Actor> actor = normalizer.normalize(TestSentences.of(text), new Span(start, start + 10), text,
                "Somalia");
        assertEquals(Optional.of(new Actor("Al Shabaab", 2, "al-Shabaab")), actor, "al-Shabaab in a document");
    }

    @Test
    void namesTheGroupOfADocumentSpan() {
        String text = "The attack was claimed by the Islamic State group on Sunday.";
        int start = text.indexOf("the Islamic");
        Span span = new Span(start, text.indexOf(" on Sunday"));
        assertEquals(Optional.of("Islamic State"), normalizer.normalizeGroupName(TestSentences.of(text), span, text),
                "a group named in a document span");
    }
}
