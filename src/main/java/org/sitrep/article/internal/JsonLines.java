package org.sitrep.article.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Spliterators;
import java.util.function.Consumer;
import org.sitrep.article.DecodedText;
import org.sitrep.article.ReadResult;

/**
 * The articles of a JSON Lines stream, read one line at a time: one result per non-blank line, each bad line
 * its own failure. Not thread-safe, like any spliterator.
 */
public final class JsonLines extends Spliterators.AbstractSpliterator<ReadResult> {
    private final JsonArticles articles;
    private final ByteLines lines;
    private final String name;
    private final String stem;
    private final long maxBytes;
    private final LocalDate defaultPublished;
    private boolean sawArticle;
    private boolean done;

    /**
     * @param articles         what reads one line
     * @param lines            the stream's lines, each at most {@code maxBytes} long
     * @param name             the input as the user named it
     * @param stem             base of the ids of lines without one, e.g. the file name without extension
     * @param maxBytes         longest line accepted, in bytes
     * @param defaultPublished publication day of lines that give none; may be null
     */
    public JsonLines(JsonArticles articles, ByteLines lines, String name, String stem, long maxBytes,
                     LocalDate defaultPublished) {
        super(Long.MAX_VALUE, ORDERED | NONNULL);
        this.articles = articles;
        this.lines = lines;
        this.name = name;
        this.stem = stem;
        this.maxBytes = maxBytes;
        this.defaultPublished = defaultPublished;
    }

    @Override
    public boolean tryAdvance(Consumer<? super ReadResult> action) {
        while (!done) {
            ReadResult result = next();
            if (result != null) {
                action.accept(result);
                return true;
            }
        }
        return false;
    }

    /** @return the next result, or null for a blank line or the end of the stream */
    private ReadResult next() {
        ByteLines.ByteLine line;
        try {
            line = lines.next();
        } catch (IOException e) {
            done = true;
            return new ReadResult.Failed(name, "cannot read '" + name + "' to the end: " + e.getMessage());
        }
        if (line == null) {
            done = true;
            return sawArticle ? null : new ReadResult.Failed(name, "'" + name + "' is empty: nothing to extract");
        }
        String where = "'" + name + "' line " + line.number();
        JsonArticles.Item item = new JsonArticles.Item(name + " line " + line.number(), where, "line skipped",
                stem + "-line" + line.number());
        if (line.bytes() == null) {
            sawArticle = true;
            return FileInput.tooLarge(where, line.length(), maxBytes).toResult();
        }
        DecodedText decoded = DecodedText.utf8(line.bytes());
        if (decoded.text().isBlank()) {
            return null;
        }
        sawArticle = true;
        return articles.read(item, decoded.text(), defaultPublished, decoded.warnings(where));
    }
}
