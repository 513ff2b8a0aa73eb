package org.sitrep.eval.internal;

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
import java.util.function.Function;
import org.sitrep.eval.GoldFormatException;
import org.sitrep.util.Json;

/**
 * Reads a gold file of UTF-8 JSON Lines into values, one per non-blank line, with the error messages
 * every gold reader shares. Thread-safe; holds no state.
 */
public final class JsonLinesFile {
    // A line holds exactly one value: text after it means two records ran together.
    private final ObjectReader json = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** A line's value could not be built; the message names the field and what is wrong with it. */
    public static class BadLineException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param message what is wrong, e.g. {@code missing field 'text'} */
        public BadLineException(String message) {
            super(message);
        }
    }

    /**
     * @param file   the gold file
     * @param parser builds a value from a line's JSON; throws {@link BadLineException} on a bad field
     * @param id     the id of a value, which must be unique in the file
     * @param <T>    the value type
     * @return the values in file order
     * @throws GoldFormatException if the file is missing ({@code 'FILE': no such file}) or unreadable, a line
     *                             is not valid JSON ({@code 'FILE' line N: not valid JSON (reason)}), a field is
     *                             missing or mistyped, or an id repeats
     */
    public <T> List<T> read(Path file, Function<JsonNode, T> parser, Function<T, String> id) {
        List<T> values = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                T value = parse(file, number, line, parser);
                Integer first = lineOfId.putIfAbsent(id.apply(value), number);
                if (first != null) {
                    throw new GoldFormatException(file, number,
                            "article id '" + id.apply(value) + "' already used on line " + first, null);
                }
                values.add(value);
            }
        } catch (NoSuchFileException e) {
            throw new GoldFormatException(file, 0, "no such file", e);
        } catch (IOException e) {
            throw new GoldFormatException(file, 0, "cannot read (" + e.getMessage() + ")", e);
        }
        return values;
    }

    private <T> T parse(Path file, int number, String line, Function<JsonNode, T> parser) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(file, number, "not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        try {
            return parser.apply(node);
        } catch (BadLineException e) {
            throw new GoldFormatException(file, number, e.getMessage(), e);
        }
    }
}
