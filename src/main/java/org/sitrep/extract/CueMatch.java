package org.sitrep.extract;

/**
 * A cue phrase found in a sentence.
 *
 * @param cue   what kind of evidence it is
 * @param first index of its first token in the sentence
 * @param last  index of its last token (inclusive)
 */
public record CueMatch(Cue cue, int first, int last) {
    /**
     * @param other another match
     * @return true when the two share a token
     */
    public boolean overlaps(CueMatch other) {
        return first <= other.last && other.first <= last;
    }
}
