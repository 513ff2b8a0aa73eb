package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitrep.article.Article;
import org.sitrep.extract.Event;
import org.sitrep.extract.Evidence;
import org.sitrep.extract.SubEventType;
import org.sitrep.text.OffsetMap;
import org.sitrep.text.Span;
import org.sitrep.text.TestSentences;

/**
 * Builds test articles and the events an extractor would have found in them, without CoreNLP.
 */
final class Reports {
    private Reports() {
    }

    static Article article(String id, String published, String outlet, String text) {
        return new Article(id, LocalDate.parse(published), null, text, "https://news.example/" + id, outlet,
                OffsetMap.identity(text.length()), List.of());
    }

    /** A report of one event; change fields with the withers. */
    record Report(String articleId, String date, int timePrecision, SubEventType type, String actor1, String actor2,
                  String country, String admin1, String location, Double lat, Double lon, Integer geoPrecision,
                  Integer fatalities, Integer injuries) {

        static Report of(String articleId, String date, SubEventType type, String location, double lat, double lon) {
            return new Report(articleId, date, 1, type, null, null, "Iraq", "Baghdad", location, lat, lon, 1, null,
                    null);
        }

        Report actors(String a1, String a2) {
            return new Report(articleId, date, timePrecision, type, a1, a2, country, admin1, location, lat, lon,
                    geoPrecision, fatalities, injuries);
        }

        Report place(String newCountry, String newAdmin1, String newLocation, Double newLat, Double newLon,
                     Integer precision) {
            return new Report(articleId, date, timePrecision, type, actor1, actor2, newCountry, newAdmin1, newLocation,
                    newLat, newLon, precision, fatalities, injuries);
        }

        Report casualties(Integer killed, Integer wounded) {
            return new Report(articleId, date, timePrecision, type, actor1, actor2, country, admin1, location, lat,
                    lon, geoPrecision, killed, wounded);
        }

        Report type(SubEventType other) {
            return new Report(articleId, date, timePrecision, other, actor1, actor2, country, admin1, location, lat,
                    lon, geoPrecision, fatalities, injuries);
        }

        Report precision(int days) {
            return new Report(articleId, date, days, type, actor1, actor2, country, admin1, location, lat, lon,
                    geoPrecision, fatalities, injuries);
        }

        Event event() {
            return event(Map.of());
        }

        /** The report with evidence spans in {@code text}, each with its sentence as the annotator would give it. */
        Event event(Map<String, Span> spans, String text) {
            Event e = event(spans);
            return e.withEvidence(e.evidence().inSentences(TestSentences.split(text)));
        }

        Event event(Map<String, Span> spans) {
            return new Event(articleId + "-e1", List.of(articleId), LocalDate.parse(date), timePrecision,
                    type.eventType().label(), type.label(), actor1, actor2, null, null, null, null, country, admin1,
                    location, lat, lon, geoPrecision, fatalities, injuries, null, "A " + type.label() + " in "
                    + location + ".", new Evidence(articleId, spans), 0.8);
        }
    }
}
