package org.sitrep.extract.internal;

import org.sitrep.extract.EventType;
import org.sitrep.extract.Found;
import org.sitrep.extract.SubEventType;
import org.sitrep.extract.actor.Actor;
import org.sitrep.extract.actor.ActorNamer;
import org.sitrep.extract.actor.GenericActor;
import org.sitrep.text.Span;

/**
 * The sides ACLED's codebook fixes by event type, whatever words the text uses for them:
 * <ul>
 * <li>in a protest the demonstrators are actor1, {@code Protesters (X)}, even when the text calls them residents
 * or drivers; state forces that step in are actor2, and a peaceful protest has no actor2;</li>
 * <li>in a riot the same holds for {@code Rioters (X)}; a mob's target is civilians unless the sentence names
 * another side, or rioters too when the sentence tells of a fight between two sides;</li>
 * <li>in violence against civilians the target is {@code Civilians (X)} when the sentence names no other;</li>
 * <li>an attack on civilians or a bombing whose sentence names no attacker is an
 * {@code Unidentified Armed Group (X)}'s; an air strike is not, since only states fly them.</li>
 * </ul>
 * Thread-safe: holds only the namer.
 */
final class ImpliedSides {
    private static final int STATE_FORCES = 1;
    private static final int EXTERNAL_FORCES = 8;
    private static final int FIRST_UNORGANISED = 5;
    /** Rioters 5, protesters 6, civilians 7. */
    private static final int LAST_UNORGANISED = 7;

    private final ActorNamer actors;

    /** @param actors the namer that names the implied sides */
    ImpliedSides(ActorNamer actors) {
        this.actors = actors;
    }

    /**
     * Both sides of one mention.
     *
     * @param actor1 the doer, or null
     * @param actor2 the other side, or null
     */
    record Sides(Found<Actor> actor1, Found<Actor> actor2) {
    }

    /**
     * What the sentence of one mention offers.
     *
     * @param type    the mention's sub-event type
     * @param country the event country, or null
     * @param trigger the trigger's span, the evidence of a side the text does not name
     * @param text    the cleaned article text
     * @param state   a state force the sentence names outside the trigger's own arguments, or null
     * @param mutual  true when the sentence tells of a fight with two active sides ("two groups clashed")
     */
    record Context(SubEventType type, String country, Span trigger, String text, Found<Actor> state,
                   boolean mutual) {
    }

    /**
     * @param sides the sides read from the sentence
     * @param c     the mention's sentence
     * @return the sides as ACLED codes them for that type
     */
    Sides apply(Sides sides, Context c) {
        EventType type = c.type().eventType();
        if (type == EventType.PROTESTS || type == EventType.RIOTS) {
            return crowd(sides, c);
        }
        Found<Actor> a1 = sides.actor1();
        Found<Actor> a2 = sides.actor2();
        if (a1 == null && (type == EventType.VIOLENCE_AGAINST_CIVILIANS
                || type == EventType.EXPLOSIONS && c.type() != SubEventType.AIR_DRONE_STRIKE)) {
            a1 = implied(GenericActor.UNIDENTIFIED_ARMED_GROUP, null, c);
        }
        if (a2 == null && type == EventType.VIOLENCE_AGAINST_CIVILIANS) {
            a2 = implied(GenericActor.CIVILIANS, null, c);
        }
        return new Sides(a1, a2);
    }

    /**
     * The crowd is actor1, read from the unorganised side the sentence names (residents, protesters) when it names
     * one. A state force among the trigger's arguments is the one that met the crowd, actor2, unless the protest
     * was peaceful; so are the civilians a mob attacks, then a state force named elsewhere in the sentence. An armed group or party is at most the crowd's associate,
     * which ACLED does not make a side.
     */
    private Sides crowd(Sides sides, Context c) {
        boolean riot = c.type().eventType() == EventType.RIOTS;
        Found<Actor> a1 = sides.actor1();
        Found<Actor> a2 = sides.actor2();
        Found<Actor> crowd = unorganised(a1) ? a1 : unorganised(a2) ? a2 : null;
        Found<Actor> crowdSide = implied(riot ? GenericActor.RIOTERS : GenericActor.PROTESTERS, crowd, c);
        if (c.type() == SubEventType.PEACEFUL_PROTEST) {
            return new Sides(crowdSide, null);
        }
        Found<Actor> other = isState(a1) ? a1 : isState(a2) ? a2 : riot && a2 != crowd && civilians(a2) ? a2
                : c.state();
        if (other == null && c.type() == SubEventType.MOB_VIOLENCE) {
            other = implied(c.mutual() ? GenericActor.RIOTERS : GenericActor.CIVILIANS, null, c);
        }
        return new Sides(crowdSide, other);
    }

    private Found<Actor> implied(GenericActor kind, Found<Actor> named, Context c) {
        Span span = named != null ? named.span() : c.trigger();
        return new Found<>(actors.generic(kind, c.country(), c.text().substring(span.start(), span.end())), span);
    }

    /**
     * @param actor an actor, or null
     * @return true for state forces at home or abroad
     */
    static boolean isState(Found<Actor> actor) {
        return actor != null
                && (actor.value().interCode() == STATE_FORCES || actor.value().interCode() == EXTERNAL_FORCES);
    }

    private static boolean civilians(Found<Actor> a) {
        return a != null && a.value().interCode() == LAST_UNORGANISED;
    }

    private static boolean unorganised(Found<Actor> a) {
        return a != null && a.value().interCode() >= FIRST_UNORGANISED
                && a.value().interCode() <= LAST_UNORGANISED;
    }
}
