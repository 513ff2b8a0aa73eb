package org.sitrep.store.internal;

import org.sitrep.text.Span;

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
        Span sentence = bounds(text, span);
        return sentence == null ? null : text.substring(sentence.start(), sentence.end());
    }

    /**
     * @param text the cleaned article text
     * @param span a span in it, or null
     * @return where the span lies inside the sentence {@link #around} returns, clipped to it; null when that
     *         sentence is null
     */
    public static Span within(String text, Span span) {
        Span sentence = bounds(text, span);
        if (sentence == null) {
            return null;
        }
        int start = Math.max(span.start(), sentence.start()) - sentence.start();
        int end = Math.min(span.end(), sentence.end()) - sentence.start();
        return new Span(start, Math.max(start, end));
    }

    /** @return the trimmed sentence around the span as a span of the text, or null */
    private static Span bounds(String text, Span span) {
        if (span == null || span.end() > text.length()) {
            return null;
        }
        int start = span.start();
        while (start > 0 && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = Math.min(text.length(), Math.max(span.end(), start));
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        end = Math.min(text.length(), end + 1);
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
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
