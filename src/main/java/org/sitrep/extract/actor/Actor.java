package org.sitrep.extract.actor;

import java.util.Objects;

/**
 * An actor named the way ACLED names actors.
 *
 * @param name        ACLED-style name, e.g. {@code Military Forces of Afghanistan} or {@code Civilians (Iraq)}
 * @param interCode   ACLED actor type ("inter" code), 1 state forces to 8 external/other forces
 * @param matchedText the words of the input phrase that decided the actor, e.g. {@code Afghan soldiers}
 */
public record Actor(String name, int interCode, String matchedText) {
    /**
     * @throws NullPointerException     if name or matchedText is null
     * @throws IllegalArgumentException if the inter code is outside 1-8
     */
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(matchedText, "matchedText");
        if (interCode < 1 || interCode > 8) {
            throw new IllegalArgumentException("inter code must be 1-8, was " + interCode + " for " + name);
        }
    }
}
