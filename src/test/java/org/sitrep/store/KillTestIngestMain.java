package org.sitrep.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.article.Article;
import org.sitrep.extract.Event;
import org.sitrep.extract.SubEventType;
import org.sitrep.store.Reports.Report;

/**
 * The child process of {@link StoreKillTest}: ingests a fixed batch of synthetic articles into a SQLite store,
 * pausing after each one it stores so that a kill can land anywhere. Usage: {@code KillTestIngestMain DB_FILE PAUSE_MS}.
 */
public final class KillTestIngestMain {
    /** How many articles the batch holds. */
    static final int ARTICLES = 30;
    /** The line printed once the store is open and the batch starts. */
    static final String READY = "ready";

    private KillTestIngestMain() {
    }

    /**
     * @param args the database file and the pause between articles in ms
     * @throws InterruptedException never in practice
     */
    public static void main(String[] args) throws InterruptedException {
        long pause = Long.parseLong(args[1]);
        try (EventStore store = EventStore.open(StoreConfig.sqlite(Path.of(args[0])))) {
            System.out.println(READY);
            System.out.flush();
            for (int i = 0; i < ARTICLES; i++) {
                if (store.ingest(article(i), events(i)).status() != ArticleStatus.DUPLICATE) {
                    Thread.sleep(pause);
                }
            }
        }
    }

    /** Every third article repeats an earlier one's text (a duplicate); the rest report ten recurring attacks. */
    static Article article(int i) {
        int textNumber = i % 3 == 2 ? i - 2 : i;
        return Reports.article("k" + i, LocalDate.of(2021, 5, 1).plusDays(i % 4).toString(), "Outlet " + i % 5,
                EventStoreContract.Fixture.text(500 + textNumber));
    }

    static List<Event> events(int i) {
        List<Event> events = new ArrayList<>();
        int attack = i % 10;
        events.add(Report.of("k" + i, "2021-05-0" + (1 + attack % 5), SubEventType.SHELLING, "Town " + attack,
                30 + attack, 40 + attack).casualties(attack, null).event());
        if (i % 4 == 0) {
            events.add(Report.of("k" + i, "2021-05-20", SubEventType.ATTACK, "Village " + i, 10 + i, 20)
                    .event());
        }
        return events;
    }
}
