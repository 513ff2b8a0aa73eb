package org.sitrep.extract.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.lang.Language;
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
public final class AttributionRules {
    private final Set<String> blameVerbs;
    private final Set<String> sayVerbs;
    private final Set<String> deedWords;
    private final Set<String> selfPronouns;
    private final Set<String> claimNegators;
    private final Set<String> denyingDeterminers;
    private final Set<String> denyingSubjects;
    private final Set<String> seriesAttackNouns;

    /**
     * @param language the bundle the rules take their word lists from
     * @throws org.sitrep.lang.LanguageException if a list is missing from the bundle
     */
    public AttributionRules(Language language) {
        this.blameVerbs = language.words("extract-blame-verbs");
        this.sayVerbs = language.words("extract-claim-say-verbs");
        this.deedWords = language.words("extract-deed-words");
        this.selfPronouns = language.words("extract-self-pronouns");
        this.claimNegators = language.words("extract-claim-negators");
        this.denyingDeterminers = language.words("extract-denying-determiners");
        this.denyingSubjects = language.words("extract-denying-subjects");
        this.seriesAttackNouns = language.words("extract-series-attack-nouns");
    }

    /**
     * @param sentence a parsed sentence
     * @return the span of the blamed party's phrase, if the sentence blames someone
     */
    public Optional<Span> blamed(Sentence sentence) {
        for (Token t : sentence.tokens()) {
            if (!t.isVerb() || !blameVerbs.contains(t.lemma())) {
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
    public Optional<Span> claimant(Sentence sentence) {
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
    private Optional<Span> saidItDidIt(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (Token say : tokens) {
            if (!say.isVerb() || !sayVerbs.contains(say.lemma()) || !admitsDeed(tokens, say.index() + 1)) {
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
    private boolean admitsDeed(List<Token> tokens, int from) {
        int i = from < tokens.size() && tokens.get(from).lemma().equals("that") ? from + 1 : from;
        if (i >= tokens.size() || !selfPronouns.contains(tokens.get(i).lemma())) {
            return false;
        }
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
            if (deedWords.contains(tokens.get(j).lemma())) {
                return true;
            }
        }
        return false;
    }

    private boolean claimsResponsibility(Sentence sentence, int claim) {
        return sentence.children(claim).stream()
                .anyMatch(d -> d.relation().equals("obj") && sentence.tokens().get(d.dependent()).lemma()
                        .equals("responsibility"));
    }

    private boolean negated(Sentence sentence, int claim) {
        return sentence.children(claim).stream().anyMatch(d -> d.relation().equals("advmod")
                && claimNegators.contains(sentence.tokens().get(d.dependent()).lemma()));
    }

    private boolean deniedSubject(Sentence sentence, int subject) {
        return sentence.children(subject).stream().anyMatch(d -> d.relation().equals("det")
                && denyingDeterminers.contains(sentence.tokens().get(d.dependent()).lemma()))
                || denyingSubjects.contains(sentence.tokens().get(subject).lemma());
    }

    private boolean coversSeries(Sentence sentence, int claim) {
        for (Token t : sentence.tokens()) {
            if (t.index() > claim && t.index() <= claim + 6 && t.pos().equals("NNS")
                    && seriesAttackNouns.contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }
}
