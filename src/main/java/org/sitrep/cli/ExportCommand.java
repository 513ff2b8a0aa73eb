package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.cli.internal.StoreOptions;
import org.sitrep.store.EventExporter;
import org.sitrep.store.EventStore;
import org.sitrep.store.ExportFormat;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep export}: writes stored events matching the filters as CSV, GeoJSON or JSON lines on stdout.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes stored events matching the filters on stdout.",
                "csv: ACLED's column names and order where a field exists in both, Sitrep's fields after;",
                "geojson: a FeatureCollection of points; jsonl: the Event format, one per line."})
public final class ExportCommand implements Callable<Integer> {
    private static final int PAGE = 1000;

    @Mixin
    private StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "csv, geojson or jsonl")
    private String format;

    @Option(names = "--limit", paramLabel = "N", description = "the most events written (default: all)")
    private int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() {
        ExportFormat chosen;
        try {
            chosen = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
        store.query(0, 0);
        int written = 0;
        try (EventStore events = store.openExisting();
             EventExporter out = EventExporter.open(chosen, new BufferedWriter(
                     new OutputStreamWriter(System.out, StandardCharsets.UTF_8)))) {
            // Page through the store so that an export of any size runs in little memory.
            while (written < limit) {
                List<StoredEvent> page = events.query(store.query(Math.min(PAGE, limit - written), written));
                for (StoredEvent s : page) {
                    out.write(s);
                }
                written += page.size();
                if (page.size() < PAGE) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to stdout", e);
        }
        System.err.println(written + " event(s) exported");
        return 0;
    }
}
