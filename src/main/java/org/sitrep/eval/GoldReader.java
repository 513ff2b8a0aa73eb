package org.sitrep.eval;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.eval.internal.GoldLineParser;
import org.sitrep.eval.internal.JsonLinesFile;

/**
 * Reads a gold file: UTF-8 JSON Lines, one {@link GoldArticle} per non-blank line.
 * Thread-safe; holds no state.
 */
public final class GoldReader {
    private final JsonLinesFile lines = new JsonLinesFile();
    private final GoldLineParser parser = new GoldLineParser();

    /**
     * @param file a gold {@code .jsonl} file
     * @return its articles in file order
     * @throws GoldFormatException if the file is missing ({@code 'FILE': no such file}) or unreadable, a line
     *                             is not valid JSON ({@code 'FILE' line N: not valid JSON (reason)}), a field is
     *                             missing or mistyped, or an article id repeats
     */
    public List<GoldArticle> read(Path file) {
        return lines.read(file, parser::parse, GoldArticle::id);
    }
}
