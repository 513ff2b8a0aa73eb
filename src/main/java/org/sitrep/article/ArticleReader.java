package org.sitrep.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sitrep.article.internal.ByteLines;
import org.sitrep.article.internal.Directory;
import org.sitrep.article.internal.FileInput;
import org.sitrep.article.internal.JsonArticles;
import org.sitrep.article.internal.JsonLines;
import org.sitrep.article.internal.TitleGuess;
import org.sitrep.lang.Language;

/**
 * Reads news inputs into cleaned {@link Article}s, one {@link ReadResult} per input item.
 *
 * <p>Inputs: a {@code .txt} file (id = file name without extension; headline per {@link TextTitle}); an
 * {@code .html}/{@code .htm} file (see {@link HtmlExtractor}); a {@code .jsonl} file of one article per line, or a
 * {@code .json} file of one article or an array of them, in the Article format of {@code formats.md}; a file
 * with any other extension, given by name, is read as plain text; a directory is read recursively, files
 * sorted by path, each file not ending in {@code .txt .html .htm .jsonl .json} noted as skipped and hidden
 * ones passed over.
 *
 * <p>Bad input is normal input: a missing, unreadable, empty, binary or oversized file, or a bad JSON line, is a
 * {@link ReadResult.Failed} with a message naming it and saying what to do, and reading goes on. Invalid UTF-8
 * is decoded with U+FFFD and noted in {@link Article#warnings()}. Immutable and thread-safe.
 */
public final class ArticleReader {
    private final ReaderConfig config;
    private final ArticleFactory factory;
    private final JsonArticles json;

    /** A reader with {@link ReaderConfig#DEFAULT} and the English bundle. */
    public ArticleReader() {
        this(ReaderConfig.DEFAULT);
    }

    /**
     * A reader with the English bundle, for callers that have no bundle of their own to pass.
     *
     * @param config limits and cleaning settings
     * @throws NullPointerException if config is null
     */
    public ArticleReader(ReaderConfig config) {
        this(config, Language.english());
    }

    /**
     * @param config   limits and cleaning settings
     * @param language the bundle whose {@code article-*} resources say what boilerplate looks like
     * @throws NullPointerException if config or language is null
     * @throws org.sitrep.lang.LanguageException if one of those resources is missing or malformed
     */
    public ArticleReader(ReaderConfig config, Language language) {
        this.config = Objects.requireNonNull(config, "config");
        this.factory = new ArticleFactory(new ArticleCleaner(config.cleaner(), language), new HtmlExtractor(language));
        this.json = new JsonArticles(factory);
    }

    /**
     * Reads lazily; close the stream (try-with-resources) to release an open {@code .jsonl} file early.
     *
     * @param input            a file or directory
     * @param defaultPublished publication day of articles whose input gives none; may be null
     * @return one result per article or failure, in input order; never throws for a bad item
     * @throws NullPointerException if input is null
     */
    public Stream<ReadResult> read(Path input, LocalDate defaultPublished) {
        Objects.requireNonNull(input, "input");
        if (!Files.isDirectory(input)) {
            return readFile(input, defaultPublished);
        }
        try {
            return Directory.list(input).stream().flatMap(entry -> entry.note() != null
                    ? Stream.of(entry.note()) : readFile(entry.path(), defaultPublished));
        } catch (IOException e) {
            return Stream.of(ArticleReadException.cannotRead(input, e).toResult());
        }
    }

    /**
     * Like {@link #read(Path, LocalDate)}, handing each result to a callback as it is read.
     *
     * @param input            a file or directory
     * @param defaultPublished publication day of articles whose input gives none; may be null
     * @param sink             receives each result, in input order
     * @throws NullPointerException if input or sink is null
     */
    public void read(Path input, LocalDate defaultPublished, Consumer<? super ReadResult> sink) {
        Objects.requireNonNull(sink, "sink");
        try (Stream<ReadResult> results = read(input, defaultPublished)) {
            results.forEach(sink);
        }
    }

    /**
     * Reads one article that arrived other than as a file, e.g. in an HTTP request.
     *
     * @param input     how messages name it
     * @param id        the article id
     * @param published publication day, or null
     * @param content   the text or HTML
     * @param type      how {@code content} is written
     * @return the article, or why there is none
     * @throws NullPointerException if input, id, content or type is null
     */
    public ReadResult readContent(String input, String id, LocalDate published, String content, ContentType type) {
        Objects.requireNonNull(input, "input");
        RawArticle raw = RawArticle.of(Objects.requireNonNull(id, "id"), published,
                Objects.requireNonNull(content, "content"), Objects.requireNonNull(type, "type"), List.of());
        return build(raw, input, "'" + input + "' has no article text once boilerplate is removed: nothing to extract");
    }

    /**
     * Reads articles in the JSON Lines Article format from a stream, e.g. an HTTP request body.
     *
     * @param input            how messages name the stream
     * @param in               the stream; the caller closes it
     * @param defaultPublished publication day of lines that give none; may be null
     * @return one result per non-blank line, read lazily
     * @throws NullPointerException if input or in is null
     */
    public Stream<ReadResult> readJsonLines(String input, InputStream in, LocalDate defaultPublished) {
        ByteLines lines = new ByteLines(Objects.requireNonNull(in, "in"), config.maxBytes());
        return StreamSupport.stream(new JsonLines(json, lines, Objects.requireNonNull(input, "input"), input,
                config.maxBytes(), defaultPublished), false);
    }

    private Stream<ReadResult> readFile(Path file, LocalDate defaultPublished) {
        try {
            return switch (Directory.extension(file)) {
                case "jsonl" -> readJsonLinesFile(file, defaultPublished);
                case "json" -> readJsonFile(file, defaultPublished);
                case "html", "htm" -> Stream.of(readWhole(file, defaultPublished, ContentType.HTML));
                default -> Stream.of(readWhole(file, defaultPublished, ContentType.TEXT));
            };
        } catch (ArticleReadException e) {
            return Stream.of(e.toResult());
        }
    }

    private ReadResult readWhole(Path file, LocalDate published, ContentType type) {
        String where = FileInput.quoted(file);
        DecodedText decoded = decode(file);
        RawArticle raw = RawArticle.of(Directory.stem(file), published, decoded.text(), type,
                decoded.warnings(where));
        if (type == ContentType.TEXT && config.textTitle() == TextTitle.FIRST_LINE) {
            raw = raw.withTitle(TitleGuess.firstLine(raw.content(), ReaderConfig.MAX_TITLE_CHARS).orElse(null));
        }
        return build(raw, file.toString(), where + " has no article text once boilerplate is removed: nothing to extract");
    }

    private ReadResult build(RawArticle raw, String input, String messageIfEmpty) {
        return factory.build(raw).<ReadResult>map(ReadResult.Ok::new)
                .orElseGet(() -> new ReadResult.Failed(input, messageIfEmpty));
    }

    private Stream<ReadResult> readJsonLinesFile(Path file, LocalDate defaultPublished) {
        InputStream in = FileInput.openChecked(file);
        ByteLines lines = new ByteLines(in, config.maxBytes());
        JsonLines results = new JsonLines(json, lines, file.toString(), Directory.stem(file), config.maxBytes(),
                defaultPublished);
        return StreamSupport.stream(results, false).onClose(() -> close(in));
    }

    private Stream<ReadResult> readJsonFile(Path file, LocalDate defaultPublished) {
        String name = file.toString();
        String where = FileInput.quoted(file);
        String stem = Directory.stem(file);
        DecodedText decoded = decode(file);
        List<String> warnings = decoded.warnings(where);
        JsonNode node = json.parse(new JsonArticles.Item(name, where, "skipped", stem), decoded.text());
        if (!node.isArray()) {
            return Stream.of(json.read(new JsonArticles.Item(name, where, "skipped", stem), node, defaultPublished,
                    warnings));
        }
        return IntStream.rangeClosed(1, node.size()).mapToObj(n -> json.read(new JsonArticles.Item(
                name + " item " + n, where + " item " + n, "item skipped", stem + "-item" + n), node.get(n - 1),
                defaultPublished, warnings));
    }

    private DecodedText decode(Path file) {
        DecodedText decoded = DecodedText.utf8(FileInput.readAll(file, config.maxBytes()));
        if (decoded.text().isBlank()) {
            throw FileInput.empty(file);
        }
        return decoded;
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // everything wanted was read; a failure to release the file changes no result
        }
    }
}
