package org.sitrep.eval;

import java.util.List;
import java.util.Objects;

/**
 * One line of a gold file: an article in the Article format plus what the annotator said about it.
 *
 * @param id        stable id of the article; predictions are looked up by it
 * @param published publication date or date-time as written (ISO 8601), or null
 * @param title     headline, or null
 * @param text      body text
 * @param url       where it came from, or null
 * @param source    outlet name, or null
 * @param events    the gold events of an event file; empty when the line has no {@code events}
 * @param label     the gold sub-event type (or {@code NONE}) of a snippet file; null when the line has none
 * @param incidentId the real-world incident the article reports, shared by articles of one incident; null
 *                  when the file does not say
 */
public record GoldArticle(String id, String published, String title, String text, String url, String source,
                          List<GoldEvent> events, String label, String incidentId) {
    /** @throws NullPointerException if id or text is null */
    public GoldArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** An article without an incident id. */
    public GoldArticle(String id, String published, String title, String text, String url, String source,
                       List<GoldEvent> events, String label) {
        this(id, published, title, text, url, source, events, label, null);
    }

    /** @return the incident id, or the article id where the file gives none: the unit a split keeps whole */
    public String splitKey() {
        return incidentId != null ? incidentId : id;
    }

    /** @return true when the article is scored by its {@code label} (snippet scoring) */
    public boolean isSnippet() {
        return label != null;
    }

    /**
     * @return true when the article is scored event by event: it has gold events, or no label (an article
     *         with neither is a text with no events, where every prediction is spurious)
     */
    public boolean hasEventGold() {
        return label == null || !events.isEmpty();
    }
}
