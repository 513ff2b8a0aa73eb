package org.sitrep.article.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code '\n'} (a {@code '\r'} before it is dropped) without ever holding
 * more than a set number of bytes of one line. Not thread-safe.
 */
public final class ByteLines {
    /**
     * @param number 1-based line number
     * @param bytes  the line without its line end, or null when it was longer than the limit
     * @param length the line's length in bytes, counted in full even when it was too long
     */
    public record ByteLine(int number, byte[] bytes, long length) {
    }

    private final InputStream in;
    private final long maxBytes;
    private int number;
    private boolean ended;

    /**
     * @param in       the stream, ideally buffered; not closed here
     * @param maxBytes longest line kept, in bytes
     */
    public ByteLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /**
     * @return the next line, or null at the end of the stream
     * @throws IOException if the stream cannot be read
     */
    public ByteLine next() throws IOException {
        if (ended) {
            return null;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (length++ < maxBytes) {
                line.write(b);
            }
        }
        ended = b < 0;
        if (ended && length == 0) {
            return null;
        }
        number++;
        byte[] bytes = line.toByteArray();
        if (length > maxBytes) {
            return new ByteLine(number, null, length);
        }
        boolean cr = bytes.length > 0 && bytes[bytes.length - 1] == '\r';
        return new ByteLine(number, cr ? Arrays.copyOf(bytes, bytes.length - 1) : bytes, length);
    }
}
