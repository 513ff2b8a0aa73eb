package org.sitrep.article.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.article.ArticleReadException;
import org.sitrep.article.DecodedText;
import org.sitrep.util.ByteSize;

/**
 * Opens input files with the checks every reader needs, each failing with a message that names the file:
 * missing, unreadable, empty, binary, or over the size limit.
 */
public final class FileInput {
    /** How much of a file is inspected to tell text from binary data, in bytes. */
    public static final int SNIFF_BYTES = 8192;

    /** Share of control bytes and broken UTF-8 above which a file is taken for binary data. */
    private static final double MAX_NON_TEXT_SHARE = 0.1;

    private FileInput() {
    }

    /**
     * Reads a whole file that holds one article, never more than {@code maxBytes + 1} bytes of it.
     *
     * @param path     the file
     * @param maxBytes largest size accepted, in bytes
     * @return the file's bytes
     * @throws ArticleReadException if the file is missing, unreadable, empty, binary or too large
     */
    public static byte[] readAll(Path path, long maxBytes) {
        try (InputStream in = open(path)) {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw tooLarge(quoted(path), size, maxBytes);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(quoted(path), Math.max(size, bytes.length), maxBytes);
            }
            checkContent(path, bytes, bytes.length);
            return bytes;
        } catch (IOException e) {
            throw ArticleReadException.cannotRead(path, e);
        }
    }

    /**
     * Opens a file of many articles for streaming, after checking its start.
     *
     * @param path the file
     * @return a buffered stream positioned at the start of the file; the caller closes it
     * @throws ArticleReadException if the file is missing, unreadable, empty or binary
     */
    public static InputStream openChecked(Path path) {
        InputStream in = null;
        try {
            in = open(path);
            in.mark(SNIFF_BYTES);
            byte[] start = in.readNBytes(SNIFF_BYTES);
            in.reset();
            checkContent(path, start, start.length);
            return in;
        } catch (IOException | ArticleReadException e) {
            closeQuietly(in);
            if (e instanceof ArticleReadException failure) {
                throw failure;
            }
            throw ArticleReadException.cannotRead(path, (IOException) e);
        }
    }

    /**
     * @param where    the input as it appears in messages, already quoted
     * @param size     its size, in bytes
     * @param maxBytes the limit, in bytes
     * @return the failure for an input over the limit
     */
    public static ArticleReadException tooLarge(String where, long size, long maxBytes) {
        return new ArticleReadException(where, where + " is " + ByteSize.format(size) + ", over the "
                + ByteSize.format(maxBytes) + " limit for one article: split it or raise --max-bytes");
    }

    /**
     * @param path a file
     * @return its name as messages show it
     */
    public static String quoted(Path path) {
        return "'" + path + "'";
    }

    /**
     * @param path a file
     * @return the failure for a file with no content
     */
    public static ArticleReadException empty(Path path) {
        return new ArticleReadException(path.toString(), quoted(path) + " is empty: nothing to extract");
    }

    private static InputStream open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException("it is a directory");
        }
        return new BufferedInputStream(Files.newInputStream(path));
    }

    private static void checkContent(Path path, byte[] bytes, int length) {
        if (length == 0) {
            throw empty(path);
        }
        if (looksBinary(bytes, Math.min(length, SNIFF_BYTES))) {
            throw new ArticleReadException(path.toString(),
                    quoted(path) + " looks like a binary file, not text or HTML: skipped");
        }
    }

    private static boolean looksBinary(byte[] bytes, int length) {
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                control++;
            }
        }
        int broken = DecodedText.utf8(bytes, 0, length).malformed();
        return control + broken > MAX_NON_TEXT_SHARE * length;
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            // nothing was read from it; the failure being reported matters more
        }
    }
}
