package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.time.Mentions.MONDAY_21_DECEMBER_2020;
import static org.sitrep.time.Mentions.onlyMention;

import org.junit.jupiter.api.Test;

class PeriodStartTest {
    private final DateResolver resolver = Mentions.englishResolver();

    private boolean periodStart(String text) {
        return resolver.isPeriodStart(text, onlyMention(resolver, text, MONDAY_21_DECEMBER_2020));
    }

    private boolean rangeHasPeriodStart(String text) {
        return resolver.hasPeriodStart(text, 0, text.length(), MONDAY_21_DECEMBER_2020);
    }

    @Test
    void marksSinceOctoberAsAPeriodStart() {
        assertTrue(periodStart("Since October, 40 people have been killed."), "'since October' starts a period");
    }

    @Test
    void marksStartingInMarchAsAPeriodStart() {
        assertTrue(periodStart("Starting in March 2019, the group seized 12 villages."),
                "'starting in March 2019' starts a period");
    }

    @Test
    void doesNotMarkInOctoberAsAPeriodStart() {
        assertFalse(periodStart("In October, the army retook the town."), "'in October' dates an event");
    }

    @Test
    void doesNotMarkOnSundayAsAPeriodStart() {
        assertFalse(periodStart("Gunmen attacked on Sunday."), "'on Sunday' dates an event");
    }

    @Test
    void findsAPeriodSinceABareYear() {
        assertTrue(rangeHasPeriodStart("More than 2,000 people have died since 2009."), "'since 2009' is a period");
    }

    @Test
    void findsAPeriodSinceASeasonOfAYear() {
        assertTrue(rangeHasPeriodStart("The group has killed 300 people since fall 2019."),
                "'since fall 2019' is a period");
    }

    @Test
    void findsAPeriodSinceTheBeginningOfAYear() {
        assertTrue(rangeHasPeriodStart("Since the beginning of 2020, 300 civilians have been killed."),
                "'since the beginning of 2020' is a period");
    }

    @Test
    void findsAPeriodSinceAMonth() {
        assertTrue(rangeHasPeriodStart("Attacks have doubled since October."), "'since October' is a period");
    }

    @Test
    void findsNoPeriodInAnEventSentence() {
        assertFalse(rangeHasPeriodStart("A bomb killed 3 people in Kabul on Sunday, in 2020's worst attack."),
                "a single dated event has no period start");
    }
}
