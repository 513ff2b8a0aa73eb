package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.Cue;
import org.sitrep.extract.CueMatch;
import org.sitrep.extract.SubEventType;
import org.sitrep.extract.SubEventTyper;
import org.sitrep.extract.Trigger;
import org.sitrep.lang.Language;
import org.sitrep.text.Token;

/**
 * Decides sub-event types from the cues of one sentence: at most one trigger per {@link Trigger.Group}.
 *
 * <p>Precedence, from the most specific evidence to the least:
 * <ol>
 *   <li>Diplomacy or a weapons test (sanctions, expelled diplomats, a missile launch) makes the violence in
 *       the sentence background: only an agreement may still be read.</li>
 *   <li>Demonstrations: protest words decide first; within them mob words, then signs that the
 *       demonstrators fought (riot words, looting, clashes), then lethal force, then any intervention.
 *       Without protest words, clashes between civilians only are mob violence, riot words a violent
 *       demonstration and crowd-control weapons a protest with intervention.</li>
 *   <li>Violence: chemical agents, suicide bombers, then the weapon (aircraft next to an attack word, grenade,
 *       shelling that is no gun's shell casing, device),
 *       then sexual violence and abduction (an attack when the captives are killed). A weapon that was found, seized or defused is no attack, and a
 *       capture of territory is a strategic development. Generic words ("attack", "killed") are a clash
 *       when their target is armed and an attack on civilians otherwise; accidents, demonstrations and
 *       agreements leave them unread.</li>
 *   <li>Strategic developments: a withdrawal that lets the other side in is a non-violent transfer (forces or
 *       a place must take part, and what was pulled out must be no gun); then
 *       territory taken back or taken (the first actor of the sentence decides whose), seized weapons,
 *       agreements, transfers, bases, arrests, looting and group changes.</li>
 * </ol>
 * The order follows the ACLED codebook's precedence.
 */
public final class SubEventRules implements SubEventTyper {
    private static final int TARGET_WINDOW = 6;
    private static final int SEIZURE_WINDOW = 8;
    /** Tokens between an aircraft word and the attack word that makes it a strike ("a drone killed", "killed by a drone"). */
    private static final int AIRCRAFT_WINDOW = 4;
    /** Tokens after a withdrawal word in which a gun is what was pulled out ("pulled out his father's shotgun"). */
    private static final int PULLED_OBJECT_WINDOW = 4;

    private final Words words;

    /**
     * @param language the bundle the rules take their word lists from
     * @throws org.sitrep.lang.LanguageException if a list is missing from the bundle
     */
    public SubEventRules(Language language) {
        this.words = new Words(language.words("extract-place-nouns"), language.words("extract-force-nouns"),
                language.words("extract-military-march"), language.words("extract-fatal-lemmas"),
                language.words("extract-device-lemmas"), language.words("extract-surrender-lemmas"));
    }

    /** The word lists of the rules, from the language bundle. */
    private record Words(Set<String> placeNouns, Set<String> forceNouns, Set<String> militaryMarch,
                         Set<String> fatalLemmas, Set<String> deviceLemmas, Set<String> surrenderLemmas) {
    }

    /**
     * @param tokens  the sentence's tokens
     * @param matches the cues found in it
     * @return the triggers, at most one per group, in no particular order
     */
    @Override
    public List<Trigger> type(List<Token> tokens, List<CueMatch> matches) {
        Cues cues = new Cues(tokens, matches, words);
        List<Trigger> out = new ArrayList<>();
        if (cues.has(Cue.POLITICS)) {
            agreement(cues).ifPresent(out::add);
            return out;
        }
        demonstration(cues).ifPresent(out::add);
        boolean demo = !out.isEmpty();
        violence(cues, demo).ifPresent(out::add);
        strategic(cues, demo).ifPresent(out::add);
        return out;
    }

    private static Optional<Trigger> demonstration(Cues c) {
        Trigger.Group g = Trigger.Group.DEMONSTRATION;
        if (c.protest()) {
            return Optional.of(c.trigger(protestType(c), g, true, Cue.PROTEST));
        }
        if (c.has(Cue.MOB)) {
            return Optional.of(c.trigger(SubEventType.MOB_VIOLENCE, g, true, Cue.MOB));
        }
        if (c.clash() && c.has(Cue.CIVILIAN) && !c.has(Cue.ARMED) && !c.has(Cue.STATE) && !c.has(Cue.NONSTATE)) {
            return Optional.of(c.trigger(SubEventType.MOB_VIOLENCE, g, false, Cue.CLASH));
        }
        if (c.hasRiot()) {
            return Optional.of(c.trigger(SubEventType.VIOLENT_DEMONSTRATION, g, true, Cue.RIOT));
        }
        if (c.has(Cue.CROWD)) {
            return Optional.of(c.trigger(SubEventType.PROTEST_WITH_INTERVENTION, g, false, Cue.CROWD));
        }
        return Optional.empty();
    }

    /** Demonstrators who fight are rioters whatever the police did; lethal force counts only against peaceful ones. */
    private static SubEventType protestType(Cues c) {
        if (c.has(Cue.MOB)) {
            return SubEventType.MOB_VIOLENCE;
        }
        if (c.hasRiot() || c.has(Cue.LOOTING) || c.clash()) {
            return SubEventType.VIOLENT_DEMONSTRATION;
        }
        boolean forced = c.has(Cue.STATE) || c.has(Cue.INTERVENTION) || c.has(Cue.CROWD);
        if (c.lethal() || c.has(Cue.KILL) && forced) {
            return SubEventType.EXCESSIVE_FORCE;
        }
        if (c.has(Cue.INTERVENTION) || c.has(Cue.CROWD) || c.has(Cue.ARREST)) {
            return SubEventType.PROTEST_WITH_INTERVENTION;
        }
        return SubEventType.PEACEFUL_PROTEST;
    }

    private static Optional<Trigger> violence(Cues c, boolean demo) {
        Trigger.Group g = Trigger.Group.VIOLENCE;
        if (c.has(Cue.CHEMICAL) && !c.has(Cue.NONVIOLENT)) {
            return Optional.of(c.trigger(SubEventType.CHEMICAL_WEAPON, g, true, Cue.CHEMICAL));
        }
        if (c.has(Cue.SUICIDE)) {
            return Optional.of(c.trigger(SubEventType.SUICIDE_BOMB, g, true, Cue.SUICIDE));
        }
        if (c.disrupted() && (c.has(Cue.IED) || c.shelling() != null || c.has(Cue.GRENADE))) {
            return Optional.empty();
        }
        if (c.has(Cue.RETAKE) && c.takesPlace(Cue.RETAKE) || c.has(Cue.CAPTURE) && c.takesPlace(Cue.CAPTURE)) {
            return Optional.empty();
        }
        Optional<Trigger> weapon = weapon(c);
        if (weapon.isPresent()) {
            return weapon;
        }
        if (c.has(Cue.SEXUAL)) {
            return Optional.of(c.trigger(SubEventType.SEXUAL_VIOLENCE, g, true, Cue.SEXUAL));
        }
        if (c.has(Cue.ABDUCT) && c.fatal()) {
            return Optional.of(c.trigger(SubEventType.ATTACK, g, true, Cue.KILL));
        }
        if (c.has(Cue.ABDUCT)) {
            return Optional.of(c.trigger(SubEventType.ABDUCTION, g, true, Cue.ABDUCT));
        }
        boolean armedAttackOnCrowd = c.has(Cue.NONSTATE) && !c.has(Cue.STATE) && (c.has(Cue.ATTACK) || c.has(Cue.KILL));
        if (demo && !armedAttackOnCrowd || c.has(Cue.NONVIOLENT) || c.agreement() != null) {
            return Optional.empty();
        }
        return generic(c);
    }

    /** The weapon decides: aircraft before grenades, shelling and planted devices. */
    private static Optional<Trigger> weapon(Cues c) {
        Trigger.Group g = Trigger.Group.VIOLENCE;
        if (c.has(Cue.AIR)) {
            return Optional.of(c.trigger(SubEventType.AIR_DRONE_STRIKE, g, true, Cue.AIR));
        }
        CueMatch aircraft = c.strikingAircraft();
        if (aircraft != null) {
            CueMatch act = c.nearest(Cue.ATTACK, aircraft);
            CueMatch anchor = act != null && Math.abs(act.first() - aircraft.first()) <= AIRCRAFT_WINDOW ? act : aircraft;
            return Optional.of(new Trigger(SubEventType.AIR_DRONE_STRIKE, g, anchor.first(), anchor.last(), true));
        }
        if (c.grenade() && !c.has(Cue.NONVIOLENT)) {
            return Optional.of(c.trigger(SubEventType.GRENADE, g, true, Cue.GRENADE));
        }
        CueMatch shelling = c.shelling();
        if (shelling != null) {
            return Optional.of(new Trigger(SubEventType.SHELLING, g, shelling.first(), shelling.last(), true));
        }
        if (c.has(Cue.IED) && !c.has(Cue.NONVIOLENT)) {
            return Optional.of(c.trigger(SubEventType.REMOTE_EXPLOSIVE, g, c.specificIed(), Cue.IED));
        }
        return Optional.empty();
    }

    /** "Attack", "killed", "clashes": a clash between armed sides, or an attack on the civilians targeted. */
    private static Optional<Trigger> generic(Cues c) {
        Trigger.Group g = Trigger.Group.VIOLENCE;
        if (c.clash()) {
            return Optional.of(c.trigger(SubEventType.ARMED_CLASH, g, true, Cue.CLASH));
        }
        if (!c.has(Cue.ATTACK) && !c.has(Cue.KILL)) {
            return Optional.empty();
        }
        Cue anchor = c.has(Cue.ATTACK) ? Cue.ATTACK : Cue.KILL;
        Cue target = c.targetAfter(anchor);
        boolean armedTarget = target == Cue.ARMED || target == null && (c.count(Cue.ARMED) >= 2
                || c.hasAll(Cue.STATE, Cue.NONSTATE) || !c.has(Cue.CIVILIAN) && c.has(Cue.ARMED));
        SubEventType type = armedTarget ? SubEventType.ARMED_CLASH : SubEventType.ATTACK;
        return Optional.of(c.trigger(type, g, false, anchor));
    }

    private static Optional<Trigger> strategic(Cues c, boolean demo) {
        Optional<Trigger> territory = territory(c);
        if (territory.isPresent()) {
            return territory;
        }
        Trigger.Group g = Trigger.Group.STRATEGIC;
        if (c.disrupted()) {
            Cue anchor = c.has(Cue.DISRUPTED) ? Cue.DISRUPTED : Cue.WEAPON;
            return Optional.of(c.trigger(SubEventType.DISRUPTED_WEAPONS_USE, g, true, anchor));
        }
        Optional<Trigger> agreement = agreement(c);
        if (agreement.isPresent()) {
            return agreement;
        }
        CueMatch transfer = c.transfer();
        if (transfer != null) {
            return Optional.of(new Trigger(SubEventType.NON_VIOLENT_TRANSFER, g, transfer.first(), transfer.last(), true));
        }
        if (c.has(Cue.HQ)) {
            return Optional.of(c.trigger(SubEventType.HEADQUARTERS_ESTABLISHED, g, true, Cue.HQ));
        }
        if (demo) {
            return Optional.empty();
        }
        if (c.has(Cue.ARREST) && !c.has(Cue.NONVIOLENT)) {
            return Optional.of(c.trigger(SubEventType.ARRESTS, g, true, Cue.ARREST));
        }
        if (c.has(Cue.LOOTING) && !c.has(Cue.NONVIOLENT)) {
            return Optional.of(c.trigger(SubEventType.LOOTING, g, true, Cue.LOOTING));
        }
        if (c.has(Cue.CHANGE) && !c.has(Cue.NONVIOLENT)) {
            return Optional.of(c.trigger(SubEventType.CHANGE_TO_GROUP, g, true, Cue.CHANGE));
        }
        return Optional.empty();
    }

    /** Ground that changes hands: handed over without a fight, taken back, or taken. */
    private static Optional<Trigger> territory(Cues c) {
        Trigger.Group g = Trigger.Group.STRATEGIC;
        Cue taking = c.has(Cue.RETAKE) && c.takesPlace(Cue.RETAKE) ? Cue.RETAKE
                : c.has(Cue.CAPTURE) && c.takesPlace(Cue.CAPTURE) ? Cue.CAPTURE : null;
        if (taking == null || c.disrupted()) {
            return Optional.empty();
        }
        CueMatch transfer = c.transfer();
        if (transfer != null && !c.clash()) {
            return Optional.of(new Trigger(SubEventType.NON_VIOLENT_TRANSFER, g, transfer.first(), transfer.last(), true));
        }
        boolean state = c.stateActsFirst(c.first(taking));
        SubEventType type = state || taking == Cue.RETAKE && !c.nonStateActsFirst(c.first(taking))
                ? SubEventType.GOVERNMENT_REGAINS_TERRITORY : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
        return Optional.of(c.trigger(type, g, true, taking));
    }

    private static Optional<Trigger> agreement(Cues c) {
        CueMatch m = c.agreement();
        return m == null ? Optional.empty()
                : Optional.of(new Trigger(SubEventType.AGREEMENT, Trigger.Group.STRATEGIC, m.first(), m.last(), true));
    }

    /** The matches of one sentence, queried by cue. */
    private static final class Cues {
        private final List<Token> tokens;
        private final List<CueMatch> matches;
        private final Set<Cue> present = EnumSet.noneOf(Cue.class);
        private final Words words;

        Cues(List<Token> tokens, List<CueMatch> matches, Words words) {
            this.tokens = tokens;
            this.matches = matches;
            this.words = words;
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

        private boolean overlapped(CueMatch m, Cue by) {
            return matches.stream().anyMatch(o -> o.cue() == by && o.overlaps(m));
        }

        /** Riot words count unless the same words are read as looting ("torched shops"). */
        boolean hasRiot() {
            return matches.stream().anyMatch(m -> m.cue() == Cue.RIOT && !overlapped(m, Cue.LOOTING));
        }

        /** A word that says someone was killed, not only hurt: hostages who are killed make an attack. */
        boolean fatal() {
            return matches.stream().anyMatch(m -> m.cue() == Cue.KILL
                    && words.fatalLemmas().contains(tokens.get(m.first()).lemma()));
        }

        /** "Bullet" is lethal, "rubber bullet" is crowd control. */
        boolean lethal() {
            return matches.stream().anyMatch(m -> m.cue() == Cue.LETHAL && !overlapped(m, Cue.CROWD));
        }

        /** "Smoke grenade" and "stun grenade" are crowd control, not grenade attacks. */
        boolean grenade() {
            // A rocket-propelled grenade is a launcher's round (a clash weapon), not a thrown device.
            return matches.stream().anyMatch(m -> m.cue() == Cue.GRENADE && !overlapped(m, Cue.CROWD)
                    && !overlapped(m, Cue.SHELLING) && !overlapped(m, Cue.CLASH));
        }

        /** A clash word unless "without" comes just before it ("entered without fighting"). */
        boolean clash() {
            return matches.stream().anyMatch(m -> m.cue() == Cue.CLASH && !after(m.first(), "without", 3));
        }

        /** Protest words, unless "marched" or "rallied" describe troops taking ground or fighting. */
        boolean protest() {
            boolean military = has(Cue.CAPTURE) || has(Cue.RETAKE) || clash();
            return matches.stream().anyMatch(m -> m.cue() == Cue.PROTEST
                    && !(military && m.first() == m.last() && words.militaryMarch().contains(tokens.get(m.first()).lemma())));
        }

        /** Aircraft words; a bare "strike" only counts when no artillery word says what struck. */
        private boolean aircraft(CueMatch m) {
            return m.cue() == Cue.AIRCRAFT && !(shelling() != null && tokens.get(m.first()).lemma().equals("strike"));
        }

        /**
         * An aircraft is no strike by itself: the victim "flown to hospital by helicopter" or a photo caption's police
         * helicopter is not hit from the air, and a plane crash is an accident.
         *
         * @return the first aircraft word within a few tokens of an attack, killing, blast or shelling word, or null
         */
        CueMatch strikingAircraft() {
            if (has(Cue.NONVIOLENT)) {
                return null;
            }
            Set<Cue> acts = EnumSet.of(Cue.ATTACK, Cue.KILL, Cue.IED);
            CueMatch shell = shelling();
            return matches.stream().filter(this::aircraft)
                    .filter(a -> matches.stream().anyMatch(o -> (acts.contains(o.cue()) || o.equals(shell))
                            && !o.overlaps(a) && gap(a, o) <= AIRCRAFT_WINDOW))
                    .findFirst().orElse(null);
        }

        /** Tokens strictly between two matches that do not overlap. */
        private static int gap(CueMatch a, CueMatch b) {
            return Math.max(a.first(), b.first()) - Math.min(a.last(), b.last()) - 1;
        }

        /** @return the first shelling word that names no small-arms ammunition ("shell casings"), or null */
        CueMatch shelling() {
            return matches.stream().filter(m -> m.cue() == Cue.SHELLING && !overlapped(m, Cue.FIREARM))
                    .findFirst().orElse(null);
        }

        /**
         * A withdrawal or handover of ground needs someone who holds ground, armed forces or a place: "the man pulled out
         * a gun", "prosecutors withdrew the charges" and "he handed over his wallet" are none.
         *
         * @return the first withdrawal or handover word that can be one, or null
         */
        CueMatch transfer() {
            boolean forces = forces();
            return matches.stream().filter(m -> m.cue() == Cue.TRANSFER && !pullsOutGun(m) && (forces || takesPlace(m)))
                    .findFirst().orElse(null);
        }

        /**
         * A surrender is an agreement when fighters give themselves up to forces; a suspect who surrenders to the
         * police after a standoff makes none.
         *
         * @return the first agreement word that can be one, or null
         */
        CueMatch agreement() {
            boolean forces = forces();
            return matches.stream().filter(m -> m.cue() == Cue.AGREEMENT
                    && (forces || !words.surrenderLemmas().contains(tokens.get(m.first()).lemma())))
                    .findFirst().orElse(null);
        }

        /** Armed forces or a non-state armed group are named: police alone are not. */
        private boolean forces() {
            return has(Cue.NONSTATE) || tokens.stream().anyMatch(t -> words.forceNouns().contains(t.lemma())
                    || words.forceNouns().contains(t.word().toLowerCase(Locale.ROOT)));
        }

        /** "Pulled out a gun", "pulling a gun out": the thing pulled out or handed over is a firearm. */
        private boolean pullsOutGun(CueMatch m) {
            return matches.stream().anyMatch(f -> f.cue() == Cue.FIREARM && f.first() >= m.first()
                    && f.first() <= m.last() + PULLED_OBJECT_WINDOW);
        }

        /** Weapons use stopped: a defused or intercepted device, or weapons seized or found (not from the air). */
        boolean disrupted() {
            if (has(Cue.DISRUPTED)) {
                return true;
            }
            if (has(Cue.AIR) || has(Cue.AIRCRAFT)) {
                return false;
            }
            return matches.stream().filter(m -> m.cue() == Cue.SEIZURE).anyMatch(s -> matches.stream()
                    .anyMatch(w -> w.cue() == Cue.WEAPON && Math.abs(w.first() - s.first()) <= SEIZURE_WINDOW));
        }

        private boolean after(int token, String word, int within) {
            for (int i = Math.max(0, token - within); i < token; i++) {
                if (tokens.get(i).lemma().equals(word)) {
                    return true;
                }
            }
            return false;
        }

        /** Generic blast words ("explosion", "bomb") are not specific; device words are. */
        boolean specificIed() {
            return matches.stream().filter(m -> m.cue() == Cue.IED).anyMatch(m -> m.last() > m.first()
                    || words.deviceLemmas().contains(tokens.get(m.first()).lemma()));
        }

        /**
         * @return CIVILIAN or ARMED for the first people or place word within a few tokens after the anchor
         *         ("attacked three villages", "killing two soldiers"), or null when none follows
         */
        Cue targetAfter(Cue anchor) {
            CueMatch a = firstMatch(anchor);
            for (int i = a.last() + 1; i < Math.min(tokens.size(), a.last() + 1 + TARGET_WINDOW); i++) {
                if (Set.of(".", ";", ",").contains(tokens.get(i).word())) {
                    return null;
                }
                for (CueMatch m : matches) {
                    if (m.first() == i && (m.cue() == Cue.CIVILIAN || m.cue() == Cue.ARMED)) {
                        return m.cue();
                    }
                }
            }
            return null;
        }

        /** A capture is of territory when a place noun or a location name follows it closely. */
        boolean takesPlace(Cue cue) {
            return takesPlace(firstMatch(cue));
        }

        private boolean takesPlace(CueMatch m) {
            int end = Math.min(tokens.size(), m.last() + 9);
            for (int i = Math.max(0, m.first() - 4); i < end; i++) {
                Token t = tokens.get(i);
                if (words.placeNouns().contains(t.lemma()) || words.placeNouns().contains(t.word().toLowerCase(Locale.ROOT))
                        || t.ner().equals("LOCATION")) {
                    return true;
                }
            }
            return false;
        }

        /** The sentence's first actor, who is usually its subject, is a state force. */
        boolean stateActsFirst(int beforeToken) {
            int state = firstOf(Cue.STATE, beforeToken);
            int nonState = firstOf(Cue.NONSTATE, beforeToken);
            int national = nationalForce(beforeToken);
            int firstState = state < 0 ? national : national < 0 ? state : Math.min(state, national);
            return firstState >= 0 && (nonState < 0 || firstState < nonState);
        }

        boolean nonStateActsFirst(int beforeToken) {
            int nonState = firstOf(Cue.NONSTATE, beforeToken);
            return nonState >= 0 && !stateActsFirst(beforeToken);
        }

        private int firstOf(Cue cue, int beforeToken) {
            return matches.stream().filter(m -> m.cue() == cue && m.first() < beforeToken)
                    .mapToInt(CueMatch::first).min().orElse(-1);
        }

        /** "Syrian forces", "Iraqi troops": a force named by its country is the state's. */
        private int nationalForce(int beforeToken) {
            for (int i = 1; i < Math.min(beforeToken, tokens.size()); i++) {
                String ner = tokens.get(i - 1).ner();
                if (words.forceNouns().contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                        && (ner.equals("NATIONALITY") || ner.equals("COUNTRY"))) {
                    return i;
                }
            }
            return -1;
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

        Trigger trigger(SubEventType type, Trigger.Group group, boolean specific, Cue anchor) {
            CueMatch m = firstMatch(anchor);
            return new Trigger(type, group, m.first(), m.last(), specific);
        }
    }
}
