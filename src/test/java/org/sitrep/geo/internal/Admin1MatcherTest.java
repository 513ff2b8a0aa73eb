package org.sitrep.geo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.internal.SourceData.City;
import org.sitrep.geo.internal.SourceData.GeoName;
import org.sitrep.geo.internal.SourceData.State;

/** {@link Admin1Matcher}: joining GeoNames division codes to named states. */
class Admin1MatcherTest {
    private static final State NORTHERN_IRELAND = new State("GB", "NIR", "Northern Ireland", "Northern Ireland",
            54.79, -6.49);
    private static final State NORTH_YORKSHIRE = new State("GB", "NYK", "North Yorkshire", "North Yorkshire",
            54.0, -1.5);

    private static GeoName place(int id, String name, double lat, double lon, String admin1) {
        return new GeoName(id, name, name, List.of(), lat, lon, "PPL", "GB", admin1, 1000);
    }

    @Test
    void takesTheStateWithTheSameLetterCodeOverVotesForAnother() {
        // the other set files Belfast's towns under a wrong county: votes alone would name North Yorkshire
        Admin1Matcher matcher = new Admin1Matcher(List.of(NORTHERN_IRELAND, NORTH_YORKSHIRE),
                List.of(new City("Belfast", "GB", "NYK", 54.60, -5.93), new City("Lisburn", "GB", "NYK", 54.52, -6.04)));
        matcher.add(place(1, "Belfast", 54.5968, -5.9254, "NIR"));
        matcher.add(place(2, "Lisburn", 54.5234, -6.0353, "NIR"));
        Map<String, State> resolved = matcher.resolve();
        assertEquals("Northern Ireland", resolved.get("GB.NIR").name(), "GB.NIR");
    }

    @Test
    void followsTheVotesForANumberCode() {
        // FIPS numbers are GeoNames' own: "01" here must not be taken for a state whose ISO code is "01"
        State first = new State("GB", "01", "Elsewhere", "Elsewhere", 54.7, -6.2);
        Admin1Matcher matcher = new Admin1Matcher(List.of(first, NORTH_YORKSHIRE),
                List.of(new City("Harrogate", "GB", "NYK", 53.99, -1.54)));
        matcher.add(place(3, "Harrogate", 53.9921, -1.5418, "01"));
        assertEquals("North Yorkshire", matcher.resolve().get("GB.01").name(), "GB.01");
    }
}
