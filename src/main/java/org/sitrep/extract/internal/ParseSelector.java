package org.sitrep.extract.internal;

import java.util.List;
import java.util.Set;
import org.sitrep.text.Token;

/**
 * Decides, from a sentence's shallow tokens, whether it deserves NER and a dependency parse, which cost
 * about nine tenths of the pipeline's time. A sentence qualifies when it has a specific trigger ("rockets",
 * "ceasefire"), or a generic one ("attack", "killed", "explosion") together with a number or a date word,
 * i.e. when it can found an event or carry its toll, or says who was blamed or claimed it. Sentences with only a generic word can at most join
 * an event found elsewhere; they are parsed only when no sentence of the article qualifies (a headline or
 * a snippet whose only report is "gunmen opened fire").
 */
public final class ParseSelector implements org.sitrep.nlp.DeepSelector {
    private static final Set<Cue> GENERIC = Set.of(Cue.ATTACK, Cue.KILL);
    private static final Set<String> GENERIC_BLASTS = Set.of("bomb", "bombing", "blast", "explosion", "explode",
            "detonate", "detonation");
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight", "overnight", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "week",
            "month");
    private static final Set<String> ATTRIBUTION_WORDS = Set.of("blame", "blamed", "accuse", "accused",
            "claim", "claimed", "responsibility", "responsible", "carried", "behind");
    private static final Set<String> TOLL_WORDS = Set.of("dead", "killed", "wounded", "injured", "casualties",
            "hurt", "no", "dozens", "scores", "several");

    private final CueLexicon cues;

    /** @param cues the trigger lexicon */
    public ParseSelector(CueLexicon cues) {
        this.cues = cues;
    }

    @Override
    public boolean[] select(List<List<Token>> sentences) {
        boolean[] out = new boolean[sentences.size()];
        boolean any = false;
        for (int i = 0; i < out.length; i++) {
            out[i] = needsParse(sentences.get(i));
            any |= out[i];
        }
        if (!any) {
            for (int i = 0; i < out.length; i++) {
                out[i] = cues.hasTrigger(sentences.get(i));
            }
        }
        return out;
    }

    /**
     * @param tokens a sentence's shallow tokens
     * @return true when the sentence should get NER and a parse
     */
    public boolean needsParse(List<Token> tokens) {
        boolean generic = false;
        for (CueMatch m : cues.match(tokens)) {
            if (!m.cue().isTrigger()) {
                continue;
            }
            if (!isGeneric(tokens, m)) {
                return true;
            }
            generic = true;
        }
        return generic && tokens.stream().anyMatch(ParseSelector::datesOrCounts);
    }

    private static boolean isGeneric(List<Token> tokens, CueMatch m) {
        return GENERIC.contains(m.cue())
                || m.cue() == Cue.IED && m.first() == m.last() && GENERIC_BLASTS.contains(tokens.get(m.first()).lemma());
    }

    private static boolean datesOrCounts(Token t) {
        String w = t.word().toLowerCase(java.util.Locale.ROOT);
        return t.pos().equals("CD") || DATE_WORDS.contains(w) || TOLL_WORDS.contains(w)
                || ATTRIBUTION_WORDS.contains(w);
    }
}
