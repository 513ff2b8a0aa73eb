package org.sitrep.extract.internal;

import java.util.List;
import java.util.Set;
import org.sitrep.extract.Cue;
import org.sitrep.extract.CueMatch;
import org.sitrep.extract.EventDetector;
import org.sitrep.lang.Language;
import org.sitrep.text.Token;

/**
 * The rules of event detection. The {@link CueLexicon} finds the cues of a sentence; these rules decide,
 * from a sentence's shallow tokens, whether it deserves NER and a dependency parse, which cost about nine
 * tenths of the pipeline's time. A sentence qualifies when it has a specific trigger ("rockets",
 * "ceasefire"), or a generic one ("attack", "killed", "explosion") together with a number or a date word,
 * i.e. when it can found an event or carry its toll, or says who was blamed or claimed it. Sentences with
 * only a generic word can at most join an event found elsewhere; they are parsed only when no sentence of the article qualifies (a headline or
 * a snippet whose only report is "gunmen opened fire").
 */
public final class CueDetector implements EventDetector {
    private static final Set<Cue> GENERIC = Set.of(Cue.ATTACK, Cue.KILL);
    private final CueLexicon cues;
    private final Set<String> genericBlasts;
    private final Set<String> dateWords;
    private final Set<String> attributionWords;
    private final Set<String> tollWords;

    /**
     * @param language the bundle the cue phrases and word lists come from
     * @throws org.sitrep.lang.LanguageException if a list is missing from the bundle or malformed
     */
    public CueDetector(Language language) {
        this.cues = CueLexicon.load(language);
        this.genericBlasts = language.words("extract-generic-blasts");
        this.dateWords = language.words("extract-date-words");
        this.attributionWords = language.words("extract-attribution-words");
        this.tollWords = language.words("extract-toll-words");
    }

    @Override
    public List<CueMatch> detect(List<Token> tokens) {
        return cues.match(tokens);
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
        return generic && tokens.stream().anyMatch(this::datesOrCounts);
    }

    private boolean isGeneric(List<Token> tokens, CueMatch m) {
        return GENERIC.contains(m.cue())
                || m.cue() == Cue.IED && m.first() == m.last() && genericBlasts.contains(tokens.get(m.first()).lemma());
    }

    private boolean datesOrCounts(Token t) {
        String w = t.word().toLowerCase(java.util.Locale.ROOT);
        return t.pos().equals("CD") || dateWords.contains(w) || tollWords.contains(w)
                || attributionWords.contains(w);
    }
}
