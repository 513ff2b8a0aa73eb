package org.sitrep.article.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 leniently while counting what it had to replace. */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * @param text      the decoded text, each malformed or unmappable byte sequence replaced by U+FFFD
     * @param malformed how many sequences were replaced
     */
    public record Decoded(String text, int malformed) {
    }

    /**
     * @param bytes  the bytes to decode
     * @param offset first byte
     * @param length number of bytes
     * @return the text and the number of replaced sequences
     */
    public static Decoded decode(byte[] bytes, int offset, int length) {
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
        return new Decoded(out.flip().toString(), malformed);
    }

    /**
     * @param bytes the bytes to decode, all of them
     * @return the text and the number of replaced sequences
     */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }
}
