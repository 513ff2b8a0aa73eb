package org.sitrep.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.extract.RoleReader;
import org.sitrep.extract.Trigger;
import org.sitrep.lang.Language;
import org.sitrep.text.Dependency;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;
import org.sitrep.text.Token;

/**
 * The rules of the role stage. Finds who did it and to whom from the dependency parse around a trigger, in active and passive voice:
 * "militants attacked a checkpoint", "a checkpoint was attacked by militants", "a Taliban attack on a post",
 * "gunmen fired rockets at the base" (the weapon's verb carries the roles).
 */
public final class RoleRules implements RoleReader {
    private final AttributionRules attribution;

    /**
     * @param language the bundle the attribution rules take their word lists from
     * @throws org.sitrep.lang.LanguageException if a list is missing from the bundle
     */
    public RoleRules(Language language) {
        this.attribution = new AttributionRules(language);
    }

    @Override
    public Optional<Span> claimant(Sentence sentence) {
        return attribution.claimant(sentence);
    }

    @Override
    public Optional<Span> blamed(Sentence sentence) {
        return attribution.blamed(sentence);
    }

    /**
     * @param sentence a parsed sentence
     * @param trigger  the trigger
     * @return candidate heads for actor1 and actor2
     */
    @Override
    public Roles roles(Sentence sentence, Trigger trigger) {
        List<Integer> agents = new ArrayList<>();
        List<Integer> patients = new ArrayList<>();
        int head = headOf(sentence, trigger);
        collect(sentence, head, agents, patients);
        Dependency up = sentence.head(head);
        if (up != null && up.governor() >= 0) {
            String rel = up.relation();
            Token governor = sentence.tokens().get(up.governor());
            boolean weaponOfVerb = governor.isVerb() && (rel.equals("obj") || rel.equals("nsubj:pass")
                    || rel.startsWith("obl:with") || rel.startsWith("obl:in") || rel.equals("nsubj"));
            if (weaponOfVerb) {
                collect(sentence, up.governor(), agents, patients);
            } else if (rel.startsWith("nmod:of") || rel.equals("compound")) {
                collect(sentence, up.governor(), agents, patients);
            }
        }
        return new Roles(agents, patients);
    }

    private static int headOf(Sentence sentence, Trigger trigger) {
        Token last = sentence.tokens().get(trigger.last());
        return last.isNoun() ? trigger.last() : trigger.first();
    }

    private static void collect(Sentence sentence, int predicate, List<Integer> agents, List<Integer> patients) {
        boolean verb = sentence.tokens().get(predicate).isVerb();
        for (Dependency d : sentence.children(predicate)) {
            String rel = d.relation();
            if (rel.equals("nsubj") || rel.equals("obl:agent") || rel.equals("obl:by") || rel.equals("nmod:by")
                    || rel.equals("nmod:agent")) {
                agents.add(d.dependent());
            } else if (!verb && (rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod"))) {
                agents.add(d.dependent());
            } else if (rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("nmod:on")
                    || rel.equals("nmod:against") || rel.equals("obl:on") || rel.equals("obl:against")
                    || rel.equals("nmod:at") || rel.equals("obl:at")) {
                patients.add(d.dependent());
            }
        }
    }
}
