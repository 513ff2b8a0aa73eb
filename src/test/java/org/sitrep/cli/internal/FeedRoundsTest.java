package org.sitrep.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.feed.FeedPoller;
import org.sitrep.article.feed.FeedSource;
import org.sitrep.testing.LocalServer;

class FeedRoundsTest {
    @TempDir
    Path dir;

    @Test
    void stopEndsFollowingWhileItWaitsForTheNextRound() throws IOException, InterruptedException {
        try (LocalServer server = new LocalServer()) {
            for (String path : List.of("/world/2026/11/dockers-block-port", "/world/2026/11/rain-delays-harvest",
                    "/world/2026/11/ferry-resumes")) {
                server.serve(path, LocalServer.HTML, "<html><body><p>Report from " + path + ".</p></body></html>");
            }
            Path feed = Files.writeString(dir.resolve("world.xml"),
                    LocalServer.fixture("rss2.xml").replace("http://news.example", server.base()));
            FeedRounds rounds = new FeedRounds(List.of(FeedPoller.builder(List.of(new FeedSource.File(feed))).build()),
                    Duration.ofHours(1));
            List<String> taken = new CopyOnWriteArrayList<>();
            CountDownLatch allTaken = new CountDownLatch(3);
            Thread follower = new Thread(() -> rounds.follow((item, article) -> {
                taken.add(item.link());
                allTaken.countDown();
            }));
            follower.start();
            assertTrue(allTaken.await(10, TimeUnit.SECONDS), "the first round takes the three items: " + taken);
            rounds.stop();
            follower.join(5_000);
            assertFalse(follower.isAlive(), "stop ends the hour-long wait at once");
            assertEquals(3, taken.size(), "no item is taken twice: " + taken);
        }
    }
}
