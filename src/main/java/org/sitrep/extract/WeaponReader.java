package org.sitrep.extract;

import java.util.Optional;
import org.sitrep.text.Sentence;

/**
 * Weapon: the family of weapon a sentence names for its event ("rockets", "IED", "small arms"), with the word
 * that names it. Implementations are immutable and thread-safe.
 */
public interface WeaponReader {
    /**
     * @param sentence the sentence
     * @param trigger  a trigger of it
     * @return the weapon family and its span, preferring words nearest the trigger; empty when none is named
     */
    Optional<Found<String>> read(Sentence sentence, Trigger trigger);
}
