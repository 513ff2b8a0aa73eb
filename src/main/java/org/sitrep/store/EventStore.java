package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.article.Article;
import org.sitrep.extract.Event;
import org.sitrep.store.internal.Dialect;
import org.sitrep.store.internal.EventRows;
import org.sitrep.store.internal.SqlWork;
import org.sitrep.store.internal.StoreReader;
import org.sitrep.store.internal.StoreWriter;
import org.sitrep.store.internal.Tokens;
import org.sitrep.store.internal.Transactions;

/**
 * The event store: articles in, one living record per real-world event out. Each {@link #ingest} stores an
 * article and its events in one transaction, merging reports of the same event across articles (rules in
 * {@link org.sitrep.store.internal.EventMatcher} and {@link org.sitrep.store.internal.Fusion}).
 * Thread-safe: writes are serialised, reads run in parallel on their own connections and see committed data.
 */
public final class EventStore implements AutoCloseable {
    private final StoreConfig config;
    private final Dialect dialect;
    private final Transactions transactions;
    private final StoreWriter writer;
    private final Connection writeConnection;
    private final ConcurrentLinkedQueue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
    private final String name;
    private final Tokens tokens = new Tokens();

    private EventStore(StoreConfig config, Connection writeConnection, Dialect dialect) {
        this.config = config;
        this.dialect = dialect;
        this.writeConnection = writeConnection;
        this.name = "store " + config.jdbcUrl();
        this.transactions = new Transactions(dialect, config.maxRetries(), name);
        this.writer = new StoreWriter(dialect, config.dedup());
    }

    /**
     * Opens the store, creating or upgrading its schema first.
     *
     * @param config where the store is
     * @return the open store; close it when done
     * @throws StoreException if the database cannot be reached or migrated
     */
    public static EventStore open(StoreConfig config) {
        Objects.requireNonNull(config, "config");
        migrate(config);
        Dialect dialect = new Dialect(config);
        try {
            return new EventStore(config, dialect.connect(Dialect.Mode.WRITE), dialect);
        } catch (SQLException e) {
            throw new StoreException("store " + config.jdbcUrl() + ": cannot connect: " + e.getMessage(), e);
        }
    }

    /**
     * Creates or upgrades the schema; does nothing when it is current.
     *
     * @param config where the store is
     * @return how many migrations were applied (0 when the schema was current)
     * @throws StoreException if a migration fails
     */
    public static int migrate(StoreConfig config) {
        String folder = config.backend() == Backend.SQLITE ? "sqlite" : "postgresql";
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(config.jdbcUrl(), config.user(), config.password())
                    .locations("classpath:db/migration/" + folder)
                    .loggers("slf4j")
                    .load();
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new StoreException("store " + config.jdbcUrl() + ": cannot migrate the schema: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a plain connection to the store's database, set up as the store's own writer's is (on SQLite: WAL,
     * the busy timeout, foreign keys), for a component that keeps tables of its own there, as the alerts keep
     * their watches and outbox. The schema is left as it is: {@link #migrate} first.
     *
     * @param config where the store is
     * @return an open connection in auto-commit mode; the caller closes it
     * @throws StoreException if the database cannot be reached
     */
    public static Connection connect(StoreConfig config) {
        Objects.requireNonNull(config, "config");
        try {
            return new Dialect(config).connect(Dialect.Mode.WRITE);
        } catch (SQLException e) {
            throw new StoreException("store " + config.jdbcUrl() + ": cannot connect: " + e.getMessage(), e);
        }
    }

    /** @return the configuration it was opened with */
    public StoreConfig config() {
        return config;
    }

    /**
     * Stores an article with the events extracted from it, in one transaction. The same URL or text again
     * changes nothing; a near-duplicate text is stored and linked but adds no sources.
     *
     * @param article the cleaned article
     * @param events  the events extracted from it (their ids are the extractor's; the store issues its own)
     * @return what was stored, merged and revised
     * @throws StoreException if the transaction fails
     */
    public IngestOutcome ingest(Article article, List<Event> events) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(events, "events");
        return write("ingesting article '" + article.id() + "'", c -> writer.ingest(c, article, events));
    }

    /**
     * Events created or revised since a moment, by any process writing to this store: what alerts watch.
     *
     * @param since the earliest change wanted
     * @param max   the most ids returned
     * @return ids of active events changed at or after {@code since}, oldest change first
     * @throws StoreException if the query fails
     */
    public List<String> changedSince(Instant since, int max) {
        Objects.requireNonNull(since, "since");
        return read("listing events changed since " + since, c -> StoreReader.changedSince(c, since, max));
    }

    /**
     * Whether an article is already stored, by its URL or its words, as {@link #ingest} would find it: lets a
     * caller skip extracting an article the store would refuse as a duplicate.
     *
     * @param article the cleaned article
     * @return the id of the stored copy; empty when the article is new (or only a near-duplicate)
     * @throws StoreException if the query fails
     */
    public Optional<String> storedCopyOf(Article article) {
        Objects.requireNonNull(article, "article");
        return Optional.ofNullable(read("looking up article '" + article.id() + "'",
                c -> StoreWriter.storedCopyOf(c, article)));
    }

    /**
     * Folds one stored event into another: the kept event takes the other's sources and fuses its fields; the
     * other's id redirects to it from then on.
     *
     * @param keepId  the event that stays
     * @param otherId the event folded into it
     * @param reason  why, for both histories
     * @throws IllegalArgumentException if either id is unknown or not live, or they are the same
     * @throws StoreException if the transaction fails
     */
    public void merge(String keepId, String otherId, String reason) {
        long keep = EventRows.seq(keepId);
        long other = EventRows.seq(otherId);
        boolean done = write("merging " + otherId + " into " + keepId, c -> writer.merge(c, keep, other, reason));
        if (!done) {
            throw new IllegalArgumentException("cannot merge " + otherId + " into " + keepId
                    + ": both must be live events and different");
        }
    }

    /**
     * @param query the filters
     * @return matching live events, oldest first
     * @throws StoreException if the query fails
     */
    public List<StoredEvent> query(EventQuery query) {
        Objects.requireNonNull(query, "query");
        return read("querying events", c -> StoreReader.query(c, query));
    }

    /**
     * One page of a query with the total count and the store's last change, from one snapshot.
     *
     * @param query the filters, limit and offset
     * @return the page
     * @throws StoreException if the query fails
     */
    public EventPage page(EventQuery query) {
        Objects.requireNonNull(query, "query");
        return read("querying a page of events", c -> new EventPage(StoreReader.query(c, query),
                StoreReader.count(c, query), StoreReader.lastUpdate(c)));
    }

    /**
     * @param query the filters; limit and offset are ignored
     * @return matching live events counted by type, country and ISO week
     * @throws StoreException if the query fails
     */
    public EventCounts counts(EventQuery query) {
        Objects.requireNonNull(query, "query");
        return read("counting events", c -> StoreReader.counts(c, query));
    }

    /**
     * Creates an API token for the write endpoints of {@code sitrep serve}; only its hash is stored.
     *
     * @param name what the token is for, shown nowhere but the database
     * @return the token; it cannot be recovered later
     * @throws StoreException if the token cannot be stored
     */
    public String createToken(String name) {
        Objects.requireNonNull(name, "name");
        String token = tokens.generate();
        write("creating token '" + name + "'", c -> {
            Tokens.insert(c, token, name);
            return null;
        });
        return token;
    }

    /**
     * @param token a bearer token as a client sent it
     * @return the name it was created with; empty when it is not a stored token
     * @throws StoreException if the lookup fails
     */
    public Optional<String> tokenName(String token) {
        Objects.requireNonNull(token, "token");
        return Optional.ofNullable(read("checking a token", c -> Tokens.find(c, token)));
    }

    /**
     * @param eventId an event id; a redirected id leads to the event it was merged into
     * @return the event with every source's account, evidence sentences and history; empty when unknown
     * @throws StoreException if the query fails
     */
    public Optional<EventDetail> show(String eventId) {
        long seq = EventRows.seq(eventId);
        if (seq < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(read("showing " + eventId, c -> StoreReader.detail(c, seq, eventId)));
    }

    /**
     * @return counts of articles, events and sources
     * @throws StoreException if the query fails
     */
    public StoreStats stats() {
        return read("counting", StoreReader::stats);
    }

    /**
     * The feed items a feed has already handed on, for {@link org.sitrep.article.feed.FeedPoller} to skip them
     * on every later run.
     *
     * @param source the feed as the user names it: its URL or file
     * @return the feed's record of seen items, usable until this store is closed
     * @throws NullPointerException if source is null
     */
    public SeenFeedItems seenItems(String source) {
        return new SeenFeedItems(this, Objects.requireNonNull(source, "source"), Clock.systemUTC());
    }

    /** Closes every connection; the store is unusable afterwards. */
    @Override
    public void close() {
        synchronized (writeConnection) {
            quietly(writeConnection);
        }
        for (Connection c = idleReaders.poll(); c != null; c = idleReaders.poll()) {
            quietly(c);
        }
    }

    <T> T write(String what, SqlWork<T> work) {
        synchronized (writeConnection) {
            return transactions.run(writeConnection, Dialect.Mode.WRITE, what, work);
        }
    }

    <T> T read(String what, SqlWork<T> work) {
        Connection c = idleReaders.poll();
        try {
            if (c == null) {
                c = dialect.connect(Dialect.Mode.READ);
            }
        } catch (SQLException e) {
            throw new StoreException(name + ": cannot connect: " + e.getMessage(), e);
        }
        try {
            T result = transactions.run(c, Dialect.Mode.READ, what, work);
            idleReaders.add(c);
            return result;
        } catch (RuntimeException e) {
            // A connection that failed may be broken: drop it rather than pool it.
            quietly(c);
            throw e;
        }
    }

    private static void quietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Closing is best effort: the data is committed or rolled back already.
        }
    }
}
