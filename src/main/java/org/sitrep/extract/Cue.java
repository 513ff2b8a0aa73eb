package org.sitrep.extract;

/**
 * Kinds of lexical evidence a sentence can hold; the rules in {@link SubEventRules} combine them into a
 * sub-event type. Names match the first column of {@code cues.txt}.
 */
public enum Cue {
    CHEMICAL, SUICIDE, AIR, AIRCRAFT, SHELLING, IED, GRENADE,
    CLASH, ATTACK, KILL, ABDUCT, SEXUAL,
    PROTEST, INTERVENTION, CROWD, LETHAL, RIOT, MOB,
    AGREEMENT, ARREST, CHANGE, DISRUPTED, WEAPON, SEIZURE, HQ, LOOTING, CAPTURE, RETAKE, TRANSFER,
    NONVIOLENT, POLITICS,
    ARMED, STATE, NONSTATE, CIVILIAN,
    /** Guns and their ammunition, which share words with artillery ("shell casing") and withdrawals ("pulled out a gun"). */
    FIREARM;

    /** @return true for cues that can anchor an event (the others only describe its context) */
    public boolean isTrigger() {
        return switch (this) {
            case NONVIOLENT, POLITICS, SEIZURE, ARMED, STATE, NONSTATE, CIVILIAN, AIRCRAFT, INTERVENTION, LETHAL, FIREARM -> false;
            default -> true;
        };
    }
}
