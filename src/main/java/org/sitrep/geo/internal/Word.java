package org.sitrep.geo.internal;

import java.util.Locale;

/**
 * A word of a document as the geocoder reads it (see {@link WordView}).
 *
 * @param start         offset of the first character in the document's text
 * @param end           offset one past the last character
 * @param text          the word as written
 * @param capitalised   true when it starts with an upper-case letter, also after an article ("al-Anbar")
 * @param sentenceStart true when it is the first word of a sentence, headline or line
 */
public record Word(int start, int end, String text, boolean capitalised, boolean sentenceStart) {
    /** @return the word in lower case */
    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** @return true for an abbreviation written in capitals, such as "US" or "U.S." */
    public boolean isAbbreviation() {
        return text.length() >= 2 && text.chars().noneMatch(Character::isLowerCase);
    }
}
