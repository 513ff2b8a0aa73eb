package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.SubEventType;
import org.sitrep.nlp.Token;

/**
 * Decides sub-event types from the cues of one sentence: at most one trigger per {@link Trigger.Group}.
 *
 * <p>Rules run from the most specific evidence to the least: a chemical agent or a suicide bomber decides
 * the type whatever else the sentence says; protest words turn killings, clashes and arrests into the
 * protest sub-types; generic words ("attack", "killed") fall back to a clash when armed people are on both
 * sides and to an attack on civilians otherwise. The order follows the ACLED codebook's precedence.
 */
public final class SubEventRules {
    private static final Set<String> PLACE_NOUNS = Set.of("town", "village", "city", "district", "area", "areas",
            "neighborhood", "neighbourhood", "territory", "base", "hill", "province", "region", "airport",
            "position", "stronghold", "crossing", "county", "countryside", "outskirts", "suburb", "camp",
            "parts", "part", "villages", "towns", "highway", "road", "port", "bastion");

    private SubEventRules() {
    }

    /**
     * @param tokens  the sentence's tokens
     * @param matches the cues found in it
     * @return the triggers, at most one per group, in no particular order
     */
    public static List<Trigger> decide(List<Token> tokens, List<CueMatch> matches) {
        Cues cues = new Cues(matches);
        List<Trigger> out = new ArrayList<>();
        demonstration(cues).ifPresent(out::add);
        boolean demo = !out.isEmpty();
        violence(tokens, cues, demo).ifPresent(out::add);
        strategic(tokens, cues, demo).ifPresent(out::add);
        return out;
    }

    private static Optional<Trigger> demonstration(Cues c) {
        if (c.has(Cue.PROTEST)) {
            SubEventType type;
            if (c.has(Cue.MOB)) {
                type = SubEventType.MOB_VIOLENCE;
            } else if (c.has(Cue.LETHAL) || c.hasAll(Cue.KILL, Cue.STATE)) {
                type = SubEventType.EXCESSIVE_FORCE;
            } else if (c.hasRiot() || c.has(Cue.LOOTING)) {
                type = SubEventType.VIOLENT_DEMONSTRATION;
            } else if (c.has(Cue.INTERVENTION) || c.has(Cue.ARREST)) {
                type = SubEventType.PROTEST_WITH_INTERVENTION;
            } else {
                type = SubEventType.PEACEFUL_PROTEST;
            }
            return Optional.of(c.trigger(type, Trigger.Group.DEMONSTRATION, true, Cue.PROTEST));
        }
        if (c.has(Cue.MOB)) {
            return Optional.of(c.trigger(SubEventType.MOB_VIOLENCE, Trigger.Group.DEMONSTRATION, true, Cue.MOB));
        }
        if (c.hasRiot()) {
            return Optional.of(c.trigger(SubEventType.VIOLENT_DEMONSTRATION, Trigger.Group.DEMONSTRATION, true,
                    Cue.RIOT));
        }
        return Optional.empty();
    }

    private static Optional<Trigger> violence(List<Token> tokens, Cues c, boolean demo) {
        Trigger.Group g = Trigger.Group.VIOLENCE;
        if (c.has(Cue.CHEMICAL)) {
            return Optional.of(c.trigger(SubEventType.CHEMICAL_WEAPON, g, true, Cue.CHEMICAL));
        }
        if (c.has(Cue.SUICIDE)) {
            return Optional.of(c.trigger(SubEventType.SUICIDE_BOMB, g, true, Cue.SUICIDE));
        }
        if (c.has(Cue.DISRUPTED) && (c.has(Cue.IED) || c.has(Cue.SHELLING) || c.has(Cue.GRENADE))) {
            return Optional.empty();
        }
        if (c.has(Cue.RETAKE) || (c.has(Cue.CAPTURE) && takesPlace(tokens, c))) {
            return Optional.empty();
        }
        if (c.has(Cue.AIR) || (c.has(Cue.AIRCRAFT) && (c.has(Cue.ATTACK) || c.has(Cue.KILL) || c.has(Cue.IED)
                || c.has(Cue.SHELLING)))) {
            if (c.has(Cue.AIR)) {
                return Optional.of(c.trigger(SubEventType.AIR_DRONE_STRIKE, g, true, Cue.AIR));
            }
            CueMatch aircraft = c.firstMatch(Cue.AIRCRAFT);
            CueMatch act = c.nearest(Cue.ATTACK, aircraft);
            CueMatch anchor = act != null && Math.abs(act.first() - aircraft.first()) <= 4 ? act : aircraft;
            return Optional.of(new Trigger(SubEventType.AIR_DRONE_STRIKE, g, anchor.first(), anchor.last(), true));
        }
        if (c.has(Cue.GRENADE)) {
            return Optional.of(c.trigger(SubEventType.GRENADE, g, true, Cue.GRENADE));
        }
        if (c.has(Cue.SHELLING)) {
            return Optional.of(c.trigger(SubEventType.SHELLING, g, true, Cue.SHELLING));
        }
        if (c.has(Cue.IED) && !c.has(Cue.NONVIOLENT)) {
            return Optional.of(c.trigger(SubEventType.REMOTE_EXPLOSIVE, g, c.specificIed(tokens), Cue.IED));
        }
        if (c.has(Cue.SEXUAL)) {
            return Optional.of(c.trigger(SubEventType.SEXUAL_VIOLENCE, g, true, Cue.SEXUAL));
        }
        if (c.has(Cue.ABDUCT)) {
            return Optional.of(c.trigger(SubEventType.ABDUCTION, g, true, Cue.ABDUCT));
        }
        if (demo || c.has(Cue.NONVIOLENT)) {
            return Optional.empty();
        }
        if (c.has(Cue.CLASH)) {
            return Optional.of(c.trigger(SubEventType.ARMED_CLASH, g, true, Cue.CLASH));
        }
        if (c.has(Cue.ATTACK) || c.has(Cue.KILL)) {
            Cue anchor = c.has(Cue.ATTACK) ? Cue.ATTACK : Cue.KILL;
            boolean armedTarget = c.count(Cue.ARMED) >= 2 || c.hasAll(Cue.STATE, Cue.NONSTATE);
            SubEventType type = armedTarget || !c.has(Cue.CIVILIAN) && c.has(Cue.ARMED)
                    ? SubEventType.ARMED_CLASH : SubEventType.ATTACK;
            return Optional.of(c.trigger(type, g, false, anchor));
        }
        return Optional.empty();
    }

    private static Optional<Trigger> strategic(List<Token> tokens, Cues c, boolean demo) {
        Trigger.Group g = Trigger.Group.STRATEGIC;
        if (c.has(Cue.RETAKE)) {
            return Optional.of(c.trigger(SubEventType.GOVERNMENT_REGAINS_TERRITORY, g, true, Cue.RETAKE));
        }
        if (c.has(Cue.CAPTURE) && takesPlace(tokens, c)) {
            SubEventType type = stateActsFirst(c, c.first(Cue.CAPTURE))
                    ? SubEventType.GOVERNMENT_REGAINS_TERRITORY : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
            return Optional.of(c.trigger(type, g, true, Cue.CAPTURE));
        }
        if (c.has(Cue.DISRUPTED)) {
            return Optional.of(c.trigger(SubEventType.DISRUPTED_WEAPONS_USE, g, true, Cue.DISRUPTED));
        }
        if (c.has(Cue.AGREEMENT)) {
            return Optional.of(c.trigger(SubEventType.AGREEMENT, g, true, Cue.AGREEMENT));
        }
        if (c.has(Cue.TRANSFER)) {
            return Optional.of(c.trigger(SubEventType.NON_VIOLENT_TRANSFER, g, true, Cue.TRANSFER));
        }
        if (c.has(Cue.HQ)) {
            return Optional.of(c.trigger(SubEventType.HEADQUARTERS_ESTABLISHED, g, true, Cue.HQ));
        }
        if (demo) {
            return Optional.empty();
        }
        if (c.has(Cue.ARREST)) {
            return Optional.of(c.trigger(SubEventType.ARRESTS, g, true, Cue.ARREST));
        }
        if (c.has(Cue.LOOTING) && !c.has(Cue.NONVIOLENT)) {
            return Optional.of(c.trigger(SubEventType.LOOTING, g, true, Cue.LOOTING));
        }
        if (c.has(Cue.CHANGE)) {
            return Optional.of(c.trigger(SubEventType.CHANGE_TO_GROUP, g, true, Cue.CHANGE));
        }
        return Optional.empty();
    }

    /** A capture is of territory when a place noun or a location name follows it closely. */
    private static boolean takesPlace(List<Token> tokens, Cues c) {
        CueMatch m = c.firstMatch(c.has(Cue.RETAKE) ? Cue.RETAKE : Cue.CAPTURE);
        if (m == null) {
            return false;
        }
        int end = Math.min(tokens.size(), m.last() + 9);
        for (int i = Math.max(0, m.first() - 4); i < end; i++) {
            Token t = tokens.get(i);
            if (PLACE_NOUNS.contains(t.lemma()) || PLACE_NOUNS.contains(t.word().toLowerCase())
                    || t.ner().equals("LOCATION")) {
                return true;
            }
        }
        return false;
    }

    private static boolean stateActsFirst(Cues c, int beforeToken) {
        int state = c.lastBefore(Cue.STATE, beforeToken);
        int nonState = c.lastBefore(Cue.NONSTATE, beforeToken);
        return state > nonState;
    }

    /** The matches of one sentence, queried by cue. */
    private static final class Cues {
        private final List<CueMatch> matches;
        private final Set<Cue> present = EnumSet.noneOf(Cue.class);

        Cues(List<CueMatch> matches) {
            this.matches = matches;
            matches.forEach(m -> present.add(m.cue()));
        }

        boolean has(Cue cue) {
            return present.contains(cue);
        }

        boolean hasAll(Cue a, Cue b) {
            return has(a) && has(b);
        }

        int count(Cue cue) {
            return (int) matches.stream().filter(m -> m.cue() == cue).count();
        }

        /** Riot words count unless the same words are read as looting ("torched shops"). */
        boolean hasRiot() {
            return matches.stream().anyMatch(m -> m.cue() == Cue.RIOT
                    && matches.stream().noneMatch(o -> o.cue() == Cue.LOOTING && o.overlaps(m)));
        }

        /** Generic blast words ("explosion", "bomb") are not specific; device words are. */
        boolean specificIed(List<Token> tokens) {
            return matches.stream().filter(m -> m.cue() == Cue.IED).anyMatch(m -> m.last() > m.first()
                    || Set.of("ied", "vbied", "landmine", "mine").contains(tokens.get(m.first()).lemma()));
        }

        CueMatch firstMatch(Cue cue) {
            return matches.stream().filter(m -> m.cue() == cue).findFirst().orElse(null);
        }

        /** @return the match of the cue closest to another match, or null */
        CueMatch nearest(Cue cue, CueMatch to) {
            return matches.stream().filter(m -> m.cue() == cue)
                    .min(java.util.Comparator.comparingInt(m -> Math.abs(m.first() - to.first()))).orElse(null);
        }

        int first(Cue cue) {
            CueMatch m = firstMatch(cue);
            return m == null ? -1 : m.first();
        }

        int lastBefore(Cue cue, int token) {
            return matches.stream().filter(m -> m.cue() == cue && m.first() < token)
                    .mapToInt(CueMatch::first).max().orElse(-1);
        }

        Trigger trigger(SubEventType type, Trigger.Group group, boolean specific, Cue anchor) {
            CueMatch m = firstMatch(anchor);
            return new Trigger(type, group, m.first(), m.last(), specific);
        }
    }
}
