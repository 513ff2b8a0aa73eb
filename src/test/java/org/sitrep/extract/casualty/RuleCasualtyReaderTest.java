package org.sitrep.extract.casualty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sitrep.lang.Language;
import org.sitrep.text.TestSentences;

class RuleCasualtyReaderTest {
    private final CasualtyReader rules = new RuleCasualtyReader(CasualtyConfig.DEFAULT, Language.english());

    private Casualties read(String sentence) {
        return read(rules, sentence);
    }

    private static Casualties read(CasualtyReader reader, String sentence) {
        return reader.read(TestSentences.of(sentence), sentence);
    }

    /** The count expected over the first occurrence of {@code phrase} in {@code sentence}. */
    private static Count at(String sentence, String phrase, int value, boolean lowerBound) {
        int start = sentence.indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("test bug: '" + phrase + "' not in sentence");
        }
        return new Count(value, start, start + phrase.length(), lowerBound);
    }

    private void expectKilled(String sentence, String phrase, int value, boolean lowerBound) {
        assertEquals(at(sentence, phrase, value, lowerBound), read(sentence).killed(),
                "killed in: " + sentence);
    }

    private void expectWounded(String sentence, String phrase, int value, boolean lowerBound) {
        assertEquals(at(sentence, phrase, value, lowerBound), read(sentence).wounded(),
                "wounded in: " + sentence);
    }

    private void expectNoKilled(String sentence) {
        assertNull(read(sentence).killed(), "no killed count expected in: " + sentence);
    }

    @Test
    void readsDigitsBeforeAPassiveVerb() {
        expectKilled("Eight Afghan soldiers were killed in the ambush on Sunday.", "Eight", 8, false);
    }

    @Test
    void doesNotAddTheCommandersIncludedInTheDead() {
        expectKilled("On 4 May 2021, 15 insurgents including 3 commanders were killed in Zabul.", "15", 15, false);
    }

    @Test
    void readsTheWoundedAfterASubsetOfThem() {
        String s = "Nine rebels were killed and 6 including a local commander were wounded near the town.";
        expectWounded(s, "6", 6, false);
    }

    @Test
    void addsCoordinatedGroupsOfDead() {
        String s = "Two policemen and five militants were killed in the clash, officials said.";
        expectKilled(s, "Two policemen and five", 7, false);
    }

    @Test
    void readsTheObjectOfAnActiveParticiple() {
        expectKilled("A car bomb exploded at a market in Mosul, killing 3 and injuring 11.", "3", 3, false);
    }

    @Test
    void readsTheWoundedObjectAfterTheKilled() {
        expectWounded("A car bomb exploded at a market in Mosul, killing 3 and injuring 11.", "11", 11, false);
    }

    @Test
    void readsKilledAndWoundedAsActiveVerbs() {
        expectWounded("The gunmen killed 4 and wounded 9 before fleeing.", "9", 9, false);
    }

    @Test
    void readsCountsBeforeBareParticiples() {
        expectWounded("Police reported 2 killed, 14 injured after the grenade attack.", "14", 14, false);
    }

    @Test
    void readsAnArticleBeforeAPersonAsOne() {
        String s = "The rocket landed near a checkpoint, wounding an Iraqi soldier.";
        expectWounded(s, "an Iraqi soldier", 1, false);
    }

    @Test
    void readsAWomanAsOneDead() {
        expectKilled("A woman was killed when a shell hit her house.", "A woman", 1, false);
    }

    @Test
    void readsNumberWords() {
        expectKilled("Twenty-three villagers were killed overnight.", "Twenty-three", 23, false);
    }

    @Test
    void readsSpacedCompoundNumberWords() {
        expectKilled("Forty two people died in the blast.", "Forty two", 42, false);
    }

    @Test
    void readsHundredsOfNumberWords() {
        expectKilled("Two hundred fighters were killed in the offensive's first battle.", "Two hundred", 200, false);
    }

    @Test
    void marksAtLeastAsALowerBound() {
        expectKilled("At least 10 worshippers were killed in the mosque bombing.", "At least 10", 10, true);
    }

    @Test
    void keepsTheFigureOfMoreThanAsALowerBound() {
        expectKilled("The airstrike killed more than 30 fighters.", "more than 30", 30, true);
    }

    @Test
    void readsDozensAsTwelve() {
        expectWounded("Dozens of protesters were injured by rubber bullets.", "Dozens", 12, true);
    }

    @Test
    void readsADozenAsExactlyTwelve() {
        expectKilled("A dozen soldiers were killed at the outpost.", "A dozen", 12, false);
    }

    @Test
    void readsHundredsAsAHundred() {
        expectWounded("Hundreds of demonstrators were wounded in the crackdown.", "Hundreds", 100, true);
    }

    @Test
    void readsSeveralAsTheConfiguredFigure() {
        expectKilled("Several civilians were killed in the shelling.", "Several", 3, true);
    }

    @Test
    void readsACoupleOfAsTwo() {
        expectWounded("A couple of guards were lightly wounded.", "A couple of", 2, false);
    }

    @Test
    void readsTheCountBeforeDead() {
        expectKilled("The explosion left 6 dead and dozens more injured.", "6", 6, false);
    }

    @Test
    void letsTheDeathTollSupersedeEarlierCounts() {
        String s = "Five people were killed on Monday and the death toll rose to 9 on Tuesday.";
        expectKilled(s, "9", 9, false);
    }

    @Test
    void readsDeathsAsANoun() {
        expectKilled("Medics confirmed 4 deaths at the scene.", "4", 4, false);
    }

    @Test
    void addsAttackersKilledLaterInTheSentence() {
        String s = "The gunmen killed two guards before three of the attackers were shot dead by police.";
        assertEquals(new Count(5, s.indexOf("two"), s.indexOf("three") + "three".length(), false),
                read(s).killed(), "deaths of attackers count too");
    }

    @Test
    void keepsOnlyTheFirstCountWhenConfiguredTo() {
        CasualtyReader first = new RuleCasualtyReader(new CasualtyConfig(3, 12, CasualtyConfig.Multiple.FIRST),
                Language.english());
        String s = "The gunmen killed two guards before three of the attackers were shot dead by police.";
        assertEquals(at(s, "two", 2, false), read(first, s).killed(), "FIRST should keep the first count only");
    }

    @Test
    void ignoresTheDateBeforeTheCount() {
        expectKilled("On 12 March 2020, 3 Afghan policemen were killed in Kunduz.", "3", 3, false);
    }

    @Test
    void ignoresACountOfThingsBeforeTheVerb() {
        expectNoKilled("The militants fired 4 rockets at the base, but no soldiers were reported killed.");
    }

    @Test
    void ignoresACumulativeTotalSinceAYear() {
        expectNoKilled("More than 30,000 people have been killed in the region since 2009.");
    }

    @Test
    void ignoresWhatAWarHasKilled() {
        expectNoKilled("The war has killed thousands and displaced millions.");
    }

    @Test
    void ignoresAnIntentionToKill() {
        expectNoKilled("Police said the two men were plotting to kill 20 people at the festival.");
    }

    @Test
    void ignoresAThreatToKill() {
        expectNoKilled("The group threatened to kill five hostages.");
    }

    @Test
    void readsNoCasualtiesAsZeroForBoth() {
        String s = "The rocket struck an empty field and caused no casualties.";
        Casualties c = read(s);
        assertEquals(new Casualties(at(s, "no casualties", 0, false), at(s, "no casualties", 0, false)), c,
                "'no casualties' means nobody killed or wounded");
    }

    @Test
    void readsNoOneHurtAsZeroForBoth() {
        String s = "Two mortar rounds hit the compound; no one was hurt.";
        assertEquals(new Casualties(at(s, "no one", 0, false), at(s, "no one", 0, false)), read(s),
                "'no one was hurt' means nobody killed or wounded");
    }

    @Test
    void keepsANumberOverANoCasualtiesPhrase() {
        String s = "One soldier was killed but there were no other casualties.";
        assertEquals(new Casualties(at(s, "One", 1, false), null), read(s),
                "one dead, nothing said about wounded");
    }

    @Test
    void readsNoInjuriesAsZeroWoundedOnly() {
        String s = "The blast shattered windows but there were no injuries.";
        assertEquals(new Casualties(null, at(s, "no injuries", 0, false)), read(s),
                "'no injuries' says nothing about deaths");
    }

    @Test
    void readsNoOneKilledAsZeroKilledOnly() {
        String s = "Officials said no one was killed in the strike.";
        assertEquals(new Casualties(at(s, "no one", 0, false), null), read(s),
                "'no one was killed' says nothing about wounded");
    }

    @Test
    void readsNothingFromASentenceWithoutCasualties() {
        assertEquals(Casualties.NONE, read("Protesters marched through Beirut on Saturday."),
                "no counts expected");
    }

    @Test
    void rejectsASeveralValueBelowTwo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CasualtyConfig(1, 12, CasualtyConfig.Multiple.SUM));
        assertEquals("severalValue must be at least 2, was 1", e.getMessage(), "error message");
    }
    @Test
    void readsTheWoundedAfterAPartitiveAsTheLargerNumber() {
        expectWounded("Four of the 9 wounded were in critical condition.", "9", 9, false);
    }

    @Test
    void readsAPartitiveSubjectAsItsFirstNumber() {
        expectKilled("Two of the five soldiers were killed.", "Two", 2, false);
    }

    @Test
    void countsAPossessivePersonAsOneMore() {
        String s = "A commander and his guard were killed by a roadside bomb.";
        expectKilled(s, "A commander and his guard", 2, false);
    }

    @Test
    void readsTheSubjectBeforeACommaDelimitedAside() {
        String s = "One villager, who was working in his field, was shot and killed by the militants.";
        expectKilled(s, "One", 1, false);
    }

    @Test
    void ignoresACountOfKilledOrWounded() {
        assertEquals(Casualties.NONE, read("Five people were killed or injured in the blast."),
                "killed-or-injured does not say how many of each");
    }

    @Test
    void readsAHyphenatedAgeThatTheDocumentSplitsAsOnePerson() {
        expectWounded("A 7-year-old boy was wounded in a shooting.", "A 7-year-old boy", 1, false);
    }

    @Test
    void readsAHyphenatedNumberWordThatTheDocumentSplits() {
        expectKilled("Fifty-two people were killed in the bombings.", "Fifty-two", 52, false);
    }

    @Test
    void readsANegatedClitic() {
        expectNoKilled("The soldiers weren't killed in the ambush.");
    }

    @Test
    void givesOffsetsFromTheSentenceStartOfALaterSentence() {
        String text = "Fighting broke out. Three soldiers were killed.";
        org.sitrep.text.Sentence first = TestSentences.of(text);
        int start = text.indexOf("Three");
        java.util.List<org.sitrep.text.Token> tail = first.tokens().stream().filter(t -> t.start() >= start)
                .toList();
        org.sitrep.text.Sentence second = new org.sitrep.text.Sentence(1, start, text.length(), tail,
                java.util.List.of(), false);
        assertEquals(new Count(3, 0, 5, false), rules.read(second, text).killed(),
                "offsets should count from the sentence's start");
    }
}
