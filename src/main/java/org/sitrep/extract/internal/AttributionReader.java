package org.sitrep.extract.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.text.Dependency;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;
import org.sitrep.text.Token;

/**
 * Reads who a sentence blames ("officials blamed Iran-backed militias", "accused X of carrying out",
 * "was blamed on X") and who claimed responsibility ("X claimed responsibility for the attack"). A claim
 * that is denied ("no group has claimed responsibility") or covers a series ("for the attacks") is no claim
 * for one event.
 */
public final class AttributionReader {
    private static final Set<String> BLAME_VERBS = Set.of("blame", "accuse", "suspect", "attribute");
    private static final Set<String> SAY_VERBS = Set.of("say", "announce", "state", "declare", "claim");
    private static final Set<String> DEED_WORDS = Set.of("carry", "stage", "conduct", "launch", "perpetrate",
            "execute", "mount", "behind", "responsible");

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
                boolean pronoun = sentence.tokens().get(d.dependent()).pos().startsWith("W")
                        || sentence.tokens().get(d.dependent()).pos().startsWith("PRP");
                if ((d.relation().equals("obj") || d.relation().equals("obl:on")) && !pronoun) {
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
        Optional<Span> said = saidItDidIt(sentence);
        if (said.isPresent()) {
            return said;
        }
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

    /**
     * "X said it carried out the attack", "X said they were behind the bombing": a claim in reported speech,
     * read from the words (say, then a pronoun, then a deed) because parsers often misattach such clauses.
     */
    private static Optional<Span> saidItDidIt(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (Token say : tokens) {
            if (!say.isVerb() || !SAY_VERBS.contains(say.lemma()) || !admitsDeed(tokens, say.index() + 1)) {
                continue;
            }
            Optional<Span> speaker = sentence.children(say.index()).stream()
                    .filter(d -> d.relation().equals("nsubj")).findFirst()
                    .map(d -> PhraseReader.span(sentence, d.dependent()));
            if (speaker.isPresent()) {
                return speaker;
            }
        }
        return Optional.empty();
    }

    /** From {@code from}: an optional "that", "it"/"they"/"we", then within three words a deed word. */
    private static boolean admitsDeed(List<Token> tokens, int from) {
        int i = from < tokens.size() && tokens.get(from).lemma().equals("that") ? from + 1 : from;
        if (i >= tokens.size() || !Set.of("it", "they", "we").contains(tokens.get(i).lemma())) {
            return false;
        }
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
            if (DEED_WORDS.contains(tokens.get(j).lemma())) {
                return true;
            }
        }
        return false;
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
