package org.sitrep.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.Event;
import org.sitrep.extract.Evidence;

/**
 * Builds the same event as a prediction ({@link #predicted()}) or as gold ({@link #gold()}), so tests state
 * only the fields they are about.
 */
final class TestEvent {
    private final String type;
    private final String subType;
    private LocalDate date;
    private Integer precision;
    private String actor1;
    private String actor2;
    private final List<String> actor1Any = new ArrayList<>();
    private final List<String> actor2Any = new ArrayList<>();
    private String blamedOn;
    private String claimedBy;
    private String country;
    private String location;
    private Double latitude;
    private Double longitude;
    private Integer fatalities;
    private double confidence = 0.5;

    private TestEvent(String type, String subType) {
        this.type = type;
        this.subType = subType;
    }

    static TestEvent of(String type, String subType) {
        return new TestEvent(type, subType);
    }

    static TestEvent battle() {
        return of("Battles", "Armed clash");
    }

    TestEvent on(String isoDate) {
        this.date = isoDate == null ? null : LocalDate.parse(isoDate);
        return this;
    }

    TestEvent precision(int timePrecision) {
        this.precision = timePrecision;
        return this;
    }

    TestEvent at(double lat, double lon) {
        this.latitude = lat;
        this.longitude = lon;
        return this;
    }

    TestEvent in(String country, String location) {
        this.country = country;
        this.location = location;
        return this;
    }

    TestEvent actors(String actor1, String actor2) {
        this.actor1 = actor1;
        this.actor2 = actor2;
        return this;
    }

    TestEvent actor1Any(String... names) {
        actor1Any.addAll(List.of(names));
        return this;
    }

    TestEvent blamedOn(String name) {
        this.blamedOn = name;
        return this;
    }

    TestEvent claimedBy(String name) {
        this.claimedBy = name;
        return this;
    }

    TestEvent fatalities(int killed) {
        this.fatalities = killed;
        return this;
    }

    TestEvent confidence(double value) {
        this.confidence = value;
        return this;
    }

    Event predicted() {
        return new Event("predicted", List.of("a"), date, precision, type, subType, actor1, actor2, null, null,
                blamedOn, claimedBy, country, null, location, latitude, longitude, null, fatalities, null, null, null,
                new Evidence("a", Map.of()), confidence);
    }

    GoldEvent gold() {
        List<String> any1 = new ArrayList<>();
        if (actor1 != null) {
            any1.add(actor1);
        }
        any1.addAll(actor1Any);
        List<String> any2 = new ArrayList<>();
        if (actor2 != null) {
            any2.add(actor2);
        }
        any2.addAll(actor2Any);
        return new GoldEvent(date, precision, type, subType, actor1, actor2, any1, any2, null, null, blamedOn,
                claimedBy, country, null, location, latitude, longitude, null, fatalities, null, null);
    }

    /** The prediction a perfect extractor would make for a gold event. */
    static Event perfect(GoldEvent g) {
        return new Event("perfect", List.of("a"), g.eventDate(), g.timePrecision(), g.eventType(),
                g.subEventType(), g.actor1Any().isEmpty() ? null : g.actor1Any().get(0),
                g.actor2Any().isEmpty() ? null : g.actor2Any().get(0), g.actor1Type(), g.actor2Type(),
                g.blamedOn(), g.claimedBy(), g.country(), g.admin1(), g.location(), g.latitude(), g.longitude(),
                g.geoPrecision(), g.fatalities(), g.injuries(), g.weapon(), null, new Evidence("a", Map.of()), 1.0);
    }
}
