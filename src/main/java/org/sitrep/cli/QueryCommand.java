package org.sitrep.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.sitrep.cli.internal.StoreOptions;
import org.sitrep.extract.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep query}: lists stored events matching ACLED-style filters as a table.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Lists stored events matching the filters, oldest first, as a readable table.")
public final class QueryCommand implements Callable<Integer> {
    private static final String ROW = "%-10s %-10s %-34s %-28s %-14s %6s %7s%n";

    @Mixin
    private StoreOptions store;

    @Option(names = "--limit", paramLabel = "N", description = "the most events shown (default: ${DEFAULT-VALUE})")
    private int limit = EventQuery.DEFAULT_LIMIT;

    @Option(names = "--offset", paramLabel = "N", description = "events skipped first (default: 0)")
    private int offset;

    @Override
    public Integer call() {
        EventQuery query = store.query(limit, offset);
        List<StoredEvent> found;
        try (EventStore events = store.openExisting()) {
            found = events.query(query);
        }
        PrintStream out = System.out;
        out.printf(ROW, "ID", "DATE", "SUB-EVENT TYPE", "LOCATION", "COUNTRY", "KILLED", "SOURCES");
        for (StoredEvent s : found) {
            Event e = s.event();
            out.printf(ROW, e.eventId(), Objects.toString(e.eventDate(), "-"), cut(e.subEventType(), 34),
                    cut(e.location(), 28), cut(e.country(), 14), Objects.toString(e.fatalities(), "-"),
                    e.articleIds().size());
        }
        System.err.println(found.size() + " event(s)");
        return 0;
    }

    private static String cut(String s, int width) {
        if (s == null) {
            return "-";
        }
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
