package org.sitrep.article.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a raw text with its whitespace tidied: leading and trailing blanks, invisible characters and
 * inline ad markers dropped, inner runs of blanks cut to one. Nothing is replaced, only dropped, so every kept
 * character keeps its original offset.
 *
 * @param text      the tidied line
 * @param positions for each character of {@code text}, its offset in the raw text
 * @param start     offset of the line's first raw character
 * @param newline   offset of the {@code '\n'} that ends the line, or -1 for the last line
 * @param hadMarker whether an ad marker such as {@code [ad_1]} was dropped from the line
 */
public record RawLine(String text, int[] positions, int start, int newline, boolean hadMarker) {
    /**
     * @param raw      a whole text
     * @param adMarker an advert placeholder dropped wherever it stands, such as {@code [ad_1]}
     * @return its lines, in order; a text without newline is one line
     */
    public static List<RawLine> split(String raw, Pattern adMarker) {
        List<RawLine> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int newline = raw.indexOf('\n', start);
            int end = newline < 0 ? raw.length() : newline;
            lines.add(tidy(raw, start, end, newline, adMarker));
            if (newline < 0) {
                return lines;
            }
            start = newline + 1;
        }
    }

    private static RawLine tidy(String raw, int start, int end, int newline, Pattern adMarker) {
        boolean[] dropped = new boolean[end - start];
        Matcher marker = adMarker.matcher(raw).region(start, end);
        boolean hadMarker = false;
        while (marker.find()) {
            Arrays.fill(dropped, marker.start() - start, marker.end() - start, true);
            hadMarker = true;
        }
        StringBuilder text = new StringBuilder();
        int[] positions = new int[end - start];
        int pendingBlank = -1;
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (dropped[i - start] || isInvisible(c)) {
                continue;
            }
            if (isBlank(c)) {
                // Keep one blank per run, preferring a plain space, so no character is ever substituted.
                if (text.length() > 0 && (pendingBlank < 0 || c == ' ' && raw.charAt(pendingBlank) != ' ')) {
                    pendingBlank = i;
                }
                continue;
            }
            if (pendingBlank >= 0) {
                positions[text.length()] = pendingBlank;
                text.append(raw.charAt(pendingBlank));
                pendingBlank = -1;
            }
            positions[text.length()] = i;
            text.append(c);
        }
        return new RawLine(text.toString(), Arrays.copyOf(positions, text.length()), start, newline, hadMarker);
    }

    /** @return whether the character is horizontal white space, no-break spaces included */
    static boolean isBlank(char c) {
        return c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\uFEFF' || c == '\u00AD';
    }

    /** @return whether nothing is left of the line */
    public boolean isEmpty() {
        return text.isEmpty();
    }
}
