package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Geocodes the shared Baghdad embassy sample; skipped without the shared folder. */
class SharedSampleTest {
    private static List<PlaceMention> mentions;
    private static TextGeocoder geocoder;

    @BeforeAll
    static void geocodeTheSample() throws IOException {
        Path sample = Path.of(System.getProperty("sitrep.shared", "../shared"), "samples/baghdad-embassy-rockets.txt");
        assumeTrue(Files.exists(sample), "shared sample not present: " + sample);
        geocoder = new TextGeocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT);
        mentions = geocoder.find(Files.readString(sample), List.of());
    }

    private static List<PlaceMention> named(String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).toList();
    }

    @Test
    void resolvesTheGreenZoneToTheBaghdadLandmark() {
        assertEquals(List.of("Baghdad - Green Zone"), named("Green Zone").stream().map(m -> m.place().name()).toList(),
                "Green Zone mentions");
    }

    @Test
    void resolvesEveryBaghdadToTheIraqiCapital() {
        assertTrue(named("Baghdad").size() >= 5, "Baghdad is named at least five times: " + named("Baghdad"));
        assertTrue(named("Baghdad").stream().allMatch(m -> m.place().countryCode().equals("IQ")
                && m.place().feature() == FeatureKind.CITY), "every Baghdad is the Iraqi city");
    }

    @Test
    void keepsWashingtonOutOfIraq() {
        assertTrue(named("Washington").stream().noneMatch(m -> m.place().countryCode().equals("IQ")),
                "Washington is never placed in Iraq");
    }

    @Test
    void findsIraqTheFocusCountry() {
        assertEquals("Iraq", geocoder.focusCountry(mentions).orElseThrow().name(), "focus country");
    }
}
