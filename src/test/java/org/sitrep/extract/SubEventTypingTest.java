package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.TestSitrep;

/**
 * One sentence per sub-event type, written for this test; each must yield an event of that type first.
 */
class SubEventTypingTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Government troops and rebels clashed for hours near the town of Kidal on Monday.|Armed clash",
            "The army recaptured the town of Palmyra from Islamic State fighters on Sunday.|Government regains territory",
            "Houthi rebels seized the district of Hazm after government forces fled on Friday.|Non-state actor overtakes territory",
            "A helicopter dropped barrels of chlorine gas on the town on Tuesday, witnesses said.|Chemical weapon",
            "A drone strike hit a car near Mogadishu on Saturday, killing two militants.|Air/drone strike",
            "A suicide bomber blew himself up at a mosque in Kabul on Friday, killing 12 worshippers.|Suicide bomb",
            "Militants fired mortar shells at an army base in Helmand on Thursday.|Shelling/artillery/missile attack",
            "A roadside bomb exploded under a police vehicle in Kandahar on Monday, killing three officers.|Remote explosive/landmine/IED",
            "An attacker threw a grenade into a bar in Bujumbura on Saturday night, wounding six people.|Grenade",
            "Soldiers raped several women during a raid on the village, a rights group said on Monday.|Sexual violence",
            "Gunmen shot dead four villagers in their homes in Zamfara state on Wednesday.|Attack",
            "Gunmen kidnapped 30 students from a school in Kaduna on Thursday.|Abduction/forced disappearance",
            "Thousands of people marched peacefully through Beirut on Sunday to demand reforms.|Peaceful protest",
            "Police fired tear gas to disperse protesters in Khartoum on Monday.|Protest with intervention",
            "Security forces shot dead five protesters with live ammunition in Baghdad on Friday.|Excessive force against protesters",
            "Rioters torched cars and threw stones at police in Paris on Saturday.|Violent demonstration",
            "A mob lynched a man accused of theft in a village near Lagos on Tuesday.|Mob violence",
            "The government and the rebels signed a ceasefire agreement in Juba on Sunday.|Agreement",
            "Police arrested three senior members of the opposition party in Harare on Monday.|Arrests",
            "About 2,000 fighters defected from the rebel movement to the government side on Friday.|Change to group/activity",
            "Soldiers defused a roadside bomb planted on the main road to Ghazni on Tuesday.|Disrupted weapons use",
            "Turkish forces set up a new military base near Idlib on Saturday.|Headquarters or base established",
            "Armed men looted shops and burned houses in the market town of Beni on Thursday.|Looting/property destruction",
            "Kurdish forces withdrew from the city of Kirkuk and handed it over to federal forces on Monday.|Non-violent transfer of territory",
            "Protesters clashed with riot police outside the parliament in Lima on Sunday.|Violent demonstration",
            "Gunmen attacked a village in Zamfara state on Tuesday, killing nine people.|Attack",
            "Militants kidnapped and killed two engineers near Kandahar on Friday.|Attack",
            "Rebel fighters entered the town of Kidal on Friday after the army pulled out without resistance.|Non-violent transfer of territory",
            "Police seized 40 rifles and 3,000 rounds of ammunition in Kano on Monday.|Disrupted weapons use",
            "The Syrian army and allied militias captured the town of Saraqeb on Monday.|Government regains territory",
            "Police fired tear gas and rubber bullets at crowds in Nairobi on Monday.|Protest with intervention",
            "Villagers clashed with sticks and machetes over a land dispute near Dimla on Monday, killing one man.|Mob violence"
    })
    void typesTheSentence(String sentence, String expected) {
        List<Event> events = TestSitrep.extract(sentence, LocalDate.of(2021, 3, 10));
        assertFalse(events.isEmpty(), "no event in: " + sentence);
        assertEquals(expected, events.get(0).subEventType(), "wrong type for: " + sentence);
    }
}
