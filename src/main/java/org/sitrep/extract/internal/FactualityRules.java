package org.sitrep.extract.internal;

import java.util.List;
import java.util.Set;
import org.sitrep.extract.Factuality;
import org.sitrep.extract.FactualityReader;
import org.sitrep.extract.Trigger;
import org.sitrep.lang.Language;
import org.sitrep.text.Dependency;
import org.sitrep.text.Sentence;
import org.sitrep.text.Token;

/**
 * The rules of the factuality stage: reads the {@link Factuality} of a trigger from the words around it and the verbs above it in the parse.
 */
public final class FactualityRules implements FactualityReader {
    private final Set<String> modalLemmas;
    private final Set<String> irrealisLemmas;
    private final Set<String> statementLemmas;
    private final Set<String> conditionWords;
    private final Set<String> negationWords;
    private final Set<String> seriesWords;
    private final Set<String> quoteTokens;
    private final Set<String> negatorsBefore;
    private final Set<String> periodWords;
    private final int WINDOW = 6;

    /**
     * @param language the bundle the rules take their word lists from
     * @throws org.sitrep.lang.LanguageException if a list is missing from the bundle
     */
    public FactualityRules(Language language) {
        this.modalLemmas = language.words("extract-modal-lemmas");
        this.irrealisLemmas = language.words("extract-irrealis-lemmas");
        this.statementLemmas = language.words("extract-statement-lemmas");
        this.conditionWords = language.words("extract-condition-words");
        this.negationWords = language.words("extract-negation-words");
        this.seriesWords = language.words("extract-series-words");
        this.quoteTokens = language.words("extract-quote-tokens");
        this.negatorsBefore = language.words("extract-negators-before");
        this.periodWords = language.words("extract-period-words");
    }

    /**
     * @param sentence the sentence
     * @param trigger  the trigger in it
     * @return how the sentence presents the triggered event
     */
    @Override
    public Factuality read(Sentence sentence, Trigger trigger) {
        List<Token> tokens = sentence.tokens();
        int anchor = trigger.first();
        if (irrealisAbove(sentence, trigger.last()) || windowHas(tokens, anchor, conditionWords)
                || windowHasModal(tokens, anchor) || purposeBefore(tokens, anchor)) {
            return Factuality.HYPOTHETICAL;
        }
        if (negated(sentence, tokens, trigger)) {
            return Factuality.NEGATED;
        }
        if (aggregate(tokens, trigger)) {
            return Factuality.AGGREGATE;
        }
        if (pastPerfect(sentence, trigger)) {
            return Factuality.BACKGROUND;
        }
        if (underStatement(sentence, trigger)) {
            return Factuality.REFERENCED;
        }
        if (insideQuote(tokens, anchor)) {
            return Factuality.QUOTED;
        }
        if (generic(sentence, trigger)) {
            return Factuality.GENERIC;
        }
        return Factuality.ASSERTED;
    }

    private boolean windowHas(List<Token> tokens, int anchor, Set<String> words) {
        for (int i = anchor - 1; i >= Math.max(0, anchor - WINDOW); i--) {
            Token t = tokens.get(i);
            if (t.word().equals(",") || t.word().equals(";")) {
                return false;
            }
            if (words.contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }

    private boolean windowHasModal(List<Token> tokens, int anchor) {
        for (int i = anchor - 1; i >= Math.max(0, anchor - 3); i--) {
            Token t = tokens.get(i);
            if (t.pos().equals("MD") && modalLemmas.contains(t.lemma())) {
                return true;
            }
            if (!(t.pos().startsWith("RB") || t.pos().startsWith("VB") || t.pos().equals("TO"))) {
                return false;
            }
        }
        return false;
    }

    /** "moving to accelerate US withdrawal", "plans to attack": a trigger right after an infinitive. */
    private boolean purposeBefore(List<Token> tokens, int anchor) {
        if (participant(tokens.get(anchor))) {
            return false;
        }
        for (int i = anchor - 1; i >= Math.max(1, anchor - 3); i--) {
            if (tokens.get(i).pos().equals("VB") && tokens.get(i - 1).pos().equals("TO")) {
                return !tokens.get(i).lemma().equals("be") && !tokens.get(i).lemma().equals("have");
            }
        }
        return anchor >= 1 && tokens.get(anchor - 1).pos().equals("TO") && tokens.get(anchor).pos().equals("VB");
    }

    /**
     * "fired tear gas to disperse protesters": a trigger naming the people taking part is no purpose; the
     * protest took place whatever the police intended.
     */
    private boolean participant(Token t) {
        return t.pos().equals("NNS") && t.lemma().matches(".*(er|or|ist)");
    }

    /** Walks up the parse: a trigger under "threatened", "ready", "if" or a modal did not happen (yet). */
    private boolean irrealisAbove(Sentence sentence, int token) {
        int current = token;
        for (int depth = 0; depth < 4; depth++) {
            for (Dependency child : sentence.children(current)) {
                Token t = sentence.tokens().get(child.dependent());
                boolean modal = child.relation().equals("aux") && t.pos().equals("MD")
                        && modalLemmas.contains(t.lemma());
                boolean condition = child.relation().equals("mark") && conditionWords.contains(t.lemma());
                if (modal || condition) {
                    return true;
                }
            }
            Dependency head = sentence.head(current);
            if (head == null || head.governor() < 0) {
                return false;
            }
            if (head.relation().startsWith("advcl:if") || head.relation().startsWith("advcl:unless")) {
                return true;
            }
            current = head.governor();
            if (irrealisLemmas.contains(sentence.tokens().get(current).lemma())) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(Sentence sentence, List<Token> tokens, Trigger trigger) {
        for (Dependency child : sentence.children(trigger.first())) {
            if (child.relation().equals("neg") || child.relation().equals("advmod")
                    && negationWords.contains(tokens.get(child.dependent()).lemma())) {
                return true;
            }
            if (child.relation().equals("det") && tokens.get(child.dependent()).lemma().equals("no")) {
                return true;
            }
        }
        int before = trigger.first() - 1;
        return before >= 0 && negatorsBefore.contains(tokens.get(before).lemma());
    }

    /**
     * Totals over time or series: a plural trigger with "since" or a series word near it, or a plural
     * generic word ("attacks", "killings"), which names a pattern rather than one event.
     */
    private boolean aggregate(List<Token> tokens, Trigger trigger) {
        Token anchor = tokens.get(trigger.last());
        // "rocket attacks": a weapon word modifying a plural noun counts that noun's number.
        Token next = trigger.last() + 1 < tokens.size() ? tokens.get(trigger.last() + 1) : null;
        boolean plural = isPlural(anchor) || anchor.pos().equals("NN") && next != null && isPlural(next);
        if (isPlural(anchor) && !trigger.specific()) {
            return true;
        }
        if (!plural && !anchor.isVerb()) {
            return false;
        }
        for (int i = Math.max(0, trigger.first() - 4); i < trigger.first(); i++) {
            if (plural && seriesWords.contains(tokens.get(i).lemma())) {
                return true;
            }
        }
        for (int i = trigger.last() + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.lemma().equals("since") && i + 1 < tokens.size() && sinceTakesPeriod(tokens, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlural(Token t) {
        return t.pos().equals("NNS") || t.pos().equals("NNPS");
    }

    private boolean sinceTakesPeriod(List<Token> tokens, int from) {
        for (int i = from; i < Math.min(tokens.size(), from + 3); i++) {
            String w = tokens.get(i).word();
            if (w.matches("(19|20)\\d\\d") || periodWords.contains(w.toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** "had launched", "had been attacked": the trigger or the verb it is the object of has the auxiliary "had". */
    private boolean pastPerfect(Sentence sentence, Trigger trigger) {
        int verb = trigger.first();
        Dependency head = sentence.head(verb);
        if (!sentence.tokens().get(verb).isVerb() && head != null && head.governor() >= 0
                && (head.relation().equals("obj") || head.relation().equals("nsubj:pass"))) {
            verb = head.governor();
        }
        return sentence.children(verb).stream().anyMatch(d -> d.relation().startsWith("aux")
                && sentence.tokens().get(d.dependent()).word().equalsIgnoreCase("had"));
    }

    /** The trigger is what a statement is about: "condemned the attack", "claimed responsibility for it". */
    private boolean underStatement(Sentence sentence, Trigger trigger) {
        int current = trigger.last();
        for (int depth = 0; depth < 2; depth++) {
            Dependency head = sentence.head(current);
            if (head == null || head.governor() < 0) {
                return false;
            }
            current = head.governor();
            if (statementLemmas.contains(sentence.tokens().get(current).lemma()) && !reportedClause(head)) {
                return true;
            }
        }
        return false;
    }

    /** "claimed that 27 members were kidnapped" reports the kidnapping; "claimed the attack" refers to it. */
    private boolean reportedClause(Dependency head) {
        return head.relation().equals("ccomp");
    }

    private boolean insideQuote(List<Token> tokens, int anchor) {
        int quotes = 0;
        for (int i = 0; i < anchor; i++) {
            if (quoteTokens.contains(tokens.get(i).word())) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** A present-tense verb trigger in a relative clause or with a plural subject states a habit. */
    private boolean generic(Sentence sentence, Trigger trigger) {
        Token anchor = sentence.tokens().get(trigger.first());
        if (!(anchor.pos().equals("VBP") || anchor.pos().equals("VBZ"))) {
            return false;
        }
        Dependency head = sentence.head(trigger.first());
        return head != null && (head.relation().startsWith("acl:relcl") || head.relation().startsWith("acl"));
    }
}
