package org.sitrep.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.article.Article;
import org.sitrep.extract.Event;
import org.sitrep.extract.Evidence;
import org.sitrep.store.EventStore;
import org.sitrep.text.OffsetMap;
import org.sitrep.text.Span;
import org.sitrep.text.TestSentences;

/**
 * Five events far apart in place and time (so that the store merges none of them), each from its own article
 * with evidence spans, and a fake extractor for posted articles.
 */
final class Seeds {
    /** The event ids the store gives the seeds, in date order. */
    static final List<String> IDS = List.of("EV-1", "EV-2", "EV-3", "EV-4", "EV-5");

    private Seeds() {
    }

    /** Ingests the five seeded articles with their events, EV-1 to EV-5. */
    static void seed(EventStore store) {
        ingest(store, "baghdad", "2024-03-05", "Reuters", "Rockets hit Baghdad market",
                "Three people were killed when rockets hit a market in Baghdad on Monday. The Islamic State said it"
                        + " fired them.",
                "Three people were killed", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                "Islamic State", "Civilians (Iraq)", "Iraq", "Baghdad", "Baghdad", 33.31, 44.36, 3);
        ingest(store, "aleppo", "2024-03-12", "SANA", "Clashes near Aleppo",
                "Ten fighters died in clashes between the army and HTS near Aleppo. Fighting went on all night.",
                "Ten fighters died", "Battles", "Armed clash", "Military Forces of Syria", "HTS", "Syria", "Aleppo",
                "Aleppo", 36.20, 37.16, 10);
        ingest(store, "borno", "2024-04-02", "Premium Times", "Gunmen attack village",
                "Boko Haram gunmen killed seven villagers near Maiduguri. Survivors fled to the city.",
                "killed seven villagers", "Violence against civilians", "Attack", "Boko Haram", "Civilians (Nigeria)",
                "Nigeria", "Borno", "Maiduguri", 11.85, 13.16, 7);
        ingest(store, "nairobi", "2024-04-20", "Daily Nation", "Teachers march in Nairobi",
                "Thousands of teachers marched peacefully through Nairobi to demand higher pay.",
                "marched peacefully", "Protests", "Peaceful protest", "Protesters (Kenya)", null, "Kenya",
                "Nairobi", "Nairobi", -1.29, 36.82, 0);
        ingest(store, "basra", "2024-05-01", "Reuters", "Police disperse Basra protest",
                "Police fired tear gas at protesters in Basra, and one man died. The crowd had demanded power.",
                "one man died", "Protests", "Protest with intervention", "Protesters (Iraq)", "Police Forces of Iraq",
                "Iraq", "Basra", "Basra", 30.51, 47.78, 1);
    }

    /**
     * The extractor {@code POST /api/articles} uses in tests: one protest in Santiago, Chile, on the publication
     * day, whose summary is the article's title and whose fatalities are supported by the first sentence.
     * An article with the id {@code breaks} makes it throw, as a failing extractor would.
     */
    static List<Event> fakeExtract(Article a) {
        if (a.id().equals("breaks")) {
            throw new IllegalStateException("extractor failed at /secret/path/Model.java:42");
        }
        int end = a.text().indexOf('.');
        Map<String, Span> spans = new LinkedHashMap<>();
        spans.put("fatalities", new Span(0, end < 0 ? a.text().length() : end));
        return List.of(new Event(a.id() + "-1", List.of(a.id()), a.published(), 1, "Protests", "Peaceful protest",
                "Protesters (Chile)", null, 6, null, null, null, "Chile", "Santiago Metropolitan", "Santiago",
                -33.45, -70.66, 1, 0, null, null, a.title(), new Evidence(a.id(), spans).inSentences(TestSentences.split(a.text())), 0.9));
    }

    private static void ingest(EventStore store, String id, String published, String outlet, String title,
                               String text, String killedWords, String type, String subType, String actor1,
                               String actor2, String country, String admin1, String location, double lat, double lon,
                               int killed) {
        Article article = new Article(id, LocalDate.parse(published), title, text,
                "https://news.example/" + id, outlet, OffsetMap.identity(text.length()), List.of());
        int start = text.indexOf(killedWords);
        Map<String, Span> spans = new LinkedHashMap<>();
        spans.put("fatalities", new Span(start, start + killedWords.length()));
        int at = text.indexOf(location);
        spans.put("location", new Span(at, at + location.length()));
        LocalDate day = LocalDate.parse(published).minusDays(1);
        Event event = new Event(id + "-1", List.of(id), day, 1, type, subType, actor1, actor2, null, null, null, null,
                country, admin1, location, lat, lon, 1, killed, null, null, title + ".", new Evidence(id, spans).inSentences(TestSentences.split(text)), 0.8);
        store.ingest(article, List.of(event));
    }
}
