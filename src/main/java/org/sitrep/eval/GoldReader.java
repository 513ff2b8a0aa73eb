package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.internal.GoldLineParser;
import org.sitrep.internal.Json;

/**
 * Reads a gold file: UTF-8 JSON Lines, one {@link GoldArticle} per non-blank line.
 * Thread-safe; holds no state.
 */
public final class GoldReader {
    // A line holds exactly one value: text after it means two articles ran together.
    private final ObjectReader json = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final GoldLineParser parser = new GoldLineParser();

    /**
     * @param file a gold {@code .jsonl} file
     * @return its articles in file order
     * @throws GoldFormatException if the file is missing ({@code 'FILE': no such file}) or unreadable, a line
     *                             is not valid JSON ({@code 'FILE' line N: not valid JSON (reason)}), a field is
     *                             missing or mistyped, or an article id repeats
     */
    public List<GoldArticle> read(Path file) {
        List<GoldArticle> articles = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                GoldArticle article = parse(file, number, line);
                Integer first = lineOfId.putIfAbsent(article.id(), number);
                if (first != null) {
                    throw new GoldFormatException(file, number,
                            "article id '" + article.id() + "' already used on line " + first, null);
                }
                articles.add(article);
            }
        } catch (NoSuchFileException e) {
            throw new GoldFormatException(file, 0, "no such file", e);
        } catch (IOException e) {
            throw new GoldFormatException(file, 0, "cannot read (" + e.getMessage() + ")", e);
        }
        return articles;
    }

    private GoldArticle parse(Path file, int number, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(file, number, "not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        try {
            return parser.parse(node);
        } catch (GoldLineParser.BadFieldException e) {
            throw new GoldFormatException(file, number, e.getMessage(), e);
        }
    }
}
