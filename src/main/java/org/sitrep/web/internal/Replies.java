package org.sitrep.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sitrep.store.EventCounts;
import org.sitrep.store.EventDetail;
import org.sitrep.store.EventExporter;
import org.sitrep.store.EventPage;
import org.sitrep.store.ExportFormat;
import org.sitrep.store.Revision;
import org.sitrep.store.SourceReport;
import org.sitrep.store.StoredEvent;
import org.sitrep.text.Span;
import org.sitrep.util.Json;
import org.sitrep.web.ApiException;

/**
 * The JSON (and CSV, GeoJSON) bodies the API answers with. Keys are snake_case like the Event format.
 */
public final class Replies {
    private Replies() {
    }

    /**
     * @param page   the events and totals
     * @param fields the event fields to keep, empty for all
     * @return {@code {count, total, last_update, data}}
     */
    public static String page(EventPage page, List<String> fields) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("count", page.events().size());
        body.put("total", page.total());
        body.put("last_update", page.lastUpdate() == null ? null : page.lastUpdate().toString());
        ArrayNode data = body.putArray("data");
        for (StoredEvent stored : page.events()) {
            data.add(select(event(stored), fields));
        }
        return write(body);
    }

    /**
     * @param page   the events
     * @param format CSV or GeoJSON
     * @return the page in the export format
     */
    public static String export(EventPage page, ExportFormat format) {
        StringWriter out = new StringWriter();
        try (EventExporter exporter = EventExporter.open(format, out)) {
            for (StoredEvent stored : page.events()) {
                exporter.write(stored);
            }
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * @param detail one event with sources and history
     * @return the event's fields plus {@code outlets}, {@code revision}, {@code sources} (each with its evidence
     *         sentences and highlighted words) and {@code history}
     */
    public static String detail(EventDetail detail) {
        ObjectNode body = event(detail.stored());
        ArrayNode sources = body.putArray("sources");
        for (SourceReport s : detail.sources()) {
            ObjectNode source = sources.addObject();
            source.put("article_id", s.articleId());
            source.put("outlet", s.outlet());
            source.put("url", s.url());
            source.put("published", s.published() == null ? null : s.published().toString());
            ObjectNode reported = Json.mapper().valueToTree(s.reported());
            reported.remove("evidence");
            source.set("reported", reported);
            ArrayNode evidence = source.putArray("evidence");
            for (Map.Entry<String, String> e : s.evidence().entrySet()) {
                ObjectNode item = evidence.addObject().put("field", e.getKey()).put("sentence", e.getValue());
                Span mark = s.highlights().get(e.getKey());
                if (mark != null) {
                    item.putArray("highlight").add(mark.start()).add(mark.end());
                }
            }
        }
        ArrayNode history = body.putArray("history");
        for (Revision r : detail.history()) {
            ObjectNode item = history.addObject();
            item.put("revision", r.revision());
            item.put("at", r.at().toString());
            item.put("action", r.action().name());
            item.put("article_id", r.articleId());
            item.put("reason", r.reason());
            item.set("changes", Json.mapper().valueToTree(r.changes()));
        }
        return write(body);
    }

    /**
     * @param counts the breakdowns
     * @return {@code {total, by_type, by_country, by_week}}
     */
    public static String stats(EventCounts counts) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("total", counts.byType().values().stream().mapToLong(Long::longValue).sum());
        body.set("by_type", Json.mapper().valueToTree(counts.byType()));
        body.set("by_country", Json.mapper().valueToTree(counts.byCountry()));
        body.set("by_week", Json.mapper().valueToTree(counts.byWeek()));
        return write(body);
    }

    /**
     * @param e a refused request
     * @return {@code {status, error, message}} plus {@code problems} when there are any
     */
    public static String error(ApiException e) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("status", e.status());
        body.put("error", e.error());
        body.put("message", e.getMessage());
        if (!e.problems().isEmpty()) {
            body.set("problems", Json.mapper().valueToTree(e.problems()));
        }
        return write(body);
    }

    /**
     * @param status an HTTP status
     * @param error  the status in words
     * @param message what happened
     * @return the error body without problems
     */
    public static String error(int status, String error, String message) {
        return write(Json.mapper().createObjectNode().put("status", status).put("error", error).put("message", message));
    }

    /**
     * @param node any JSON
     * @return it as compact text
     */
    public static String write(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serialises.
            throw new IllegalStateException("cannot write a JSON reply", e);
        }
    }

    private static ObjectNode event(StoredEvent stored) {
        ObjectNode node = Json.mapper().valueToTree(stored.event());
        node.set("outlets", Json.mapper().valueToTree(stored.outlets()));
        node.put("revision", stored.revision());
        return node;
    }

    private static ObjectNode select(ObjectNode event, List<String> fields) {
        if (fields.isEmpty()) {
            return event;
        }
        for (Iterator<String> names = event.fieldNames(); names.hasNext(); ) {
            if (!fields.contains(names.next())) {
                names.remove();
            }
        }
        return event;
    }
}
