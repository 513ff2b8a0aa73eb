package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.extract.SubEventType.ARMED_CLASH;
import static org.sitrep.extract.SubEventType.SHELLING;
import static org.sitrep.extract.SubEventType.SUICIDE_BOMB;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.extract.Event;
import org.sitrep.store.Reports.Report;
import org.sitrep.text.Span;

/**
 * The behaviour every back end must show; subclasses supply a fresh, empty store.
 */
abstract class EventStoreContract {
    private static final String EMBASSY_TEXT = "Three rockets struck the Green Zone in Baghdad on Sunday night, "
            + "hitting the grounds of the United States embassy, security officials said. One person was wounded "
            + "and the embassy's air defences fired at the incoming projectiles, according to a statement.";
    /** A longer report: near-duplicate detection needs more than a couple of sentences. */
    private static final String LONG_TEXT = EMBASSY_TEXT + " No group claimed responsibility for the attack, the "
            + "latest in a series targeting American installations since the start of the year. Iraqi leaders "
            + "condemned the strike and called on all sides to avoid dragging the country into a wider conflict. "
            + "The caretaker prime minister's office said the attack was an act of aggression that risked the "
            + "safety of diplomatic missions. Residents of nearby districts described loud blasts shortly after "
            + "nine in the evening, followed by the sound of sirens across the river. Security forces later found "
            + "a launch site in a residential neighbourhood east of the capital, along with two unused rockets. "
            + "Washington has blamed similar attacks on armed factions backed by Iran, which deny involvement. "
            + "Thousands of supporters of a prominent cleric marched in the capital on Friday to demand the "
            + "withdrawal of foreign troops from the country.";

    private EventStore store;

    /** @return the configuration of an empty store, migrated or not */
    abstract StoreConfig freshStore();

    @BeforeEach
    void open() {
        store = EventStore.open(freshStore());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void reIngestingTheSameArticleChangesNothing() {
        Article a = Reports.article("embassy", "2020-01-27", "Wire", EMBASSY_TEXT);
        Event e = embassy("embassy").event();
        IngestOutcome first = store.ingest(a, List.of(e));
        StoreStats before = store.stats();
        IngestOutcome again = store.ingest(a, List.of(e));
        assertEquals(ArticleStatus.NEW, first.status(), "first ingest stores the article");
        assertEquals(ArticleStatus.DUPLICATE, again.status(), "second ingest of the same article is a duplicate");
        assertEquals("embassy", again.duplicateOf(), "the duplicate names the stored article");
        assertEquals(List.of(), again.created(), "a duplicate creates no events");
        assertEquals(before, store.stats(), "a duplicate changes no counts");
    }

    @Test
    void aFeedItemSeenOnceIsKnownAfterTheStoreIsReopened() {
        store.seenItems("https://wire.example/rss").add("guid-17");
        store.close();
        store = EventStore.open(store.config());
        assertTrue(store.seenItems("https://wire.example/rss").contains("guid-17"),
                "the key recorded before closing is still known");
        assertFalse(store.seenItems("https://wire.example/rss").contains("guid-18"), "an unrecorded key is new");
    }

    @Test
    void aFeedItemSeenByOneFeedIsNewToAnother() {
        store.seenItems("https://wire.example/rss").add("https://wire.example/a1");
        assertFalse(store.seenItems("https://post.example/atom").contains("https://wire.example/a1"),
                "each feed keeps its own record of what it handed on");
    }

    @Test
    void recordingAFeedItemTwiceIsHarmless() {
        SeenFeedItems seen = store.seenItems("feeds/world.xml");
        seen.add("guid-1");
        seen.add("guid-1");
        assertTrue(seen.contains("guid-1"), "the key is recorded once and stays known");
    }

    @Test
    void theSameUrlWithEditedTextIsADuplicate() {
        store.ingest(Reports.article("embassy", "2020-01-27", "Wire", EMBASSY_TEXT), List.of());
        Article edited = Reports.article("embassy", "2020-01-27", "Wire", EMBASSY_TEXT + " Updated at noon.");
        assertEquals(ArticleStatus.DUPLICATE, store.ingest(edited, List.of()).status(),
                "an article at a stored URL is the stored article");
    }

    @Test
    void aNearDuplicateRewriteIsLinkedAndAddsNoSource() {
        store.ingest(Reports.article("wire", "2020-01-27", "Wire", LONG_TEXT), List.of(embassy("wire").event()));
        String copy = "BAGHDAD (Syndicated) - " + LONG_TEXT.replace("security officials said", "officials told "
                + "reporters");
        IngestOutcome outcome = store.ingest(Reports.article("copy", "2020-01-27", "Daily", copy),
                List.of(embassy("copy").event()));
        assertEquals(ArticleStatus.NEAR_DUPLICATE, outcome.status(), "a lightly edited copy is a near-duplicate");
        assertEquals("wire", outcome.duplicateOf(), "the copy is linked to its original");
        StoreStats stats = store.stats();
        assertEquals(2, stats.articles(), "the copy is stored");
        assertEquals(1, stats.nearDuplicates(), "and marked as a near-duplicate");
        assertEquals(1, stats.sources(), "the copy does not add a second source to the event");
    }

    @Test
    void rewrittenReportsOfThreeAttacksYieldThreeEventsEachWithAllSources() {
        for (Fixture f : Fixture.REPORTS) {
            store.ingest(Reports.article(f.report().articleId(), f.published(), f.outlet(), f.text()),
                    List.of(f.event()));
        }
        List<StoredEvent> events = store.query(EventQuery.ALL);
        Map<Set<String>, Event> bySources = new HashMap<>();
        events.forEach(s -> bySources.put(Set.copyOf(s.event().articleIds()), s.event()));
        assertEquals(Set.of(Set.of("r1", "r2", "r3"), Set.of("r4", "r5", "r6"), Set.of("r7", "r8")),
                bySources.keySet(), "eight reports of three attacks make three events, each with all its sources");
        Event embassy = bySources.get(Set.of("r1", "r2", "r3"));
        assertEquals("Baghdad - Green Zone", embassy.location(), "the embassy attack keeps the most precise place");
        assertEquals(3, embassy.injuries(), "a report published a day later revises the wounded upward");
        Event kabul = bySources.get(Set.of("r4", "r5", "r6"));
        assertEquals(32, kabul.fatalities(), "the toll that 'rose to' 32 replaces the first figure");
        assertEquals("Islamic State (Afghanistan)", kabul.actor1(), "a named attacker is kept over an unidentified one");
        Event clash = bySources.get(Set.of("r7", "r8"));
        assertEquals("Dawlat Abad", clash.location(), "the district-level report's place wins over the province");
        assertEquals(2, clash.geoPrecision(), "with its precision");
    }

    @Test
    void aLowerFigureFromTheSameDayIsKeptAsTheLowestCredible() {
        store.ingest(Reports.article("a", "2020-03-06", "A", Fixture.text(4)),
                List.of(kabul("a").casualties(29, null).event()));
        IngestOutcome second = store.ingest(Reports.article("b", "2020-03-06", "B", Fixture.text(5)),
                List.of(kabul("b").casualties(27, null).event()));
        assertEquals(1, second.revised().size(), "the lower figure revises the event");
        assertEquals(27, store.query(EventQuery.ALL).get(0).event().fatalities(), "the lowest credible figure wins");
    }

    @Test
    void rocketsAndASuicideBombingInOneCityOnOneDayStayTwoEvents() {
        store.ingest(Reports.article("a", "2020-03-06", "A", Fixture.text(1)), List.of(kabul("a").event()));
        store.ingest(Reports.article("b", "2020-03-06", "B", Fixture.text(2)),
                List.of(kabul("b").type(SHELLING).event()));
        assertEquals(2, store.stats().events(), "different sub-event types are different events");
    }

    @Test
    void attacksByRivalGroupsInOneCityOnOneDayStayTwoEvents() {
        store.ingest(Reports.article("a", "2020-03-06", "A", Fixture.text(1)), List.of(kabul("a").event()));
        store.ingest(Reports.article("b", "2020-03-06", "B", Fixture.text(2)),
                List.of(kabul("b").actors("Taliban", "Civilians (Afghanistan)").event()));
        assertEquals(2, store.stats().events(), "incompatible attackers make different events");
    }

    @Test
    void aHarmlessAndADeadlyRocketAttackInOneCityOnOneDayStayTwoEvents() {
        Report rockets = Report.of("a", "2020-01-26", SHELLING, "Baghdad", 33.3406, 44.4009);
        store.ingest(Reports.article("a", "2020-01-26", "A", Fixture.text(1)),
                List.of(rockets.casualties(0, 0).event()));
        IngestOutcome second = store.ingest(Reports.article("b", "2020-01-26", "B", Fixture.text(2)),
                List.of(new Report("b", "2020-01-26", 1, SHELLING, null, null, "Iraq", "Baghdad", "Baghdad", 33.3406,
                        44.4009, 1, 15, 20).event()));
        assertEquals(1, second.created().size(), "casualty figures reported on one day that differ this much are "
                + "another event");
    }

    @Test
    void mergingTwoStoredEventsKeepsOneIdAndRedirectsTheOther() {
        String keep = store.ingest(Reports.article("a", "2020-01-26", "A", Fixture.text(1)),
                List.of(Report.of("a", "2020-01-26", SHELLING, "Baghdad", 33.3406, 44.4009).event())).created().get(0);
        String other = store.ingest(Reports.article("b", "2020-01-26", "B", Fixture.text(2)),
                List.of(Report.of("b", "2020-01-26", SHELLING, "Baqubah", 33.7466, 44.6437)
                        .place("Iraq", "Diyala", "Baqubah", 33.7466, 44.6437, 1).casualties(1, null).event()))
                .created().get(0);
        store.merge(keep, other, "analyst: the Baqubah report misplaced the attack");
        EventDetail detail = store.show(other).orElseThrow();
        assertEquals(keep, detail.stored().event().eventId(), "the folded id redirects to the kept event");
        assertEquals(other, detail.requested(), "the detail remembers which id was asked for");
        assertEquals(List.of("a", "b"), detail.stored().event().articleIds(), "the kept event has both sources");
        assertEquals(1, detail.stored().event().fatalities(), "the folded event's figure fills the gap");
        assertEquals(RevisionAction.ABSORBED, detail.history().get(1).action(), "the merge is in the history");
        assertEquals(1, store.query(EventQuery.ALL).size(), "only the kept event is listed");
    }

    @Test
    void mergingAnEventIntoItselfIsRefused() {
        String id = store.ingest(Reports.article("a", "2020-01-26", "A", Fixture.text(1)),
                List.of(embassy("a").event())).created().get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.merge(id, id, "x"));
        assertEquals("cannot merge " + id + " into " + id + ": both must be live events and different", e.getMessage(),
                "the refusal names both ids");
    }

    @Test
    void showGivesEachSourcesEvidenceSentenceAndTheHistory() {
        int start = EMBASSY_TEXT.indexOf("One person was wounded");
        Map<String, Span> spans = Map.of("injuries", new Span(start, start + 22));
        store.ingest(Reports.article("wire", "2020-01-27", "Wire", EMBASSY_TEXT), List.of(embassy("wire").event(spans, EMBASSY_TEXT)));
        store.ingest(Reports.article("later", "2020-01-28", "Later", Fixture.text(3)),
                List.of(embassy("later").casualties(null, 3).event()));
        EventDetail detail = store.show("EV-1").orElseThrow();
        assertEquals("One person was wounded and the embassy's air defences fired at the incoming projectiles, "
                + "according to a statement.", detail.sources().get(0).evidence().get("injuries"),
                "the evidence is the whole sentence around the span");
        assertEquals(2, detail.history().size(), "creation and one further source");
        assertEquals(Map.of("injuries", "1 -> 3 (a later report revises the toll upward)"),
                detail.history().get(1).changes(), "the revision says what changed and why");
    }

    @Test
    void showGivesTheSupportingWordsOfASourceThatCameWithoutSentences() {
        int start = EMBASSY_TEXT.indexOf("One person was wounded");
        Map<String, Span> spans = Map.of("injuries", new Span(start, start + 22));
        store.ingest(Reports.article("old", "2020-01-27", "Old", EMBASSY_TEXT), List.of(embassy("old").event(spans)));
        SourceReport source = store.show("EV-1").orElseThrow().sources().get(0);
        assertEquals("One person was wounded", source.evidence().get("injuries"),
                "without the annotated sentence, the evidence is the words of the span");
        assertEquals(new Span(0, 22), source.highlights().get("injuries"), "all of them highlighted");
    }

    @Test
    void queryFiltersByCountryTypeActorTextAndBox() {
        for (Fixture f : Fixture.REPORTS) {
            store.ingest(Reports.article(f.report().articleId(), f.published(), f.outlet(), f.text()),
                    List.of(f.event()));
        }
        EventQuery all = EventQuery.ALL;
        assertEquals(2, store.query(new EventQuery("afghanistan", null, null, null, null, null, null, null, null, 10,
                0)).size(), "two events in Afghanistan");
        assertEquals(1, store.query(new EventQuery(null, null, null, null, "Battles", null, null, null, null, 10, 0))
                .size(), "one battle");
        assertEquals(1, store.query(new EventQuery(null, null, null, null, null, null, "taliban", null, null, 10, 0))
                .size(), "one event involves the Taliban");
        assertEquals(1, store.query(new EventQuery(null, null, null, null, null, null, null,
                BoundingBox.parse("44,33,45,34"), null, 10, 0)).size(), "one event inside the Baghdad box");
        assertEquals(1, store.query(new EventQuery(null, null, null, null, null, null, null, null, "green zone", 10,
                0)).size(), "one event mentions the Green Zone");
        assertEquals(1, store.query(all.withLimit(1)).size(), "the limit caps the result");
    }

    @Test
    void textFiltersTakePercentAndUnderscoreLiterally() {
        for (Fixture f : Fixture.REPORTS) {
            store.ingest(Reports.article(f.report().articleId(), f.published(), f.outlet(), f.text()),
                    List.of(f.event()));
        }
        assertEquals(0, store.query(new EventQuery(null, null, null, null, null, null, "%", null, null, 10, 0))
                .size(), "no actor's name holds a percent sign");
        assertEquals(0, store.query(new EventQuery(null, null, null, null, null, null, "_", null, null, 10, 0))
                .size(), "no actor's name holds an underscore");
        assertEquals(0, store.query(new EventQuery(null, null, null, null, null, null, null, null, "green_zone", 10,
                0)).size(), "the underscore is no wildcard for the space in 'Green Zone'");
        assertEquals(1, store.query(new EventQuery(null, null, null, null, null, null, null, null, "green zone", 10,
                0)).size(), "while the words themselves still match");
    }

    @Test
    void aReaderAndAWriterRunAtOnce() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Long> seen = new ArrayList<>();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 60; i++) {
                Report r = Report.of("w" + i, "2020-01-" + (10 + i % 20), SHELLING, "Place " + i, 20 + i, 40 + i);
                store.ingest(Reports.article("w" + i, "2020-01-30", "W", Fixture.text(100 + i)), List.of(r.event()));
            }
        });
        writer.setUncaughtExceptionHandler((t, e) -> failure.set(e));
        try (EventStore reader = EventStore.open(store.config())) {
            writer.start();
            while (writer.isAlive()) {
                seen.add(reader.stats().events());
                reader.query(EventQuery.ALL);
            }
            writer.join();
            seen.add(reader.stats().events());
        }
        assertNull(failure.get(), "the writer is not blocked by the reader");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "the reader never sees the count go back: " + seen);
        }
        assertEquals(60L, seen.get(seen.size() - 1), "the reader sees every committed event in the end");
    }

    @Test
    void migrationsRunTwiceAreANoOp() {
        store.ingest(Reports.article("a", "2020-01-26", "A", EMBASSY_TEXT), List.of(embassy("a").event()));
        assertEquals(0, EventStore.migrate(store.config()), "a current schema needs no migration");
        assertEquals(1, store.stats().events(), "and the data stays");
    }

    private static Report embassy(String articleId) {
        return Report.of(articleId, "2020-01-26", SHELLING, "Baghdad - Green Zone", 33.3039, 44.3917)
                .casualties(null, 1);
    }

    private static Report kabul(String articleId) {
        return Report.of(articleId, "2020-03-06", SUICIDE_BOMB, "Kabul", 34.5281, 69.1723)
                .place("Afghanistan", "Kabul", "Kabul", 34.5281, 69.1723, 1)
                .actors("Islamic State (Afghanistan)", "Civilians (Afghanistan)");
    }

    /** The rewritten reports of three attacks, in the order they are ingested. */
    record Fixture(Report report, String published, String outlet, String text) {
        static final List<Fixture> REPORTS = List.of(
                new Fixture(Report.of("r1", "2020-01-26", SHELLING, "Baghdad", 33.3406, 44.4009)
                        .place("Iraq", "Baghdad", "Baghdad", 33.3406, 44.4009, 2).casualties(0, 1), "2020-01-26",
                        "Wire", text(11)),
                new Fixture(kabul("r4").casualties(27, null), "2020-03-06", "Kabul Now", text(14)),
                new Fixture(Report.of("r7", "2020-03-21", ARMED_CLASH, "Dawlat Abad", 36.9882, 66.8207)
                        .place("Afghanistan", "Balkh", "Dawlat Abad", 36.9882, 66.8207, 2)
                        .actors("Taliban", "Military Forces of Afghanistan (2014-)").casualties(12, 5),
                        "2020-03-23", "Xinhua", text(17)),
                new Fixture(embassy("r2").casualties(0, 3), "2020-01-27", "Post", text(12)),
                new Fixture(kabul("r5").casualties(32, null), "2020-03-07", "Tolo", text(15)),
                new Fixture(Report.of("r8", "2020-03-21", ARMED_CLASH, "Balkh", 36.7551, 66.8975)
                        .place("Afghanistan", "Balkh", "Balkh", 36.7551, 66.8975, 3)
                        .actors("Military Forces of Afghanistan (2014-)", "Taliban").casualties(12, null),
                        "2020-03-22", "Khaama", text(18)),
                new Fixture(Report.of("r3", "2020-01-26", SHELLING, "Baghdad", 33.3406, 44.4009).precision(2)
                        .place("Iraq", "Baghdad", "Baghdad", 33.3406, 44.4009, 3), "2020-01-28", "Weekly", text(13)),
                new Fixture(kabul("r6").actors("Unidentified Armed Group (Afghanistan)", null).casualties(29, null),
                        "2020-03-06", "Pajhwok", text(16)));

        Event event() {
            return report.event();
        }

        /** A distinct text of about thirty words per number, so that no two reports look alike. */
        static String text(int n) {
            StringBuilder sb = new StringBuilder("Report " + n + ":");
            for (int i = 0; i < 30; i++) {
                sb.append(' ').append(Integer.toString(n * 7919 + i * 104729, 36));
            }
            return sb.append('.').toString();
        }
    }
}
