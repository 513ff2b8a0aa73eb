package org.sitrep.article.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.lang.Language;

/**
 * Recognises lines that belong to the web page around an article rather than to the article: media stubs,
 * calls to share, subscribe or read on, rows of social-network names and lines of bare punctuation. The
 * words come from the language bundle's {@code article-*} patterns. Immutable and thread-safe.
 */
public final class Boilerplate {
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s|:\\-–—]+$");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final int maxChars;
    private final List<Pattern> extra;
    private final Pattern mediaStub;
    private final Pattern mediaCredit;
    private final Pattern callToAction;
    private final Pattern socialRow;

    /**
     * @param maxChars longest line, in characters, that may be a share or subscribe line
     * @param extra    further whole-line patterns that mark boilerplate
     * @param language the bundle whose {@code article-media-stubs}, {@code article-media-credits},
     *                 {@code article-calls-to-action} and {@code article-social-rows} patterns are read
     * @throws org.sitrep.lang.LanguageException if one of those resources is missing or malformed
     */
    public Boilerplate(int maxChars, List<Pattern> extra, Language language) {
        this.maxChars = maxChars;
        this.extra = List.copyOf(extra);
        this.mediaStub = language.pattern("article-media-stubs", 0);
        this.mediaCredit = language.pattern("article-media-credits", 0);
        this.callToAction = language.pattern("article-calls-to-action", 0);
        this.socialRow = language.pattern("article-social-rows", 0);
    }

    /**
     * @param line a tidied, non-empty line
     * @return whether the line is page furniture rather than article text
     */
    public boolean matches(String line) {
        if (mediaStub.matcher(line).matches() || PUNCTUATION_ONLY.matcher(line).matches()
                || extra.stream().anyMatch(p -> p.matcher(line).matches())) {
            return true;
        }
        return line.length() <= maxChars && (callToAction.matcher(line).matches()
                || mediaCredit.matcher(line).matches() || socialRow.matcher(line).matches());
    }

    /**
     * The form in which two lines, or a line and a headline, are compared: case, quote style, inner blanks and
     * trailing separators such as the {@code " |"} before a site name do not count.
     *
     * @param line a line or headline
     * @return the comparison key
     */
    public static String key(String line) {
        String unified = line.replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
        String trimmed = TRAILING_SEPARATORS.matcher(unified.strip()).replaceAll("");
        return BLANKS.matcher(trimmed).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * @param line a tidied line
     * @return whether it ends a sentence: with {@code . ! ?} or an ellipsis, possibly before closing quotes
     *         or brackets
     */
    public static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"'\u201D\u2019)]\u00BB".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?\u2026".indexOf(line.charAt(i)) >= 0;
    }
}
