package org.sitrep.extract.actor;

/**
 * ACLED's generic actors, which an event's type can imply whatever the text calls them: whoever demonstrates
 * in a protest is a protester ("residents", "drivers"), whoever riots a rioter, whoever is targeted in violence
 * against civilians a civilian, and an attacker the text does not identify an unidentified armed group.
 */
public enum GenericActor {
    /** {@code Protesters (X)}, inter 6. */
    PROTESTERS,
    /** {@code Rioters (X)}, inter 5. */
    RIOTERS,
    /** {@code Civilians (X)}, inter 7. */
    CIVILIANS,
    /** {@code Unidentified Armed Group (X)}, inter 3. */
    UNIDENTIFIED_ARMED_GROUP
}
