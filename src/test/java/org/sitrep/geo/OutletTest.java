package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Outlet}: the outlet's country from its address, and what it does to an ambiguous name. */
class OutletTest {
    private static TextGeocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = new TextGeocoder(Gazetteer.loadDefault(), GeocoderConfig.DEFAULT);
    }

    @Test
    void readsTheCountryFromACountryCodeDomain() {
        assertEquals(Optional.of("CA"), Outlet.fromUrl("http://www.cbc.ca/news/canada/edmonton/x-1.3863097")
                .countryCode());
    }

    @Test
    void readsTheUnitedKingdomDomainAsGreatBritain() {
        assertEquals(Optional.of("GB"), Outlet.fromUrl("https://www.theguardian.co.uk/world/2020/jan/01/x")
                .countryCode());
    }

    @Test
    void learnsNothingFromAGenericDomain() {
        assertEquals(Outlet.UNKNOWN, Outlet.fromUrl("https://www.reuters.com/article/us-x-idUSKBN13I2JQ"));
    }

    @Test
    void learnsNothingFromAVanityCountryDomain() {
        assertEquals(Outlet.UNKNOWN, Outlet.fromUrl("https://news.example.tv/story"), ".tv is sold worldwide");
    }

    @Test
    void learnsNothingFromAMissingOrMalformedAddress() {
        assertEquals(Outlet.UNKNOWN, Outlet.fromUrl(null), "null");
        assertEquals(Outlet.UNKNOWN, Outlet.fromUrl("not a url at all"), "no host");
        assertEquals(Outlet.UNKNOWN, Outlet.fromUrl("http://192.168.0.1/x"), "an IP address");
    }

    @Test
    void aNewZealandOutletsHamiltonIsTheNewZealandCity() {
        String text = "Flooding closed roads in Hamilton on Monday.";
        List<PlaceMention> local = geocoder.find(text, List.of(),
                Outlet.fromUrl("https://www.nzherald.co.nz/nz/flooding/"));
        assertEquals(1, local.size(), "one place: " + local);
        assertEquals("NZ", local.get(0).place().countryCode(), "a New Zealand paper's Hamilton: " + local);
    }

    @Test
    void withoutAnOutletHamiltonIsTheBiggestHamilton() {
        // Hamilton, Ontario (about 540,000 people) outweighs Hamilton, New Zealand (about 170,000)
        List<PlaceMention> any = geocoder.find("Flooding closed roads in Hamilton on Monday.", List.of());
        assertEquals(1, any.size(), "one place: " + any);
        assertEquals("CA", any.get(0).place().countryCode(), "Hamilton with no outlet: " + any);
    }
}
