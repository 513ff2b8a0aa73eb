package org.sitrep.extract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One event in the Event format of {@code formats.md}. Fields the extractor could not fill are null.
 *
 * @param eventId       stable id
 * @param articleIds    every article that reports it
 * @param eventDate     the day it happened (a day inside the week or month for coarser precisions), or null
 * @param timePrecision 1 day, 2 week, 3 month; null with a null date
 * @param eventType     one of the six event types
 * @param subEventType  one of the 25 sub-event types
 * @param actor1        who acted, ACLED-style name, or null
 * @param actor2        whom it was done to, or null
 * @param actor1Type    ACLED inter code 1-8 of actor1, or null
 * @param actor2Type    ACLED inter code 1-8 of actor2, or null
 * @param blamedOn      who was blamed without certainty, or null
 * @param claimedBy     who claimed responsibility, or null
 * @param country       English short country name, or null when no place could be fixed
 * @param admin1        first-level division, or null
 * @param location      the most precise named place, or null
 * @param latitude      WGS84 latitude of {@code location}, or null
 * @param longitude     WGS84 longitude of {@code location}, or null
 * @param geoPrecision  1 site, 2 near or part of a region, 3 only a larger region; null with no place
 * @param fatalities    people killed as reported (0 when the text says none died), or null
 * @param injuries      people wounded as reported, or null
 * @param weapon        weapon family, e.g. {@code rocket}, or null
 * @param summary       one self-written sentence
 * @param evidence      supporting spans per field
 * @param confidence    confidence that this is a real, correctly typed event, 0..1
 */
@JsonPropertyOrder({"event_id", "article_ids", "event_date", "time_precision", "event_type", "sub_event_type",
        "actor1", "actor2", "actor1_type", "actor2_type", "blamed_on", "claimed_by", "country", "admin1",
        "location", "latitude", "longitude", "geo_precision", "fatalities", "injuries", "weapon", "summary",
        "evidence", "confidence"})
public record Event(
        @JsonProperty("event_id") String eventId,
        @JsonProperty("article_ids") List<String> articleIds,
        @JsonProperty("event_date") LocalDate eventDate,
        @JsonProperty("time_precision") Integer timePrecision,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("sub_event_type") String subEventType,
        @JsonProperty("actor1") String actor1,
        @JsonProperty("actor2") String actor2,
        @JsonProperty("actor1_type") Integer actor1Type,
        @JsonProperty("actor2_type") Integer actor2Type,
        @JsonProperty("blamed_on") String blamedOn,
        @JsonProperty("claimed_by") String claimedBy,
        @JsonProperty("country") String country,
        @JsonProperty("admin1") String admin1,
        @JsonProperty("location") String location,
        @JsonProperty("latitude") Double latitude,
        @JsonProperty("longitude") Double longitude,
        @JsonProperty("geo_precision") Integer geoPrecision,
        @JsonProperty("fatalities") Integer fatalities,
        @JsonProperty("injuries") Integer injuries,
        @JsonProperty("weapon") String weapon,
        @JsonProperty("summary") String summary,
        @JsonProperty("evidence") Evidence evidence,
        @JsonProperty("confidence") double confidence) {

    /** @throws NullPointerException if the id, article ids, types or evidence are null */
    public Event {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(subEventType, "subEventType");
        Objects.requireNonNull(evidence, "evidence");
        articleIds = List.copyOf(articleIds);
    }

    /**
     * @param other other evidence
     * @return this event with it
     */
    public Event withEvidence(Evidence other) {
        return new Event(eventId, articleIds, eventDate, timePrecision, eventType, subEventType, actor1, actor2,
                actor1Type, actor2Type, blamedOn, claimedBy, country, admin1, location, latitude, longitude,
                geoPrecision, fatalities, injuries, weapon, summary, other, confidence);
    }
}
