package org.sitrep.eval;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.eval.internal.GeoLineParser;
import org.sitrep.eval.internal.JsonLinesFile;

/**
 * Reads a geoparsing gold file: UTF-8 JSON Lines, one {@link GeoDocument} per non-blank line, each with
 * {@code id}, {@code text} and {@code toponyms: [{start, end, latitude, longitude, geonameid?}]}.
 * Thread-safe; holds no state.
 */
public final class GeoGoldReader {
    private final JsonLinesFile lines = new JsonLinesFile();
    private final GeoLineParser gold = new GeoLineParser(GeoLineParser.Coordinates.REQUIRED);
    private final GeoLineParser spans = new GeoLineParser(GeoLineParser.Coordinates.OPTIONAL);

    /**
     * @param file a gold {@code .jsonl} file
     * @return its documents in file order
     * @throws GoldFormatException if the file is missing or unreadable, a line is not valid JSON, a field is
     *                             missing or mistyped, a span lies outside its text, or an id repeats
     */
    public List<GeoDocument> read(Path file) {
        return lines.read(file, gold::parse, GeoDocument::id);
    }

    /**
     * Reads documents that mark toponym spans, with or without their coordinates.
     *
     * @param file a {@code .jsonl} file of documents with {@code toponyms: [{start, end}]}
     * @return its documents in file order
     * @throws GoldFormatException as {@link #read}, except that coordinates may be missing
     */
    public List<GeoDocument> readSpans(Path file) {
        return lines.read(file, spans::parse, GeoDocument::id);
    }
}
