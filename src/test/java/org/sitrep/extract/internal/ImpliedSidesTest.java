package org.sitrep.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.Found;
import org.sitrep.extract.SubEventType;
import org.sitrep.extract.actor.Actor;
import org.sitrep.extract.actor.ActorNormalizer;
import org.sitrep.lang.Language;
import org.sitrep.text.Span;

class ImpliedSidesTest {
    private static final String TEXT = "Residents protested and police fired on them.";
    private static final Span RESIDENTS = new Span(0, 9);
    private static final Span PROTESTED = new Span(10, 19);
    private static final Span POLICE = new Span(24, 30);
    private static final Span THEM = new Span(40, 44);
    private final ImpliedSides sides = new ImpliedSides(new ActorNormalizer(Language.english()));

    private static Found<Actor> actor(String name, int inter, Span span) {
        return new Found<>(new Actor(name, inter, TEXT.substring(span.start(), span.end())), span);
    }

    private static Found<Actor> police() {
        return actor("Police Forces of Kenya", 1, POLICE);
    }

    private ImpliedSides.Sides apply(SubEventType type, Found<Actor> actor1, Found<Actor> actor2) {
        return apply(type, actor1, actor2, null);
    }

    private ImpliedSides.Sides apply(SubEventType type, Found<Actor> actor1, Found<Actor> actor2,
                                     Found<Actor> stateInSentence) {
        return sides.apply(new ImpliedSides.Sides(actor1, actor2),
                new ImpliedSides.Context(type, "Kenya", PROTESTED, TEXT, stateInSentence, false));
    }

    @Test
    void namesTheResidentsOfAProtestAsProtesters() {
        ImpliedSides.Sides got = apply(SubEventType.PEACEFUL_PROTEST, actor("Civilians (Kenya)", 7, RESIDENTS), null);
        assertEquals(actor("Protesters (Kenya)", 6, RESIDENTS), got.actor1(), "the crowd of a protest");
        assertNull(got.actor2(), "no other side named");
    }

    @Test
    void givesAProtestProtestersOfTheEventCountryWhenTheSentenceNamesNoSide() {
        ImpliedSides.Sides got = apply(SubEventType.PEACEFUL_PROTEST, null, null);
        assertEquals(actor("Protesters (Kenya)", 6, PROTESTED), got.actor1(), "the trigger shows the crowd");
    }

    @Test
    void givesAPeacefulProtestNoSecondSide() {
        ImpliedSides.Sides got = apply(SubEventType.PEACEFUL_PROTEST, actor("Civilians (Kenya)", 7, RESIDENTS),
                police());
        assertNull(got.actor2(), "a protest against the police does not make them a side");
    }

    @Test
    void makesPoliceWhoMetTheProtestTheSecondSide() {
        ImpliedSides.Sides got = apply(SubEventType.PROTEST_WITH_INTERVENTION, police(),
                actor("Civilians (Kenya)", 7, RESIDENTS));
        assertEquals(actor("Protesters (Kenya)", 6, RESIDENTS), got.actor1(), "the crowd is actor1");
        assertEquals(police(), got.actor2(), "the police are actor2");
    }

    @Test
    void takesTheStateForceNamedElsewhereInTheSentenceAsTheSecondSideOfAnIntervention() {
        ImpliedSides.Sides got = apply(SubEventType.PROTEST_WITH_INTERVENTION, null, null, police());
        assertEquals(police(), got.actor2(), "police named outside the trigger's arguments");
    }

    @Test
    void namesTheCrowdOfARiotAsRioters() {
        ImpliedSides.Sides got = apply(SubEventType.VIOLENT_DEMONSTRATION, actor("Protesters (Kenya)", 6, RESIDENTS),
                police());
        assertEquals(actor("Rioters (Kenya)", 5, RESIDENTS), got.actor1(), "the crowd of a riot");
        assertEquals(police(), got.actor2(), "the police they fought");
    }

    @Test
    void keepsTheCiviliansAMobAttackedAsTheSecondSide() {
        ImpliedSides.Sides got = apply(SubEventType.MOB_VIOLENCE, actor("Rioters (Kenya)", 5, RESIDENTS),
                actor("Civilians (Kenya)", 7, THEM), police());
        assertEquals(actor("Civilians (Kenya)", 7, THEM), got.actor2(), "the mob's victims before the police");
    }

    @Test
    void givesAMobCiviliansAsTargetWhenTheSentenceNamesNone() {
        ImpliedSides.Sides got = apply(SubEventType.MOB_VIOLENCE, actor("Rioters (Kenya)", 5, RESIDENTS), null);
        assertEquals(actor("Civilians (Kenya)", 7, PROTESTED), got.actor2(), "a mob's target");
    }

    @Test
    void makesTheOtherSideOfAMobFightRiotersToo() {
        ImpliedSides.Sides got = sides.apply(new ImpliedSides.Sides(actor("Civilians (Kenya)", 7, RESIDENTS), null),
                new ImpliedSides.Context(SubEventType.MOB_VIOLENCE, "Kenya", PROTESTED, TEXT, null, true));
        assertEquals(actor("Rioters (Kenya)", 5, PROTESTED), got.actor2(), "two groups that fought");
    }

    @Test
    void givesViolenceAgainstCiviliansCiviliansAsTargetWhenNoneIsNamed() {
        ImpliedSides.Sides got = apply(SubEventType.ATTACK, actor("Unidentified Armed Group (Kenya)", 3, RESIDENTS),
                null);
        assertEquals(actor("Civilians (Kenya)", 7, PROTESTED), got.actor2(), "the target of such violence");
    }

    @Test
    void givesABombingWithoutANamedAttackerAnUnidentifiedArmedGroup() {
        ImpliedSides.Sides got = apply(SubEventType.REMOTE_EXPLOSIVE, null, police());
        assertEquals(actor("Unidentified Armed Group (Kenya)", 3, PROTESTED), got.actor1(), "an unknown bomber");
        assertEquals(police(), got.actor2(), "the target stays");
    }

    @Test
    void givesAnAirStrikeWithoutANamedAttackerNoActor() {
        assertNull(apply(SubEventType.AIR_DRONE_STRIKE, null, null).actor1(), "only states fly air strikes");
    }

    @Test
    void leavesTheSidesOfABattleAlone() {
        ImpliedSides.Sides got = apply(SubEventType.ARMED_CLASH, police(), null);
        assertEquals(police(), got.actor1(), "actor1 of a battle");
        assertNull(got.actor2(), "a battle implies no side");
    }
}
