package org.sitrep.spark.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Comparator;
import org.sitrep.extract.Event;
import org.sitrep.extract.EventJson;

/**
 * One event as one article reported it, with what the store's merge rules need besides the event. Travels
 * between Spark stages as a JSON string ({@link #toJson}), never as a Java-serialised object.
 *
 * @param key              unique in the batch: the article's input position, a slash, the event's position
 * @param order            the article's position in the input (0-based)
 * @param published        the article's publication day, or null
 * @param articleId        the article's id
 * @param fatalitySentence the sentence that gives the fatality figure, or null
 * @param injurySentence   the sentence that gives the injury figure, or null
 * @param eventJson        the event in the Event format
 * @param sentencesJson    its evidence's sentence bounds (see {@link EventJson#writeSentences}), or null
 */
public record Report(@JsonProperty("key") String key, @JsonProperty("order") long order,
                     @JsonProperty("published") LocalDate published, @JsonProperty("article_id") String articleId,
                     @JsonProperty("fatality_sentence") String fatalitySentence,
                     @JsonProperty("injury_sentence") String injurySentence,
                     @JsonProperty("event") String eventJson,
                     @JsonProperty("sentences") String sentencesJson) {
    /**
     * The order in which the store would have seen the reports when ingesting the batch: by publication day
     * (unknown last), then input position, then position in the article.
     */
    public static final Comparator<Report> INGEST_ORDER = Comparator
            .comparing(Report::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Report::order)
            .thenComparing(Report::key);

    /** @return the event, its evidence with the sentence bounds */
    @JsonIgnore
    public Event event() {
        Event e = EventJson.event(eventJson);
        return e.withEvidence(EventJson.withSentences(e.evidence(), sentencesJson));
    }

    /** @return this report as one JSON line */
    public String toJson() {
        return Wire.write(this, "report " + key);
    }

    /**
     * @param json a line written by {@link #toJson}
     * @return the report
     * @throws IllegalStateException if the line is not a report
     */
    public static Report fromJson(String json) {
        return Wire.read(json, Report.class);
    }
}
