package org.sitrep.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.article.Article;
import org.sitrep.cli.internal.Lazy;
import org.sitrep.extract.Event;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreConfig;
import org.sitrep.web.ReadAccess;
import org.sitrep.web.ServeConfig;
import org.sitrep.web.WebServer;
import org.sitrep.web.alert.AlertConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep serve}: the map page and the REST API over the store, until interrupted.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the map page and the REST API (/api/events, /api/stats, /api/openapi.json,",
                "/metrics; POST /api/articles with a token from 'sitrep token create') until stopped with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    private static final int SHUTDOWN_WAIT_SECONDS = 15;

    @Option(names = "--db", paramLabel = "DB",
            description = {"the store: a SQLite file (default: ${DEFAULT-VALUE} in the working directory)",
                    "or postgresql://user[:password]@host[:port]/db"})
    private String db = StoreConfig.DEFAULT_DB;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any)")
    private int port = ServeConfig.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    private String bind = ServeConfig.DEFAULT_BIND_ADDRESS;

    @Option(names = "--read-access", paramLabel = "OPEN|TOKEN",
            description = "whether reading needs a token too (default: ${DEFAULT-VALUE})")
    private ReadAccess readAccess = ReadAccess.OPEN;

    @Option(names = "--tile-url", paramLabel = "URL",
            description = "a tile server template, e.g. https://tiles.example/{z}/{x}/{y}.png (default: outlines only)")
    private String tileUrl;

    @Override
    public Integer call() throws InterruptedException {
        ServeConfig config;
        StoreConfig storeConfig;
        try {
            config = new ServeConfig(port, bind, readAccess, ServeConfig.DEFAULT_MAX_BODY_BYTES, tileUrl,
                    AlertConfig.DEFAULT);
            storeConfig = StoreConfig.forDb(db).withDedup(SitrepConfig.DEFAULT.dedup());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Lazy<Sitrep> sitrep = new Lazy<>(() -> Sitrep.load(SitrepConfig.DEFAULT));
        Function<Article, List<Event>> extractor = article -> sitrep.get().extract(article);
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (EventStore store = EventStore.open(storeConfig);
             WebServer server = WebServer.start(store, extractor, config)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped.countDown();
                // Hold the JVM until the server and store are closed, so that the last writes are committed.
                awaitQuietly(closed);
            }, "sitrep-serve-stop"));
            server.exposure().ifPresent(System.err::println);
            System.out.println("Sitrep is serving " + storeConfig.jdbcUrl() + " at " + server.url());
            System.out.flush();
            stopped.await();
        } finally {
            closed.countDown();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
