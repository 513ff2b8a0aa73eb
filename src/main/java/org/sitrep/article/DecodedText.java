package org.sitrep.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Text decoded from the bytes of an input, with a count of the byte sequences that could not be decoded and
 * were replaced by U+FFFD. Every reader of bytes (files, HTTP bodies) decodes through here, so that broken input
 * is read leniently and noted the same way in {@link Article#warnings()}.
 *
 * @param text      the decoded text
 * @param malformed how many malformed or unmappable byte sequences were replaced, 0 or more
 */
public record DecodedText(String text, int malformed) {
    /**
     * @throws NullPointerException     if text is null
     * @throws IllegalArgumentException if malformed is negative
     */
    public DecodedText {
        Objects.requireNonNull(text, "text");
        if (malformed < 0) {
            throw new IllegalArgumentException("malformed must be 0 or more, was " + malformed);
        }
    }

    /**
     * Decodes UTF-8 leniently.
     *
     * @param bytes  the bytes to decode
     * @param offset first byte
     * @param length number of bytes
     * @return the text, each malformed or unmappable sequence replaced by U+FFFD, and how many were replaced
     */
    public static DecodedText utf8(byte[] bytes, int offset, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        int malformed = 0;
        CoderResult result = decoder.decode(in, out, true);
        while (result.isError()) {
            out.put('\uFFFD');
            in.position(in.position() + result.length());
            malformed++;
            result = decoder.decode(in, out, true);
        }
        // At most one char per byte plus one, so the output buffer cannot overflow.
        decoder.flush(out);
        return new DecodedText(out.flip().toString(), malformed);
    }

    /**
     * @param bytes the bytes to decode, all of them
     * @return the text and the number of replaced sequences, as {@link #utf8(byte[], int, int)}
     */
    public static DecodedText utf8(byte[] bytes) {
        return utf8(bytes, 0, bytes.length);
    }

    /**
     * @param where the input, quoted, e.g. {@code 'a.txt'} or {@code 'a.jsonl' line 3}
     * @return a warning about the replaced byte sequences, or none when there were none
     */
    public List<String> warnings(String where) {
        if (malformed == 0) {
            return List.of();
        }
        return List.of(where + " is not valid UTF-8: " + malformed + " malformed byte sequence"
                + (malformed == 1 ? "" : "s") + " replaced with U+FFFD");
    }
}
