package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingesting process with SIGKILL at random points, again and again, then lets it finish, and checks
 * that the store equals the one a clean run builds: no article lost or doubled, no orphan event or source.
 */
class StoreKillTest {
    private static final int KILLS = 12;
    private static final long PAUSE_MS = 25;

    @TempDir
    Path dir;

    @Test
    void aStoreKilledTwelveTimesMidBatchEqualsACleanRun() throws Exception {
        Path clean = dir.resolve("clean.db");
        assertEquals(0, run(clean, -1), "the clean run completes");
        Path killed = dir.resolve("killed.db");
        int total = articles(clean);
        Random random = new Random(7);
        int interrupted = 0;
        for (int i = 0; i < KILLS; i++) {
            // A run skips what is stored quickly and pauses after each new article: kills spread over the batch.
            int exit = run(killed, random.nextInt((int) (total * PAUSE_MS / 2)));
            interrupted += exit != 0 && articles(killed) < total ? 1 : 0;
        }
        System.out.println("kill test: " + interrupted + " of " + KILLS + " kills landed mid-batch");
        assertTrue(interrupted >= KILLS - 2, "nearly every kill lands mid-batch: " + interrupted);
        assertEquals(0, run(killed, -1), "the re-run completes");
        assertEquals(snapshot(clean), snapshot(killed), "the killed-and-resumed store equals the clean one");
        assertEquals(List.of("0"), column(killed, "SELECT COUNT(*) FROM events e WHERE status = 'ACTIVE' AND NOT EXISTS"
                + " (SELECT 1 FROM event_sources s WHERE s.event_seq = e.seq)"), "no event without a source");
        assertEquals(List.of("0"), column(killed, "SELECT COUNT(*) FROM event_index i WHERE NOT EXISTS"
                + " (SELECT 1 FROM events e WHERE e.seq = i.id AND e.status = 'ACTIVE')"), "no index entry orphaned");
    }

    private static int articles(Path db) throws SQLException {
        if (!db.toFile().exists()) {
            return 0;
        }
        boolean migrated = !"0".equals(column(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles'").get(0));
        return migrated ? Integer.parseInt(column(db, "SELECT COUNT(*) FROM articles").get(0)) : 0;
    }

    /**
     * Runs the child; unless {@code killAfterMs} is negative, kills it that long after it opened the store.
     *
     * @return its exit code
     */
    private static int run(Path db, long killAfterMs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                KillTestIngestMain.class.getName(), db.toString(), Long.toString(PAUSE_MS))
                .redirectError(ProcessBuilder.Redirect.appendTo(new File(db + ".log"))).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8))) {
            String line = out.readLine();
            if (killAfterMs >= 0 && KillTestIngestMain.READY.equals(line)
                    && !p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
            }
            return p.waitFor();
        }
    }

    /** The store's content without timestamps. */
    private static List<String> snapshot(Path db) throws SQLException {
        List<String> rows = new ArrayList<>();
        rows.addAll(column(db, "SELECT id || '|' || content_hash || '|' || COALESCE(duplicate_of, '') FROM articles"
                + " ORDER BY seq"));
        rows.addAll(column(db, "SELECT seq || '|' || status || '|' || revision || '|' || COALESCE(location, '') || '|'"
                + " || COALESCE(fatalities, -1) || '|' || COALESCE(event_date, '') FROM events ORDER BY seq"));
        rows.addAll(column(db, "SELECT event_seq || '|' || article_id || '|' || reported FROM event_sources"
                + " ORDER BY event_seq, article_id"));
        rows.addAll(column(db, "SELECT event_seq || '|' || revision || '|' || action || '|' || reason || '|' || changes"
                + " FROM event_history ORDER BY event_seq, revision"));
        rows.addAll(column(db, "SELECT id || '|' || min_day FROM event_index ORDER BY id"));
        return rows;
    }

    private static List<String> column(Path db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
