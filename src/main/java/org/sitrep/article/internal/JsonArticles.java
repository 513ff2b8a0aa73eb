package org.sitrep.article.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.article.ArticleFactory;
import org.sitrep.article.ArticleReadException;
import org.sitrep.article.ContentType;
import org.sitrep.article.RawArticle;
import org.sitrep.article.ReadResult;
import org.sitrep.time.DateFormatException;
import org.sitrep.time.DateResolver;
import org.sitrep.util.Json;

/**
 * Reads articles in the Article format of {@code formats.md}: {@code id}, {@code published}, {@code title},
 * {@code text} or {@code html}, {@code url}, {@code source}; other fields are ignored. Thread-safe.
 */
public final class JsonArticles {
    private static final int MAX_REASON_CHARS = 80;
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.+?)'");
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code");

    private final ObjectReader reader = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final ArticleFactory factory;

    /**
     * One JSON item of an input file, named for messages.
     *
     * @param input     the input as {@link ReadResult.Failed#input()} names it, e.g. {@code data.jsonl line 7}
     * @param where     the same, quoted for messages, e.g. {@code 'data.jsonl' line 7}
     * @param skipped   what happens to a bad item, e.g. {@code line skipped}
     * @param defaultId the id when the item has none
     */
    public record Item(String input, String where, String skipped, String defaultId) {
    }

    /** @param factory what builds the articles */
    public JsonArticles(ArticleFactory factory) {
        this.factory = factory;
    }

    /**
     * @param item             which item this is
     * @param json             its JSON text
     * @param defaultPublished publication day when the item gives none; may be null
     * @param warnings         what reading noticed about the item so far
     * @return the article, or why there is none
     */
    public ReadResult read(Item item, String json, LocalDate defaultPublished, List<String> warnings) {
        try {
            return read(item, parse(item, json), defaultPublished, warnings);
        } catch (ArticleReadException e) {
            return e.toResult();
        }
    }

    /**
     * @param item             which item this is
     * @param node             the parsed item
     * @param defaultPublished publication day when the item gives none; may be null
     * @param warnings         what reading noticed about the item so far
     * @return the article, or why there is none
     */
    public ReadResult read(Item item, JsonNode node, LocalDate defaultPublished, List<String> warnings) {
        try {
            return new ReadResult.Ok(factory.build(toRaw(item, node, defaultPublished, warnings))
                    .orElseThrow(() -> fail(item, "no article text once boilerplate is removed")));
        } catch (ArticleReadException e) {
            return e.toResult();
        }
    }

    /**
     * @param item which item this is
     * @param json its JSON text
     * @return the parsed JSON value
     * @throws ArticleReadException if the text is not valid JSON
     */
    public JsonNode parse(Item item, String json) {
        try {
            return reader.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            throw fail(item, "not valid JSON (" + reason(e) + ")");
        }
    }

    private RawArticle toRaw(Item item, JsonNode node, LocalDate defaultPublished, List<String> warnings) {
        if (!node.isObject()) {
            throw fail(item, "not valid JSON (expected an object {...}, found " + kind(node) + ")");
        }
        String text = string(node, "text");
        String html = string(node, "html");
        if (isBlank(text) && isBlank(html)) {
            throw fail(item, "no \"text\" or \"html\" field");
        }
        String id = string(node, "id");
        return new RawArticle(isBlank(id) ? item.defaultId() : id, published(item, node, defaultPublished),
                string(node, "title"), isBlank(text) ? html : text, isBlank(text) ? ContentType.HTML : ContentType.TEXT,
                string(node, "url"), string(node, "source"), warnings);
    }

    private static LocalDate published(Item item, JsonNode node, LocalDate defaultPublished) {
        JsonNode value = node.get("published");
        if (value == null || value.isNull()) {
            return defaultPublished;
        }
        String text = value.isTextual() ? value.asText() : value.toString();
        try {
            return DateResolver.parsePublished(text);
        } catch (DateFormatException e) {
            throw new ArticleReadException(item.input(), item.where() + ": unknown date format '" + text
                    + "' in \"published\": use YYYY-MM-DD or an ISO 8601 date-time");
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            default -> "null";
        };
    }

    /** Says in a few words what is wrong, in stable wording for the usual cases, else Jackson's own words. */
    private static String reason(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "the text ends before the JSON value is complete";
        }
        String message = String.valueOf(e.getOriginalMessage());
        Matcher unexpected = UNEXPECTED_CHARACTER.matcher(message);
        if (unexpected.lookingAt()) {
            return "unexpected character '" + unexpected.group(1) + "'";
        }
        Matcher word = UNRECOGNIZED_TOKEN.matcher(message);
        if (word.lookingAt()) {
            return "unquoted word '" + word.group(1) + "': strings need double quotes";
        }
        message = message.lines().findFirst().orElse("").strip();
        return message.length() <= MAX_REASON_CHARS ? message : message.substring(0, MAX_REASON_CHARS - 3) + "...";
    }

    private static ArticleReadException fail(Item item, String problem) {
        return new ArticleReadException(item.input(), item.where() + ": " + problem + ": " + item.skipped());
    }
}
