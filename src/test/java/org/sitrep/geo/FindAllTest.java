package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.text.Span;

/** {@link Geocoder#findAll}: every place a text names, qualifiers included. */
class FindAllTest {
    private static TextGeocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = new TextGeocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT);
    }

    private static List<PlaceMention> named(String text, String name) {
        return geocoder.findAll(text, List.of()).stream().filter(m -> m.text().equals(name)).toList();
    }

    @Test
    void reportsTheCountryADemonymNames() {
        List<PlaceMention> found = named("Canadian troops arrived in Kandahar on Monday.", "Canadian");
        assertEquals(1, found.size(), "one mention of Canadian: " + found);
        assertEquals("CA", found.get(0).place().countryCode(), "Canadian is Canada: " + found);
        assertEquals(FeatureKind.COUNTRY, found.get(0).place().feature(), "the country itself: " + found);
        assertEquals(GeoPrecision.REGION, found.get(0).precision(), "a country is a region: " + found);
    }

    @Test
    void reportsTheCountryOfACodeUsedAsAnAdjective() {
        List<PlaceMention> found = named("Protesters gathered outside the US embassy in Baghdad.", "US");
        assertEquals(1, found.size(), "one mention of US: " + found);
        assertEquals("US", found.get(0).place().countryCode(), "US embassy names the United States: " + found);
    }

    @Test
    void doesNotReportADemonymInsideAPlaceName() {
        List<PlaceMention> all = geocoder.findAll("The ship sank in the Indian Ocean near the Maldives.", List.of());
        assertTrue(all.stream().noneMatch(m -> m.text().equals("Indian")), "Indian is part of a name: " + all);
    }

    @Test
    void findDoesNotReportDemonymsForEventLocation() {
        List<PlaceMention> found = geocoder.find("Canadian troops arrived in Kandahar on Monday.", List.of());
        assertTrue(found.stream().noneMatch(m -> m.text().equals("Canadian")), "find is for event places: " + found);
    }

    @Test
    void stillResolvesATaggedNameTheMatcherPassedOver() {
        String text = "Flooding hit Qwxzville and Kandahar.";
        List<PlaceMention> all = geocoder.findAll(text, List.of(new Span(25, 33)));
        assertTrue(all.stream().anyMatch(m -> m.text().equals("Kandahar")), "Kandahar: " + all);
    }
}
