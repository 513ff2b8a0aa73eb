package org.sitrep.article.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/** Finds the headline that a plain-text news file often starts with. */
public final class TitleGuess {
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s|:\\-–—]+$");

    private TitleGuess() {
    }

    /**
     * @param text     the file's text
     * @param maxChars longest acceptable headline, in characters
     * @return the first line, less trailing separators such as {@code " |"}, when it is short, does not end a
     *         sentence and is followed by a blank line and more text; otherwise empty
     */
    public static Optional<String> firstLine(String text, int maxChars) {
        String rest = text.stripLeading();
        int end = rest.indexOf('\n');
        if (end < 0) {
            return Optional.empty();
        }
        String title = TRAILING_SEPARATORS.matcher(rest.substring(0, end).strip()).replaceAll("");
        String after = rest.substring(end + 1);
        boolean blankLineAfter = after.lines().findFirst().map(String::isBlank).orElse(false);
        if (title.isEmpty() || title.length() > maxChars || Boilerplate.endsSentence(title)
                || !blankLineAfter || after.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(title);
    }
}
