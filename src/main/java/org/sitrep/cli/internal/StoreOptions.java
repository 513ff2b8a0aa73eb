package org.sitrep.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.sitrep.SitrepConfig;
import org.sitrep.cli.UsageException;
import org.sitrep.extract.EventType;
import org.sitrep.extract.SubEventType;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreConfig;
import picocli.CommandLine.Option;

/**
 * The options the store commands share: {@code --db} and the ACLED-style filters.
 */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DB",
            description = {"the store: a SQLite file (default: ${DEFAULT-VALUE} in the working directory)",
                    "or postgresql://user[:password]@host[:port]/db"})
    private String db = StoreConfig.DEFAULT_DB;

    @Option(names = "--country", paramLabel = "NAME", description = "country name")
    private String country;

    @Option(names = "--admin1", paramLabel = "NAME", description = "first-level division")
    private String admin1;

    @Option(names = "--from", paramLabel = "DATE", description = "first event date, YYYY-MM-DD")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last event date, YYYY-MM-DD")
    private String to;

    @Option(names = "--type", paramLabel = "TYPE", description = "event type, e.g. \"Battles\"")
    private String type;

    @Option(names = "--sub-type", paramLabel = "TYPE", description = "sub-event type, e.g. \"Armed clash\"")
    private String subType;

    @Option(names = "--actor", paramLabel = "NAME", description = "part of an actor's name")
    private String actor;

    @Option(names = "--bbox", paramLabel = "BOX", description = "minLon,minLat,maxLon,maxLat")
    private String bbox;

    @Option(names = "--text", paramLabel = "WORDS", description = "words in the summary, place or actors")
    private String text;

    /**
     * Opens the store, creating it when it does not exist yet: for the commands that fill a store.
     *
     * @return the open store
     * @throws UsageException if the --db value cannot be read
     */
    public EventStore open() {
        try {
            return EventStore.open(config());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * Opens a store that must exist already: for the commands that only read one, so that a mistyped
     * {@code --db} is named instead of answered from a new, empty store.
     *
     * @return the open store
     * @throws UsageException if the --db value cannot be read or names a SQLite file that does not exist
     */
    public EventStore openExisting() {
        StoreConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path file = config.sqliteFile().orElse(null);
        if (file != null && !Files.exists(file)) {
            throw new UsageException("--db: there is no store at " + db + "; check the path, or fill a new store"
                    + " with 'sitrep ingest --db " + db + " PATH...'");
        }
        return open();
    }

    private StoreConfig config() {
        return StoreConfig.forDb(db).withDedup(SitrepConfig.DEFAULT.dedup());
    }

    /**
     * @param limit  the most events
     * @param offset events to skip
     * @return the filters as a query
     * @throws UsageException naming the flag whose value is bad
     */
    public EventQuery query(int limit, int offset) {
        try {
            return new EventQuery(country, admin1, day("--from", from), day("--to", to),
                    label("--type", type, Arrays.stream(EventType.values()).map(EventType::label).toList()),
                    label("--sub-type", subType, Arrays.stream(SubEventType.values()).map(SubEventType::label).toList()),
                    actor,
                    bbox == null ? null : BoundingBox.parse(bbox), text, limit, offset);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * A type as the store writes it, whatever its case; a name that is no type is bad usage rather than a
     * query that silently finds nothing.
     */
    private static String label(String flag, String value, List<String> labels) {
        if (value == null) {
            return null;
        }
        for (String l : labels) {
            if (l.equalsIgnoreCase(value.strip())) {
                return l;
            }
        }
        throw new UsageException(flag + ": '" + value + "' is not one of the " + labels.size() + " types: "
                + String.join(", ", labels));
    }

    private static LocalDate day(String flag, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(flag + ": expected YYYY-MM-DD, got '" + value + "'");
        }
    }
}
