package org.sitrep.store;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link EventStore#ingest} call did.
 *
 * @param articleId   the id the article is stored under (for a duplicate: the id it arrived with)
 * @param status      new, duplicate or near-duplicate
 * @param duplicateOf the stored article it duplicates, or null when new
 * @param created     ids of events created from this article, in the order given
 * @param merged      ids of stored events this article became a further source of, unchanged otherwise
 * @param revised     ids of stored events this article became a source of and whose fields it changed
 */
public record IngestOutcome(String articleId, ArticleStatus status, String duplicateOf, List<String> created,
                            List<String> merged, List<String> revised) {
    /** @throws NullPointerException if the id or status is null */
    public IngestOutcome {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(status, "status");
        created = List.copyOf(created);
        merged = List.copyOf(merged);
        revised = List.copyOf(revised);
    }
}
