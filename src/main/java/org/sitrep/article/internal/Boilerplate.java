package org.sitrep.article.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises lines that belong to the web page around an article rather than to the article: media stubs,
 * calls to share, subscribe or read on, rows of social-network names and lines of bare punctuation.
 * Immutable and thread-safe.
 */
public final class Boilerplate {
    private static final Pattern MEDIA_STUB = Pattern.compile("(?i)(images?|photos?|pictures?|videos?|gallery"
            + "|advertisement|advertising|ad|sponsored( content)?|getty images|file photo)\\s*:?");
    private static final Pattern MEDIA_CREDIT = Pattern.compile(
            "(?i)(image|photo|picture|video|media)( copyright| caption| credit| source|\\s*:).*");
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)(share (this|on|via)\\b|share\\s*:"
            + "|subscribe\\b|sign up\\b|click here\\b|tap here\\b|follow us\\b"
            + "|follow (\\S+ ){1,3}on (twitter|facebook|instagram|telegram|whatsapp|x)\\b"
            + "|read (more|also|next)\\b|also read\\b|see also\\b|continue reading\\b|you may also like\\b"
            + "|related\\s*:|related (articles|stories|news|coverage|content|posts|reading|topics)\\b"
            + "|recommended( for you| stories|\\s*:)|more from\\b|download (our|the) app\\b|join our\\b"
            + "|most read\\b|trending now\\b).*");
    private static final Pattern SOCIAL_ROW = Pattern.compile("(?i)((facebook|twitter|whatsapp|telegram"
            + "|linkedin|reddit|pinterest|e-?mail|print|copy link|messenger|share|tweet|x)[\\s|,·•/]*)+");
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s|:\\-–—]+$");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final int maxChars;
    private final List<Pattern> extra;

    /**
     * @param maxChars longest line, in characters, that may be a share or subscribe line
     * @param extra    further whole-line patterns that mark boilerplate
     */
    public Boilerplate(int maxChars, List<Pattern> extra) {
        this.maxChars = maxChars;
        this.extra = List.copyOf(extra);
    }

    /**
     * @param line a tidied, non-empty line
     * @return whether the line is page furniture rather than article text
     */
    public boolean matches(String line) {
        if (MEDIA_STUB.matcher(line).matches() || PUNCTUATION_ONLY.matcher(line).matches()
                || extra.stream().anyMatch(p -> p.matcher(line).matches())) {
            return true;
        }
        return line.length() <= maxChars && (CALL_TO_ACTION.matcher(line).matches()
                || MEDIA_CREDIT.matcher(line).matches() || SOCIAL_ROW.matcher(line).matches());
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
