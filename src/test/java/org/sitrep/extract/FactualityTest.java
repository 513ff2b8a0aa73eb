package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.TestSitrep;

/**
 * Sentences that mention violence without reporting an event, written for this test.
 */
class FactualityTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "The militia threatened to attack the embassy if the troops stayed.",
            "The general said his forces were ready to respond if Iran attacked them.",
            "The embassy has been targeted by dozens of rockets since fall 2019.",
            "Officials fear the group could carry out a bombing during the holiday.",
            "The ministry denied that its aircraft had bombed the village.",
            "The president condemned the violence and called for calm.",
            "More than 30,000 people have been killed in the conflict since 2009.",
            "A gas cylinder explosion in a restaurant kitchen injured four people, firefighters said.",
            "A boiler exploded at a chemical plant in Gujarat on Monday, killing two workers.",
            "Border guards detained 40 migrants who were hiding in a truck near the border on Saturday.",
            "The union imposed new sanctions on Moscow over the poisoning of an opposition leader with a nerve agent.",
            "Coast guards intercepted 300 migrants trying to reach the island by boat on Sunday."
    })
    void reportsNoEvent(String sentence) {
        List<Event> events = TestSitrep.extract(sentence, LocalDate.of(2021, 3, 10));
        assertEquals(List.of(), events.stream().map(Event::subEventType).toList(), "spurious event in: " + sentence);
    }
}
