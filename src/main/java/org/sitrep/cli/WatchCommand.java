package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.store.StoreConfig;
import org.sitrep.web.alert.Area;
import org.sitrep.web.alert.Watch;
import org.sitrep.web.alert.WatchJson;
import org.sitrep.web.alert.WatchKind;
import org.sitrep.web.alert.WatchStore;
import org.sitrep.web.alert.WebhookUrl;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep watch add|list|remove}: the saved watches whose matches {@code sitrep serve} POSTs to webhooks.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Manages alert watches. 'sitrep serve' checks every event it ingests against them and POSTs",
                "matches to each watch's webhook, retrying until accepted."})
public final class WatchCommand {
    @Option(names = "--db", paramLabel = "DB", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "the store (default: ${DEFAULT-VALUE}) or postgresql://user[:password]@host[:port]/db")
    private String db = StoreConfig.DEFAULT_DB;

    /** Where an area watch looks, or which division a surge watch counts. */
    static final class Target {
        @Option(names = "--point", paramLabel = "LAT,LON", description = "centre of a circle (with --radius-km)")
        String point;
        @Option(names = "--polygon", paramLabel = "FILE", description = "a GeoJSON Polygon (or Feature) file")
        Path polygon;
        @Option(names = "--surge-admin1", paramLabel = "NAME",
                description = "a surge watch: this division's events in a week above twice its 4-week mean")
        String surgeAdmin1;
    }

    /**
     * Adds a watch and prints it as JSON.
     *
     * @return the exit code, 0
     */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a watch and prints it with its id.")
    int add(@ArgGroup(exclusive = true, multiplicity = "1") Target target,
            @Option(names = "--radius-km", paramLabel = "KM", description = "radius around --point") Double radiusKm,
            @Option(names = "--country", paramLabel = "NAME", description = "country of --surge-admin1") String country,
            @Option(names = "--types", paramLabel = "T1|T2", description = "event types to match (default: all)")
            String types,
            @Option(names = "--min-fatalities", paramLabel = "N", defaultValue = "0",
                    description = "fewest fatalities to match (default: ${DEFAULT-VALUE})") int minFatalities,
            @Option(names = "--webhook", paramLabel = "URL", required = true, description = "where to POST matches")
            String webhook,
            @Option(names = "--name", paramLabel = "NAME", defaultValue = "unnamed", description = "a label") String name) {
        Watch watch;
        try {
            Set<String> typeSet = types == null ? Set.of() : new TreeSet<>(List.of(types.split("\\|")));
            WatchKind kind = target.surgeAdmin1 == null ? WatchKind.AREA : WatchKind.SURGE;
            watch = new Watch(0, name, kind, area(target, radiusKm), country, target.surgeAdmin1, typeSet,
                    minFatalities, WebhookUrl.parse(webhook));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try (WatchStore watches = WatchStore.open(StoreConfig.forDb(db))) {
            System.out.println(WatchJson.write(watches.add(watch)));
        }
        return 0;
    }

    /**
     * Prints every watch, one JSON object a line.
     *
     * @return the exit code, 0
     */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Prints every watch, one JSON object a line.")
    int list() {
        try (WatchStore watches = WatchStore.open(StoreConfig.forDb(db))) {
            watches.list().forEach(w -> System.out.println(WatchJson.write(w)));
        }
        return 0;
    }

    /**
     * Removes a watch.
     *
     * @param id the watch id
     * @return 0 when removed, 1 when there was no such watch
     */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a watch. Exit code 1: no such watch.")
    int remove(@Parameters(paramLabel = "ID", description = "the watch id, as 'list' prints it") long id) {
        try (WatchStore watches = WatchStore.open(StoreConfig.forDb(db))) {
            if (!watches.remove(id)) {
                System.err.println("sitrep watch remove: no watch " + id);
                return 1;
            }
        }
        return 0;
    }

    private static Area area(Target target, Double radiusKm) {
        if (target.surgeAdmin1 != null) {
            return null;
        }
        if (target.polygon != null) {
            try {
                return Area.Polygon.parse(Files.readString(target.polygon));
            } catch (IOException e) {
                throw new UsageException("--polygon: cannot read " + target.polygon + ": " + e.getMessage());
            }
        }
        String[] parts = target.point.split(",");
        if (parts.length != 2 || radiusKm == null) {
            throw new UsageException("--point needs LAT,LON and --radius-km, got '" + target.point + "'");
        }
        try {
            return new Area.Circle(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()), radiusKm);
        } catch (NumberFormatException e) {
            throw new UsageException("--point: expected two numbers LAT,LON, got '" + target.point + "'");
        }
    }
}
