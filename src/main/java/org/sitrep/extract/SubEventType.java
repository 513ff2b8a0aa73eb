package org.sitrep.extract;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 25 ACLED-compatible sub-event types, each under its event type; {@link #label()} is the exact name.
 */
public enum SubEventType {
    /** Two armed, organised sides fight; neither takes ground. */
    ARMED_CLASH(EventType.BATTLES, "Armed clash"),
    /** State forces retake a place from a non-state group. */
    GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES, "Government regains territory"),
    /** A non-state group seizes a place. */
    NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES, "Non-state actor overtakes territory"),
    /** Chemical agents used. */
    CHEMICAL_WEAPON(EventType.EXPLOSIONS, "Chemical weapon"),
    /** Aircraft or drone attack. */
    AIR_DRONE_STRIKE(EventType.EXPLOSIONS, "Air/drone strike"),
    /** Suicide bomber or suicide vehicle. */
    SUICIDE_BOMB(EventType.EXPLOSIONS, "Suicide bomb"),
    /** Rockets, mortars, artillery, ground-launched missiles. */
    SHELLING(EventType.EXPLOSIONS, "Shelling/artillery/missile attack"),
    /** IED, roadside bomb, car bomb (not suicide), landmine. */
    REMOTE_EXPLOSIVE(EventType.EXPLOSIONS, "Remote explosive/landmine/IED"),
    /** Hand grenade or similar thrown device. */
    GRENADE(EventType.EXPLOSIONS, "Grenade"),
    /** Sexual violence against unarmed people. */
    SEXUAL_VIOLENCE(EventType.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
    /** Armed group attacks unarmed civilians directly. */
    ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
    /** Kidnapping, abduction, enforced disappearance. */
    ABDUCTION(EventType.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
    /** Demonstration, no violence, no intervention. */
    PEACEFUL_PROTEST(EventType.PROTESTS, "Peaceful protest"),
    /** Authorities disperse or arrest peaceful demonstrators without lethal force. */
    PROTEST_WITH_INTERVENTION(EventType.PROTESTS, "Protest with intervention"),
    /** Lethal or serious force against peaceful demonstrators. */
    EXCESSIVE_FORCE(EventType.PROTESTS, "Excessive force against protesters"),
    /** Demonstrators use violence or destroy property. */
    VIOLENT_DEMONSTRATION(EventType.RIOTS, "Violent demonstration"),
    /** A mob attacks people or property outside a demonstration. */
    MOB_VIOLENCE(EventType.RIOTS, "Mob violence"),
    /** Ceasefire, truce, peace deal, prisoner exchange. */
    AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS, "Agreement"),
    /** Arrests of significant people or groups by authorities. */
    ARRESTS(EventType.STRATEGIC_DEVELOPMENTS, "Arrests"),
    /** A group forms, splits, merges, is renamed or changes behaviour. */
    CHANGE_TO_GROUP(EventType.STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
    /** Bomb defused, weapons cache seized, rocket intercepted. */
    DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
    /** A group sets up a base. */
    HEADQUARTERS_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
    /** Looting, arson or destruction outside demonstrations and clashes. */
    LOOTING(EventType.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
    /** Territory changes hands without fighting. */
    NON_VIOLENT_TRANSFER(EventType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
    /** A significant development that fits nowhere else. */
    OTHER(EventType.STRATEGIC_DEVELOPMENTS, "Other");

    private final EventType eventType;
    private final String label;

    SubEventType(EventType eventType, String label) {
        this.eventType = eventType;
        this.label = label;
    }

    /** @return the event type this sub-event type belongs to */
    public EventType eventType() {
        return eventType;
    }

    /** @return the exact ACLED name, e.g. {@code Air/drone strike} */
    public String label() {
        return label;
    }

    /**
     * @param label an exact ACLED sub-event type name
     * @return the sub-event type with that name, if there is one
     */
    public static Optional<SubEventType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
