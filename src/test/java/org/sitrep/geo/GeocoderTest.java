package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.text.Span;

class GeocoderTest {
    private static TextGeocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = new TextGeocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT);
    }

    private static PlaceMention only(String text, String name) {
        List<PlaceMention> found = geocoder.find(text, List.of()).stream().filter(m -> m.text().equals(name)).toList();
        assertEquals(1, found.size(), "mentions of " + name + " in: " + text + " -> " + found);
        return found.get(0);
    }

    @Test
    void resolvesBagdadToTheIraqiCapitalInAnIraqiStory() {
        PlaceMention m = only("Iraqi police said two rockets fell in Bagdad on Sunday.", "Bagdad");
        assertEquals("IQ", m.place().countryCode(), "Bagdad in an Iraqi story");
    }

    @Test
    void resolvesBagdadToTheArizonaTownWhenTheTextSaysArizona() {
        PlaceMention m = only("A wildfire forced families out of Bagdad, Arizona, on Tuesday.", "Bagdad");
        assertEquals("Arizona", m.place().admin1(), "Bagdad, Arizona");
    }

    @Test
    void resolvesTripoliToLebanonInALebaneseStory() {
        PlaceMention m = only("Lebanese troops clashed with gunmen in Tripoli, the army said.", "Tripoli");
        assertEquals("LB", m.place().countryCode(), "Tripoli in a Lebanese story");
    }

    @Test
    void resolvesTripoliToLibyaWithoutContext() {
        assertEquals("LY", only("Clashes broke out in Tripoli.", "Tripoli").place().countryCode(),
                "the most populous Tripoli");
    }

    @Test
    void resolvesADistrictInsideTheProvinceWrittenAfterIt() {
        PlaceMention m = only("Militants attacked a checkpoint in Dawlat Abad district, Faryab.", "Dawlat Abad");
        assertEquals("Faryab", m.place().admin1(), "the Dowlatabad of Faryab, not the one of Balkh");
        assertEquals(GeoPrecision.NEAR, m.precision(), "a district is coded near its centre");
    }

    @Test
    void resolvesTheProvinceAfterADistrictAsARegion() {
        PlaceMention m = only("Militants attacked a checkpoint in Dawlat Abad district, Faryab.", "Faryab");
        assertEquals(FeatureKind.ADMIN1, m.place().feature(), "Faryab is the container");
        assertEquals(GeoPrecision.REGION, m.precision(), "a province is a region");
    }

    @Test
    void resolvesATownInsideTheStateWrittenAfterIt() {
        PlaceMention m = only("Police in Springfield, Illinois, arrested three men.", "Springfield");
        assertEquals("Illinois", m.place().admin1(), "Springfield, Illinois");
    }

    @Test
    void marksDistanceAndBearingFromATownAsNear() {
        String text = "A roadside bomb exploded 90 km east of Kabul on Monday.";
        PlaceMention m = only(text, "Kabul");
        assertEquals(GeoPrecision.NEAR, m.precision(), "90 km east of Kabul");
        assertEquals("90 km east of Kabul", text.substring(m.start(), m.end()), "the mention covers the qualifier");
        assertEquals("AF", m.place().countryCode(), "Kabul");
    }

    @Test
    void marksTheOutskirtsOfATownAsNear() {
        assertEquals(GeoPrecision.NEAR, only("Fighting continued on the outskirts of Kunduz.", "Kunduz").precision(),
                "outskirts of Kunduz");
    }

    @Test
    void marksAProvinceAsARegion() {
        PlaceMention m = only("Airstrikes hit several villages in Helmand province overnight.", "Helmand");
        assertEquals(FeatureKind.ADMIN1, m.place().feature(), "Helmand province");
        assertEquals(GeoPrecision.REGION, m.precision(), "a province is a region");
    }

    @Test
    void marksACountryNamedAloneAsARegion() {
        PlaceMention m = only("Protests spread across Nigeria after the vote.", "Nigeria");
        assertEquals(FeatureKind.COUNTRY, m.place().feature(), "Nigeria is the country");
        assertEquals(GeoPrecision.REGION, m.precision(), "a country is a region");
    }

    @Test
    void marksATownAsASite() {
        assertEquals(GeoPrecision.SITE, only("A car bomb exploded in Kirkuk on Friday.", "Kirkuk").precision(),
                "in Kirkuk");
    }

    @Test
    void findsNoPlaceInLowerCaseCommonWords() {
        String text = "most people were reading the news on a mobile phone while the march went on.";
        assertEquals(List.of(), geocoder.find(text, List.of()), "lower-case words are never places");
    }

    @Test
    void ignoresCommonWordsThatStartASentence() {
        String text = "Most shops closed. Reading the statement, he wept. Mobile networks failed. Of the dead, "
                + "two were children.";
        assertEquals(List.of(), geocoder.find(text, List.of()), "sentence-initial common words are not places");
    }

    @Test
    void acceptsACommonWordThatANerHintMarksAsALocation() {
        String text = "Reading police arrested a man on Friday.";
        List<PlaceMention> found = geocoder.find(text, List.of(new Span(0, 7)));
        assertEquals(1, found.size(), "the hint makes Reading a place: " + found);
        assertEquals("Reading", found.get(0).place().name(), "Reading");
    }

    @Test
    void ignoresSurnamesThatAreVillageNames() {
        String text = "Iraqi officials blamed the attack on followers of Qassem Soleimani.";
        assertEquals(List.of(), geocoder.find(text, List.of()), "a surname after a first name is no place");
    }

    @Test
    void resolvesTheGreenZoneToTheBaghdadLandmark() {
        PlaceMention m = only("Rockets landed in the Green Zone in the Iraqi capital on Sunday.", "Green Zone");
        assertEquals("Baghdad - Green Zone", m.place().name(), "the landmark");
        assertEquals(FeatureKind.LANDMARK, m.place().feature(), "a landmark");
        assertEquals(GeoPrecision.SITE, m.precision(), "a site");
    }

    @Test
    void keepsWashingtonOutOfIraqInAnIraqiStory() {
        PlaceMention m = only("Washington accused Iraqi militias of firing rockets at its embassy in Baghdad.",
                "Washington");
        assertNotEquals("IQ", m.place().countryCode(), "Washington is not in Iraq");
    }

    @Test
    void readsUsBeforeANounAsAnAdjectiveNotAPlace() {
        List<PlaceMention> found = geocoder.find("US officials met in Baghdad.", List.of());
        assertEquals(List.of("Baghdad"), found.stream().map(PlaceMention::text).toList(), "US officials");
    }

    @Test
    void readsACapitalBeforeGovernmentAsTheGovernment() {
        List<PlaceMention> found = geocoder.find("Militants accused villagers of helping the Kabul government.",
                List.of());
        assertEquals(List.of(), found, "the Kabul government is no location");
    }

    @Test
    void triesTheNameInParenthesesWhenTheFirstIsUnknown() {
        PlaceMention m = only("Soldiers were killed in Nahri Saraj (Girishk) district, Helmand.", "Nahri Saraj");
        assertEquals("Helmand", m.place().admin1(), "Girishk, the centre of Nahri Saraj, lies in Helmand");
    }

    @Test
    void foldsTheDistrictCentrePrefix() {
        PlaceMention m = only("Troops entered Markaz-e Shindand on Monday.", "Markaz-e Shindand");
        assertEquals("Shindand", m.place().name(), "Markaz-e Shindand is the centre of Shindand");
    }

    @Test
    void choosesTheDocumentsMainCountryAsFocus() {
        List<PlaceMention> found = geocoder.find("Rockets hit Baghdad and Basra. The US condemned the attacks.",
                List.of());
        assertEquals("Iraq", geocoder.focusCountry(found).orElseThrow().name(), "two Iraqi cities outweigh the US");
    }

    @Test
    void hasNoFocusWithoutMentions() {
        assertTrue(geocoder.focusCountry(List.of()).isEmpty(), "no mentions, no focus");
    }

    @Test
    void rejectsAConfigWithoutNameWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GeocoderConfig(0, 0, RankWeights.DEFAULT, 1));
        assertEquals("maxNameWords must be at least 1, was 0", e.getMessage());
    }

    @Test
    void resolvesTheIraqiCapitalToBaghdadWithTheWholePhraseAsItsSpan() {
        String text = "A car bomb exploded in the Iraqi capital on Monday.";
        PlaceMention m = only(text, "the Iraqi capital");
        assertEquals("Baghdad", m.place().name(), "the capital of Iraq");
        assertEquals(FeatureKind.CITY, m.place().feature(), "the city, not the governorate");
        assertEquals(GeoPrecision.SITE, m.precision(), "a capital city is a site");
        assertEquals(text.indexOf("the Iraqi"), m.start(), "the span starts at 'the'");
        assertEquals(text.indexOf(" on Monday"), m.end(), "the span ends after 'capital'");
    }

    @Test
    void resolvesTheAfghanCapitalToKabulAtTheStartOfASentence() {
        PlaceMention m = only("The Afghan capital was calm on Friday.", "The Afghan capital");
        assertEquals("Kabul", m.place().name(), "the capital of Afghanistan");
    }

    @Test
    void resolvesTheCapitalAloneToTheCapitalOfTheStorysCountry() {
        PlaceMention m = only("Syrian troops shelled Idlib. Later, a bomb went off near the capital.", "the capital");
        assertEquals("Damascus", m.place().name(), "the story is about Syria");
        assertEquals(GeoPrecision.NEAR, m.precision(), "'near the capital' is near a site");
    }

    @Test
    void readsNoPlaceInCapitalPunishmentOrTheCapitalOfAProvince() {
        List<PlaceMention> found = geocoder.find("Iraqi courts handed down the capital punishment. "
                + "Rockets fell on the capital of Anbar.", List.of());
        assertTrue(found.stream().noneMatch(m -> m.text().contains("capital")),
                "'capital punishment' and 'the capital of Anbar' name no capital city: " + found);
    }

    @Test
    void readsANameFollowedByACapitalisedPlaceNounWithoutFailing() {
        // the noun "City"/"District" once ended the first mention after the next name had started
        List<PlaceMention> found = geocoder.find("A truck bomb hit the Sadr City district. Reports from the "
                + "Buuloburde District, Hiiraan Region of Somalia say troops clashed.", List.of());
        assertTrue(found.stream().allMatch(m -> m.start() < m.end()),
                "every mention has a proper span: " + found);
        assertEquals(List.of("Buulobarde", "Somalia"), found.stream().map(m -> m.place().name()).toList(),
                "the district is read with its capitalised noun; Sadr City and the spelling Hiiraan are unknown");
        assertEquals(GeoPrecision.NEAR, found.get(0).precision(), "a district is coded near its centre");
    }

    @Test
    void placesADistrictTheGazetteerLacksInPartOfItsProvince() {
        PlaceMention m = only("Gunmen attacked a checkpoint in Nahri Shahi district, Balkh.", "Nahri Shahi");
        assertEquals("Balkh", m.place().name(), "the province written after the unknown district");
        assertEquals(FeatureKind.ADMIN1, m.place().feature(), "only the province is known");
        assertEquals(GeoPrecision.NEAR, m.precision(), "a district is part of its province");
    }

    @Test
    void codesADistrictCentreAsTheTownItself() {
        String text = "Gunmen ambushed a patrol in Ghoryan district center, Herat.";
        PlaceMention m = only(text, "Ghoryan");
        assertEquals("Herat", m.place().admin1(), "Ghoryan lies in Herat");
        assertEquals(GeoPrecision.SITE, m.precision(), "the district centre is the town");
        assertEquals(text.indexOf(", Herat"), m.end(), "the span covers 'district center'");
    }

    @Test
    void codesAPlaceOutsideACityAsNearIt() {
        PlaceMention m = only("A bomb exploded outside of Kunduz city on Monday.", "Kunduz");
        assertEquals(GeoPrecision.NEAR, m.precision(), "'outside of X city' is near X");
    }

    @Test
    void codesAProvinceNamedAloneAsARegion() {
        PlaceMention m = only("Clashes were reported in Balkh province on Monday.", "Balkh");
        assertEquals(GeoPrecision.REGION, m.precision(), "'in X province' names only the province");
    }

    @Test
    void findsADistrictCentreByAnAlternateNameOrTheNameInParentheses() {
        PlaceMention m = only("Clashes broke out in Andar (Shalgar) district, Ghazni.", "Andar");
        assertEquals(FeatureKind.CITY, m.place().feature(), "the district centre is a known town");
        assertEquals("Ghazni", m.place().admin1(), "the town lies in the province written after the district");
    }

    @Test
    void readsInCloseProximityToAsNear() {
        String text = "A soldier was shot in close proximity to Kunduz city on Monday.";
        PlaceMention m = only(text, "Kunduz");
        assertEquals(GeoPrecision.NEAR, m.precision(), "'in close proximity to X' is near X");
        assertEquals(text.indexOf("in close"), m.start(), "the span starts with the qualifier");
    }
}
