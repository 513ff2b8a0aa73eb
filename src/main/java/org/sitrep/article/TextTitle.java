package org.sitrep.article;

/** Where the headline of a plain-text file comes from. */
public enum TextTitle {
    /**
     * The first line is the headline when it looks like one: at most {@value ReaderConfig#MAX_TITLE_CHARS}
     * characters, not ending a sentence, and followed by a blank line. A trailing separator such as
     * {@code " |"} is dropped from it.
     */
    FIRST_LINE,
    /** Plain-text files have no headline. */
    NONE
}
