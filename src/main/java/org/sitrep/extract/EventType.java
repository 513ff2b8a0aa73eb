package org.sitrep.extract;

/**
 * The six ACLED-compatible event types; {@link #label()} is the exact name used in the Event format.
 */
public enum EventType {
    /** Two armed, organised sides fight. */
    BATTLES("Battles"),
    /** Violence at a distance: bombs, shelling, strikes. */
    EXPLOSIONS("Explosions/Remote violence"),
    /** Organised armed violence against unarmed people. */
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    /** Non-violent demonstrations. */
    PROTESTS("Protests"),
    /** Violent demonstrations and mobs. */
    RIOTS("Riots"),
    /** Non-violent developments that matter for the conflict. */
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    /** @return the exact ACLED name, e.g. {@code Explosions/Remote violence} */
    public String label() {
        return label;
    }
}
