package org.sitrep.geo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.lang.Language;

/** {@link Airports}: which airports of the OurAirports list become landmarks, and under which names. */
class AirportsTest {
    /** The fixture's airports, by full name; "Washington" stands for a name the rest of the gazetteer holds. */
    private static Map<String, Airports.Airport> airports;

    @BeforeAll
    static void read() throws IOException, URISyntaxException {
        Airports reader = new Airports(Language.english(), (name, lat, lon) -> name.equals("Washington"));
        Path fixture = Path.of(AirportsTest.class.getResource("/geo/airports.json").toURI());
        airports = reader.read(fixture).stream()
                .collect(Collectors.toMap(Airports.Airport::name, Function.identity()));
    }

    private static Set<String> namesOf(String airport) {
        Airports.Airport a = airports.get(airport);
        assertTrue(a != null, airport + " is missing from " + airports.keySet());
        return a.names();
    }

    @Test
    void keepsOnlyLargeAndMediumAirportsWithScheduledService() {
        assertEquals(Set.of("London Heathrow Airport", "Amsterdam Airport Schiphol",
                "Lester B. Pearson International Airport", "Charles de Gaulle International Airport",
                "Washington Dulles International Airport", "Newark Liberty International Airport",
                "Kabul International Airport"), airports.keySet(),
                "a medium airport without scheduled service and a small airport with it are left out");
    }

    @Test
    void namesHeathrowByWhatIsLeftWithoutTheTownAndTheGenericWord() {
        assertEquals(Set.of("London Heathrow Airport", "London Heathrow", "Heathrow Airport", "Heathrow"),
                namesOf("London Heathrow Airport"), "names of London Heathrow Airport");
    }

    @Test
    void namesSchipholAloneThoughTheGenericWordStandsInsideTheName() {
        assertEquals(Set.of("Amsterdam Airport Schiphol", "Schiphol Airport", "Schiphol"),
                namesOf("Amsterdam Airport Schiphol"), "names of Amsterdam Airport Schiphol");
    }

    @Test
    void namesAnAirportCalledAfterAPersonByTheSurnameWithAGenericWordOrTheTown() {
        Set<String> names = namesOf("Lester B. Pearson International Airport");
        assertTrue(names.containsAll(List.of("Pearson International Airport", "Pearson Airport", "Toronto Pearson",
                "Toronto International Airport")), "surname forms and the airport keyword: " + names);
        assertFalse(names.contains("Lester B. Pearson"), "the person's name alone is not the airport: " + names);
        assertFalse(names.contains("Pearson"), "a bare surname is not the airport: " + names);
        assertFalse(names.contains("Malton"), "a keyword without an airport word is not a name: " + names);
    }

    @Test
    void neverNamesAnAirportByAPersonsFullNameAlone() {
        Set<String> names = namesOf("Charles de Gaulle International Airport");
        assertTrue(names.containsAll(List.of("Charles de Gaulle Airport", "Roissy Airport")),
                "the person's name with a generic word, and the keyword naming the airport: " + names);
        assertFalse(names.contains("Charles de Gaulle"), "Charles de Gaulle alone is the general: " + names);
    }

    @Test
    void leavesOutALoneWordThatTheRestOfTheGazetteerHolds() {
        Set<String> names = namesOf("Washington Dulles International Airport");
        assertFalse(names.contains("Washington"), "Washington stays the city and the state: " + names);
        assertTrue(names.contains("Washington Dulles"), "the town with the airport's own word: " + names);
    }

    @Test
    void leavesOutALoneOrdinaryWordAndKeywordsThatNameTheTown() {
        Set<String> names = namesOf("Newark Liberty International Airport");
        assertFalse(names.contains("Liberty"), "liberty is in the common-word list: " + names);
        assertTrue(names.contains("Newark Liberty"), "the town with the ordinary word: " + names);
        assertFalse(names.contains("New York City") || names.contains("Manhattan"),
                "keywords that name places around the airport: " + names);
    }

    @Test
    void leavesOutTheTownsOwnName() {
        Set<String> names = namesOf("Kabul International Airport");
        assertEquals(Set.of("Kabul International Airport", "Kabul Airport"), names,
                "Kabul alone is the city, not the airport");
    }

    @Test
    void neverNamesAnAirportByItsIataCode() {
        Set<String> codes = Set.of("LHR", "AMS", "YYZ", "CDG", "IAD", "EWR", "KBL", "LON", "YTO", "PAR", "WAS");
        for (Airports.Airport a : airports.values()) {
            assertTrue(a.names().stream().noneMatch(codes::contains), "a code among the names: " + a.names());
        }
    }

    @Test
    void standsAShortWordAloneNever() {
        Airports reader = new Airports(Language.english(), (name, lat, lon) -> false);
        assertFalse(reader.isDistinctive("Ely", "", 0, 0), "three letters are too few");
        assertTrue(reader.isDistinctive("Orly", "Paris", 0, 0), "four letters are enough");
    }

    @Test
    void refusesAListThatIsNotAnArray(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("airports.json"), "{\"name\": \"x\"}");
        Airports reader = new Airports(Language.english(), (name, lat, lon) -> false);
        IOException e = assertThrows(IOException.class, () -> reader.read(file));
        assertEquals("airport list " + file + " is not a JSON array", e.getMessage());
    }
}
