package org.sitrep.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.article.Article;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.ReadResult;
import org.sitrep.util.Json;
import org.sitrep.web.BadRequestException;
import org.sitrep.web.Problem;

/**
 * Reads the body of {@code POST /api/articles}: one Article-format JSON object, or a JSON array of them. Each is
 * read and cleaned as a line of a JSON Lines file would be; every article must be readable or none is taken.
 */
public final class ArticleIntake {
    private final ArticleReader reader;

    /** @param reader reads and cleans each article */
    public ArticleIntake(ArticleReader reader) {
        this.reader = reader;
    }

    /**
     * @param body the request body, UTF-8
     * @return the articles, in the order given
     * @throws BadRequestException naming each article that cannot be read (parameter {@code body})
     */
    public List<Article> read(byte[] body) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (java.io.IOException e) {
            throw bad("must be an Article JSON object or an array of them: the JSON cannot be parsed");
        }
        if (root == null || !root.isObject() && !root.isArray()) {
            throw bad("must be an Article JSON object or an array of them");
        }
        if (root.isArray() && root.isEmpty()) {
            throw bad("holds an empty array: no articles to ingest");
        }
        StringBuilder lines = new StringBuilder();
        for (JsonNode item : root.isArray() ? root : List.of(root)) {
            lines.append(compact(item)).append('\n');
        }
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (Stream<ReadResult> results = reader.readJsonLines("body",
                new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)), null)) {
            results.forEach(r -> {
                if (r instanceof ReadResult.Ok ok) {
                    articles.add(ok.article());
                } else {
                    problems.add(new Problem("body", ((ReadResult.Failed) r).message()));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return articles;
    }

    private static String compact(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot re-write parsed JSON", e);
        }
    }

    private static BadRequestException bad(String problem) {
        return new BadRequestException(List.of(new Problem("body", problem)));
    }
}
