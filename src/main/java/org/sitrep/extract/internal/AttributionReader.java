package org.sitrep.extract.internal;

import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.Span;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Reads who a sentence blames ("officials blamed Iran-backed militias", "accused X of carrying out",
 * "was blamed on X") and who claimed responsibility ("X claimed responsibility for the attack"). A claim
 * that is denied ("no group has claimed responsibility") or covers a series ("for the attacks") is no claim
 * for one event.
 */
public final class AttributionReader {
    private static final Set<String> BLAME_VERBS = Set.of("blame", "accuse", "suspect", "attribute");

    private AttributionReader() {
    }

    /**
     * @param sentence a parsed sentence
     * @return the span of the blamed party's phrase, if the sentence blames someone
     */
    public static Optional<Span> blamed(Sentence sentence) {
        for (Token t : sentence.tokens()) {
            if (!t.isVerb() || !BLAME_VERBS.contains(t.lemma())) {
                continue;
            }
            for (Dependency d : sentence.children(t.index())) {
                if (d.relation().equals("obj") || d.relation().equals("obl:on")) {
                    return Optional.of(PhraseReader.span(sentence, d.dependent()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param sentence a parsed sentence
     * @return the span of the claimant's phrase, if the sentence reports a claim of responsibility for one event
     */
    public static Optional<Span> claimant(Sentence sentence) {
        for (Token t : sentence.tokens()) {
            if (!t.lemma().equals("claim") || !t.isVerb() || !claimsResponsibility(sentence, t.index())) {
                continue;
            }
            if (negated(sentence, t.index()) || coversSeries(sentence, t.index())) {
                return Optional.empty();
            }
            for (Dependency d : sentence.children(t.index())) {
                if (d.relation().equals("nsubj") && !deniedSubject(sentence, d.dependent())) {
                    return Optional.of(PhraseReader.span(sentence, d.dependent()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean claimsResponsibility(Sentence sentence, int claim) {
        return sentence.children(claim).stream()
                .anyMatch(d -> d.relation().equals("obj") && sentence.tokens().get(d.dependent()).lemma()
                        .equals("responsibility"));
    }

    private static boolean negated(Sentence sentence, int claim) {
        return sentence.children(claim).stream().anyMatch(d -> d.relation().equals("advmod")
                && Set.of("not", "n't", "never").contains(sentence.tokens().get(d.dependent()).lemma()));
    }

    private static boolean deniedSubject(Sentence sentence, int subject) {
        return sentence.children(subject).stream().anyMatch(d -> d.relation().equals("det")
                && Set.of("no", "none").contains(sentence.tokens().get(d.dependent()).lemma()))
                || Set.of("none", "nobody", "no one").contains(sentence.tokens().get(subject).lemma());
    }

    private static boolean coversSeries(Sentence sentence, int claim) {
        for (Token t : sentence.tokens()) {
            if (t.index() > claim && t.index() <= claim + 6 && t.pos().equals("NNS")
                    && Set.of("attack", "bombing", "killing", "strike", "assault").contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }
}
