package org.sitrep.text;

/**
 * One token of an annotated sentence.
 *
 * @param index position in its sentence, from 0
 * @param word  the token as written
 * @param lemma its lemma, lower-cased
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   named-entity class ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code MISC}) or
 *              {@code O}; {@code O} for sentences that were not deeply annotated
 * @param start offset of its first character in the cleaned article text
 * @param end   offset one past its last character
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {

    /** @return true for any verb tag */
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** @return true for nouns, common or proper */
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    /** @return true when NER tagged this token as part of an entity */
    public boolean isEntity() {
        return !ner.equals("O");
    }
}
