package org.sitrep.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM to an ingesting process ends it as Ctrl-C does: the article at hand is stored, the summary printed. */
class IngestStopTest {
    private static final int ARTICLES = 40;

    @TempDir
    Path dir;

    @Test
    void sigtermFinishesTheArticleAtHandAndPrintsTheSummary() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            lines.add("{\"id\": \"s" + i + "\", \"text\": \"Report number " + i + " of rockets striking the town"
                    + " of Village" + i + ", officials said on Sunday.\"}");
        }
        Path input = Files.write(dir.resolve("articles.jsonl"), lines);
        Path db = dir.resolve("store.db");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StopTestIngestMain.class.getName(), input.toString(), db.toString())
                .redirectError(err.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8))) {
            assertEquals(StopTestIngestMain.READY, out.readLine(), "extraction starts");
            Thread.sleep(600);
            p.destroy(); // SIGTERM on Linux
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process ends after the stop");
        }
        String stderr = Files.readString(err);
        assertTrue(stderr.contains("stopped: the articles already being read were stored"), stderr);
        assertTrue(stderr.contains("articles new: "), "the summary is printed: " + stderr);
        int stored = count(db);
        assertTrue(stored > 0 && stored < ARTICLES, "some articles stored, not all: " + stored);
        assertTrue(stderr.contains("articles new: " + stored + ","), "the summary counts what was stored: " + stderr);
    }

    private static int count(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM articles")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
