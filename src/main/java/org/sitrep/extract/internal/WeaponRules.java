package org.sitrep.extract.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.Found;
import org.sitrep.extract.Trigger;
import org.sitrep.extract.WeaponReader;
import org.sitrep.lang.Language;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;
import org.sitrep.text.Token;

/**
 * The rules of the weapon stage: names the weapon family a sentence mentions, from the fixed vocabulary of the Event format
 * ({@code rocket}, {@code mortar}, {@code artillery}, {@code IED}, {@code drone}, {@code aircraft},
 * {@code grenade}, {@code suicide vest}, {@code small arms}, {@code knife}, {@code tear gas},
 * {@code chemical}). Ground-launched missiles count as rockets: reports use the words interchangeably.
 */
public final class WeaponRules implements WeaponReader {
    private final Map<String, String> families;

    /**
     * @param language the bundle the weapon words come from
     * @throws org.sitrep.lang.LanguageException if the table is missing from the bundle or malformed
     */
    public WeaponRules(Language language) {
        this.families = language.map("extract-weapon-families");
    }

    /**
     * A weapon named in the sentence, preferring the words nearest the trigger.
     *
     * @param sentence the sentence
     * @param trigger  the trigger
     * @return the weapon family and the span of the token that names it
     */
    @Override
    public Optional<Found<String>> read(Sentence sentence, Trigger trigger) {
        List<Token> tokens = sentence.tokens();
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : tokens) {
            String family = families.get(t.word().toLowerCase());
            if (family == null || t.word().equals("tear") && !nextIs(tokens, t.index(), "gas")) {
                continue;
            }
            int distance = t.index() < trigger.first() ? trigger.first() - t.index()
                    : Math.max(0, t.index() - trigger.last());
            if (distance < bestDistance) {
                best = t.index();
                bestDistance = distance;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        String family = families.get(tokens.get(best).word().toLowerCase());
        if (family.equals("IED") && trigger.type() == org.sitrep.extract.SubEventType.SUICIDE_BOMB) {
            family = "suicide vest";
        }
        Token named = tokens.get(best);
        return Optional.of(new Found<>(family, new Span(named.start(), named.end())));
    }

    private static boolean nextIs(List<Token> tokens, int index, String word) {
        return index + 1 < tokens.size() && tokens.get(index + 1).word().equalsIgnoreCase(word);
    }
}
