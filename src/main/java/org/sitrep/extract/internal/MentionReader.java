package org.sitrep.extract.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.CueMatch;
import org.sitrep.extract.Factuality;
import org.sitrep.extract.FactualityReader;
import org.sitrep.extract.Found;
import org.sitrep.extract.Mention;
import org.sitrep.extract.Readers;
import org.sitrep.extract.RoleReader;
import org.sitrep.extract.SubEventType;
import org.sitrep.extract.SubEventTyper;
import org.sitrep.extract.Trigger;
import org.sitrep.extract.WeaponReader;
import org.sitrep.extract.actor.Actor;
import org.sitrep.extract.actor.ActorNamer;
import org.sitrep.extract.casualty.Casualties;
import org.sitrep.extract.casualty.CasualtyReader;
import org.sitrep.extract.casualty.Count;
import org.sitrep.geo.FeatureKind;
import org.sitrep.geo.PlaceMention;
import org.sitrep.lang.Language;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;
import org.sitrep.text.Token;
import org.sitrep.time.DateMention;
import org.sitrep.time.EventDater;

/**
 * Turns one annotated sentence into the event mentions it holds, each with the arguments the sentence gives.
 * Thread-safe: holds only immutable collaborators.
 */
public final class MentionReader {
    private static final int STATE_FORCES = 1;
    private static final int CIVILIANS = 7;
    private static final int MAX_ACTOR_DISTANCE = 15;
    /** A noun in these relations qualifies another ("Somalia's history"), it names no side. */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("compound", "nmod:poss", "amod");
    private final Set<String> killingNouns;
    private final Set<String> speechVerbs;
    private final Set<String> defenceVerbs;
    private final Set<String> mutualFights;
    private final SubEventTyper typer;
    private final FactualityReader factuality;
    private final RoleReader roles;
    private final WeaponReader weapons;
    private final EventDater dates;
    private final ActorNamer actors;
    private final CasualtyReader casualties;
    private final ImpliedSides impliedSides;

    /**
     * @param readers  the reading stages of a sentence
     * @param language the bundle this reader's own word lists come from
     * @throws org.sitrep.lang.LanguageException if a list is missing from the bundle
     */
    public MentionReader(Readers readers, Language language) {
        this.typer = readers.typer();
        this.factuality = readers.factuality();
        this.roles = readers.roles();
        this.weapons = readers.weapon();
        this.dates = readers.dates();
        this.actors = readers.actors();
        this.casualties = readers.casualties();
        this.impliedSides = new ImpliedSides(actors);
        this.killingNouns = language.words("extract-killing-nouns");
        this.speechVerbs = language.words("extract-speech-verbs");
        this.defenceVerbs = language.words("extract-defence-verbs");
        this.mutualFights = language.words("extract-mutual-fight-lemmas");
    }

    /**
     * What the document around a sentence provides.
     *
     * @param text      the cleaned article text
     * @param published publication day, or null
     * @param places    every place mention of the article
     * @param country   the article's focus country name, or null
     */
    public record Context(String text, LocalDate published, List<PlaceMention> places, String country) {
    }

    /**
     * @param sentence a deeply annotated sentence
     * @param matches  the cues of that sentence (matched once per article by the caller)
     * @param context  the document around it
     * @return its mentions, at most one per trigger group
     */
    public List<Mention> read(Sentence sentence, List<CueMatch> matches, Context context) {
        List<Mention> out = new ArrayList<>();
        if (!sentence.deep()) {
            return out;
        }
        for (Trigger trigger : typer.type(sentence.tokens(), matches)) {
            Mention m = mention(sentence, trigger, context);
            out.add(trigger.specific() || m.factuality() == Factuality.ASSERTED ? m
                    : factualAlternative(sentence, trigger, matches, context).orElse(m));
        }
        return out;
    }

    /**
     * A generic word that reports nothing ("the inquiry into last year's port explosion") must not hide
     * another word of the same group that does ("gunmen opened fire ... killing six"): decide again
     * without it.
     */
    private Optional<Mention> factualAlternative(Sentence sentence, Trigger rejected, List<CueMatch> matches,
                                                 Context context) {
        List<CueMatch> rest = matches.stream()
                .filter(m -> m.first() > rejected.last() || m.last() < rejected.first()).toList();
        return typer.type(sentence.tokens(), rest).stream()
                .filter(t -> t.group() == rejected.group())
                .map(t -> mention(sentence, t, context))
                .filter(m -> m.factuality() == Factuality.ASSERTED)
                .findFirst();
    }

    private Mention mention(Sentence s, Trigger trigger, Context c) {
        List<Token> tokens = s.tokens();
        Span triggerSpan = new Span(tokens.get(trigger.first()).start(), tokens.get(trigger.last()).end());
        Factuality factuality = this.factuality.read(s, trigger);
        PlaceMention place = place(s, trigger, c);
        String country = place != null ? place.place().country() : c.country();
        Found<String> claimed = named(s, roles.claimant(s), c.text());
        Found<Actor>[] actors = actors(s, trigger, country, c.text(),
                claimed == null ? null : claimantAsActor(s, claimed, country, c.text()));
        ImpliedSides.Sides sides = impliedSides.apply(new ImpliedSides.Sides(actors[0], actors[1]),
                new ImpliedSides.Context(trigger.type(), country, triggerSpan, c.text(),
                        trigger.group() == Trigger.Group.DEMONSTRATION ? stateNamed(s, trigger, country, c.text())
                                : null,
                        s.tokens().stream().anyMatch(t -> mutualFights.contains(t.lemma()))));
        Found<Actor> actor1 = sides.actor1();
        Found<Actor> actor2 = sides.actor2();
        boolean violent = trigger.group() != Trigger.Group.STRATEGIC;
        Casualties counts = violent ? casualties.read(s, c.text()) : null;
        Found<Integer> killed = count(counts == null ? null : counts.killed(), s.start());
        if (killed == null && violent) {
            killed = namedVictims(s);
        }
        return new Mention(s.index(), trigger, factuality, triggerSpan, date(s, triggerSpan, c), place,
                actor1, actor2, named(s, roles.blamed(s), c.text()), claimed, killed,
                count(counts == null ? null : counts.wounded(), s.start()), weapon(s, trigger));
    }

    private DateMention date(Sentence s, Span trigger, Context c) {
        Optional<DateMention> near = dates.resolveNear(c.text(), s, trigger, c.published());
        if (near.isEmpty() || dates.isPeriodStart(c.text(), s, near.get())) {
            return null;
        }
        return near.get();
    }

    /**
     * The sentence's best place for the event: a named site or town over a region, the nearest to the
     * trigger; a country used as a modifier ("US raid", "Iraqi forces") is not a location.
     */
    private static PlaceMention place(Sentence s, Trigger trigger, Context c) {
        PlaceMention best = null;
        int bestScore = Integer.MIN_VALUE;
        int anchor = s.tokens().get(trigger.first()).start();
        for (PlaceMention p : c.places()) {
            if (p.start() < s.start() || p.end() > s.end() || modifier(s, p) || actsAsSubject(s, p)) {
                continue;
            }
            int score = specificity(p) * 1000 - Math.abs(p.start() - anchor) / 10;
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    private static int specificity(PlaceMention p) {
        return p.place().feature().specificity();
    }

    /** "Washington accuses", "Baghdad said": a place as the subject of a verb is its government. */
    private static boolean actsAsSubject(Sentence s, PlaceMention p) {
        for (Token t : s.tokens()) {
            if (t.start() >= p.start() && t.end() <= p.end()) {
                var head = s.head(t.index());
                if (head != null && head.relation().equals("nsubj") && head.governor() >= 0
                        && s.tokens().get(head.governor()).isVerb()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A country or province is where the event happened only after a preposition ("in Iraq", "across
     * Balkh"); otherwise it qualifies something else ("Iranian Revolutionary Guard", "Iraqi forces").
     */
    private static boolean modifier(Sentence s, PlaceMention p) {
        FeatureKind kind = p.place().feature();
        if (kind != FeatureKind.COUNTRY && kind != FeatureKind.ADMIN1) {
            return false;
        }
        Token before = null;
        for (Token t : s.tokens()) {
            if (t.start() >= p.start() && t.end() <= p.end() && (t.pos().equals("JJ") || t.ner().equals("MISC"))) {
                return true;
            }
            if (t.start() >= p.start()) {
                break;
            }
            if (!t.pos().equals("DT")) {
                before = t;
            }
        }
        return before == null || !(before.pos().equals("IN") || before.pos().equals("TO") || before.word().equals(","));
    }

    /**
     * actor1 and actor2: first from the parse (subject, agent, object, "attack on X"), then actor1 from who
     * claimed the attack; a side still missing is taken from the other actors the sentence names ("3 soldiers were killed in a Taliban
     * attack"). In a battle whose sides both come from that fallback, or whose state side only fended the
     * other off ("repulsed", "repelled"), the non-state side is actor1: it started the fight.
     */
    @SuppressWarnings("unchecked")
    private Found<Actor>[] actors(Sentence s, Trigger trigger, String country, String text, Found<Actor> claimant) {
        RoleReader.Roles found = roles.roles(s, trigger);
        Found<Actor> actor1 = firstActor(s, found.agents(), country, text, trigger);
        if (actor1 == null) {
            actor1 = claimant;
        }
        Found<Actor> actor2 = firstActor(s, found.patients(), country, text, trigger);
        if (actor1 != null && actor2 != null && actor1.value().name().equals(actor2.value().name())) {
            actor2 = null;
        }
        boolean fromParse = actor1 != null;
        boolean passive = passive(s, trigger);
        if (trigger.group() == Trigger.Group.VIOLENCE && (actor1 == null || actor2 == null)) {
            for (Found<Actor> other : allActors(s, trigger, country, text)) {
                if (actor1 == null && !passive && !same(other, actor2) && other.value().interCode() != CIVILIANS) {
                    actor1 = other;
                } else if (actor2 == null && !same(other, actor1)) {
                    actor2 = other;
                }
            }
        }
        boolean battle = trigger.type().eventType() == org.sitrep.extract.EventType.BATTLES;
        if (battle && actor1 != null && actor2 != null && actor1.value().interCode() == STATE_FORCES
                && actor2.value().interCode() != STATE_FORCES && (!fromParse || defends(s, trigger))) {
            return new Found[] {actor2, actor1};
        }
        return new Found[] {actor1, actor2};
    }

    /** "The military said ...": whoever reports the event is its source, not one of its sides. */
    private boolean isSource(Sentence s, org.sitrep.text.Dependency head) {
        return head != null && head.relation().startsWith("nsubj") && head.governor() >= 0
                && speechVerbs.contains(s.tokens().get(head.governor()).lemma());
    }

    /** "Two convoys were attacked with IEDs": with no agent named, the others are the targets. */
    private static boolean passive(Sentence s, Trigger trigger) {
        for (org.sitrep.text.Dependency d : s.dependencies()) {
            if (d.relation().equals("aux:pass") && Math.abs(d.governor() - trigger.first()) <= 3) {
                return s.children(d.governor()).stream().noneMatch(c -> c.relation().startsWith("obl:agent")
                        || c.relation().startsWith("obl:by"));
            }
        }
        return false;
    }

    /** "the group, which is linked to al-Qaeda": who a relative clause mentions describes, it does not act. */
    private boolean inRelativeClause(Sentence s, org.sitrep.text.Dependency head) {
        if (head == null || head.governor() < 0) {
            return false;
        }
        org.sitrep.text.Dependency up = s.head(head.governor());
        return up != null && up.relation().equals("acl:relcl");
    }

    private static boolean same(Found<Actor> a, Found<Actor> b) {
        return b != null && a.value().name().equals(b.value().name());
    }

    private boolean defends(Sentence s, Trigger trigger) {
        return s.tokens().subList(trigger.first(), trigger.last() + 1).stream()
                .anyMatch(t -> defenceVerbs.contains(t.lemma()));
    }

    /** "Protesters blocked the road; police fired tear gas": the first state force the sentence names. */
    private Found<Actor> stateNamed(Sentence s, Trigger trigger, String country, String text) {
        return allActors(s, trigger, country, text).stream().filter(ImpliedSides::isState).findFirst().orElse(null);
    }

    /** Every actor the sentence names, in text order, each head noun read once. */
    private List<Found<Actor>> allActors(Sentence s, Trigger trigger, String country, String text) {
        List<Found<Actor>> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            var head = s.head(t.index());
            boolean phraseHead = t.isNoun() && (head == null || !MODIFIER_RELATIONS.contains(head.relation()));
            boolean near = Math.abs(t.index() - trigger.first()) <= MAX_ACTOR_DISTANCE;
            if (!phraseHead || !near || isSource(s, head) || inRelativeClause(s, head)) {
                continue;
            }
            Found<Actor> actor = firstActor(s, List.of(t.index()), country, text, trigger);
            if (actor != null && out.stream().noneMatch(a -> same(a, actor))) {
                out.add(actor);
            }
        }
        return out;
    }

    private Found<Actor> firstActor(Sentence s, List<Integer> heads, String country, String text,
                                    Trigger trigger) {
        for (int head : heads) {
            Span span = PhraseReader.span(s, head);
            Optional<Actor> actor = actors.normalize(s, span, text, country);
            if (actor.isEmpty() && qualifiesTheAct(s, head, trigger)) {
                actor = actors.forcesOf(s, span, text, country);
            }
            if (actor.isPresent()) {
                return new Found<>(actor.get(), span);
            }
        }
        return null;
    }

    /** Who claimed an attack is taken as its author when the sentence names no other. */
    private Found<Actor> claimantAsActor(Sentence s, Found<String> claimed, String country, String text) {
        return actors.normalize(s, claimed.span(), text, country).map(a -> new Found<>(a, claimed.span()))
                .orElse(null);
    }

    /**
     * "a US raid", "Israeli strikes", "Russia's shelling": a word that qualifies the trigger itself may name the
     * country whose forces acted. A word that qualifies anything else ("Charlotte, N.C., police") does not, nor
     * does a person's name ("Jordan", "Chad").
     */
    private static boolean qualifiesTheAct(Sentence s, int head, Trigger trigger) {
        Token t = s.tokens().get(head);
        var up = s.head(head);
        return up != null && MODIFIER_RELATIONS.contains(up.relation()) && !t.ner().equals("PERSON")
                && up.governor() >= trigger.first() && up.governor() <= trigger.last();
    }

    private Found<String> named(Sentence s, Optional<Span> span, String text) {
        if (span.isEmpty()) {
            return null;
        }
        String phrase = text.substring(span.get().start(), span.get().end());
        String name = actors.normalizeGroupName(s, span.get(), text).orElse(phrase);
        return new Found<>(name, span.get());
    }

    /**
     * "The assassination of General X and Y": the people named after a killing noun and "of", up to the
     * next preposition, are the dead.
     */
    private Found<Integer> namedVictims(Sentence s) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!killingNouns.contains(tokens.get(i).lemma()) || !tokens.get(i + 1).lemma().equals("of")) {
                continue;
            }
            int people = 0;
            int end = i + 1;
            for (int j = i + 2; j < tokens.size(); j++) {
                Token t = tokens.get(j);
                if (t.pos().equals("IN") && !t.lemma().equals("of")) {
                    break;
                }
                boolean startsPerson = t.ner().equals("PERSON") && !tokens.get(j - 1).ner().equals("PERSON");
                if (startsPerson) {
                    people++;
                    end = j;
                }
            }
            if (people > 0) {
                return new Found<>(people, new Span(tokens.get(i).start(), tokens.get(end).end()));
            }
        }
        return null;
    }

    private static Found<Integer> count(Count count, int offset) {
        if (count == null) {
            return null;
        }
        return new Found<>(count.value(), new Span(count.start() + offset, count.end() + offset));
    }

    private Found<String> weapon(Sentence s, Trigger trigger) {
        if (trigger.group() == Trigger.Group.STRATEGIC && trigger.type() != SubEventType.DISRUPTED_WEAPONS_USE) {
            return null;
        }
        return weapons.read(s, trigger).orElse(null);
    }

}
