package org.sitrep.article;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sitrep.article.internal.Boilerplate;
import org.sitrep.article.internal.RawLine;
import org.sitrep.article.internal.TextBuilder;
import org.sitrep.lang.Language;
import org.sitrep.text.OffsetMap;

/**
 * Removes web-page boilerplate from an article's raw text and tidies its white space, keeping a map from
 * every offset of the cleaned text back to the raw text.
 *
 * <p>Cleaning only ever removes characters; it never changes or inserts one, so each character of the cleaned
 * text is the character at {@link OffsetMap#toOriginal(int)} in the raw text. What counts as boilerplate comes
 * from the language bundle's {@code article-*} patterns; with the English bundle removed are: ad markers such as
 * {@code [ad_1]}; lone media stubs ({@code image}, {@code Photo}, {@code Advertisement}); short share,
 * subscribe, follow-us, read-more and related-links lines; rows of social-network names; lines of bare
 * punctuation; a line that repeats the headline or the line before it (a headline-like line said twice in a
 * row goes entirely, as such pairs are related-story links); and surplus white space.
 *
 * <p>Kept lines of one paragraph are joined by {@code "\n"}, paragraphs by one blank line ({@code "\n\n"}),
 * which the NLP stage treats as a sentence break ({@code ssplit.newlineIsSentenceBreak=two}). Sentence breaks
 * are mended where removal touched them: where a removed line had split a sentence (the text before it ends
 * without a full stop and the text after it starts in lower case) the two parts become one paragraph again;
 * where a removed line followed an unfinished line such as a headline and the next line starts a new
 * sentence, a paragraph break keeps the two apart. Instances are immutable and thread-safe.
 */
public final class ArticleCleaner {
    private enum Kind { BLANK, REMOVED, KEPT }

    private final Boilerplate boilerplate;
    private final Pattern adMarker;

    /**
     * @param config   what counts as boilerplate besides the bundle's patterns
     * @param language the bundle whose {@code article-*} patterns say which lines are boilerplate and what an
     *                 ad marker looks like
     * @throws NullPointerException if config or language is null
     * @throws org.sitrep.lang.LanguageException if one of those resources is missing or malformed
     */
    public ArticleCleaner(CleanerConfig config, Language language) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(language, "language");
        this.boilerplate = new Boilerplate(config.maxBoilerplateChars(), config.extraBoilerplate(), language);
        this.adMarker = language.pattern("article-ad-markers", 0);
    }

    /**
     * @param raw   the text as read
     * @param title the headline, so that a line repeating it can be removed; may be null
     * @return the cleaned text with its offset map
     * @throws NullPointerException if raw is null
     */
    public CleanedText clean(String raw, String title) {
        Objects.requireNonNull(raw, "raw");
        List<RawLine> lines = RawLine.split(raw, adMarker);
        Kind[] kinds = classify(lines, title == null ? null : Boilerplate.key(title));
        return assemble(lines, kinds);
    }

    private Kind[] classify(List<RawLine> lines, String titleKey) {
        Kind[] kinds = new Kind[lines.size()];
        int previous = -1;
        String previousKey = null;
        for (int i = 0; i < kinds.length; i++) {
            RawLine line = lines.get(i);
            if (line.isEmpty()) {
                kinds[i] = line.hadMarker() ? Kind.REMOVED : Kind.BLANK;
                continue;
            }
            String key = Boilerplate.key(line.text());
            boolean repeat = key.equals(previousKey);
            if (repeat && !Boilerplate.endsSentence(line.text())) {
                kinds[previous] = Kind.REMOVED;
            }
            kinds[i] = repeat || key.equals(titleKey) || boilerplate.matches(line.text()) ? Kind.REMOVED : Kind.KEPT;
            previous = i;
            previousKey = key;
        }
        return kinds;
    }

    private static CleanedText assemble(List<RawLine> lines, Kind[] kinds) {
        TextBuilder out = new TextBuilder();
        RawLine previous = null;
        boolean blankInGap = false;
        boolean removedInGap = false;
        int removed = 0;
        for (int i = 0; i < kinds.length; i++) {
            RawLine line = lines.get(i);
            blankInGap |= kinds[i] == Kind.BLANK;
            removedInGap |= kinds[i] == Kind.REMOVED;
            removed += kinds[i] == Kind.REMOVED ? 1 : 0;
            if (kinds[i] != Kind.KEPT) {
                continue;
            }
            if (previous != null) {
                out.append('\n', previous.newline());
                if (paragraphBreak(previous, line, blankInGap, removedInGap)) {
                    out.append('\n', line.start() - 1);
                }
            }
            out.append(line.text(), line.positions());
            previous = line;
            blankInGap = false;
            removedInGap = false;
        }
        return new CleanedText(out.text(), out.offsets(), removed);
    }

    /**
     * Blank lines make a paragraph break, unless a removed line had split a sentence; a removed line alone
     * makes one only after an unfinished line that the next does not continue, such as a headline.
     */
    private static boolean paragraphBreak(RawLine previous, RawLine next, boolean blankInGap, boolean removedInGap) {
        boolean unfinished = !Boilerplate.endsSentence(previous.text());
        boolean continued = unfinished && Character.isLowerCase(next.text().charAt(0));
        if (blankInGap) {
            return !(removedInGap && continued);
        }
        return removedInGap && unfinished && !continued;
    }
}
