package org.sitrep.store.internal;

import org.sitrep.extract.Span;

/**
 * Cuts the sentence around a span out of an article text, for showing evidence.
 */
public final class Sentences {
    private Sentences() {
    }

    /**
     * @param text the cleaned article text
     * @param span a span in it, or null
     * @return the sentence (or sentences) containing the span, trimmed; null when the span is null or outside
     */
    public static String around(String text, Span span) {
        if (span == null || span.end() > text.length()) {
            return null;
        }
        int start = span.start();
        while (start > 0 && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = Math.max(span.end(), start);
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        return text.substring(start, Math.min(text.length(), end + 1)).trim();
    }

    /** A full stop, question or exclamation mark followed by white space, or a line break. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        boolean mark = c == '.' || c == '!' || c == '?';
        return mark && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }
}
