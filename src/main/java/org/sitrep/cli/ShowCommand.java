package org.sitrep.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.cli.internal.StoreOptions;
import org.sitrep.extract.Event;
import org.sitrep.store.EventDetail;
import org.sitrep.store.EventStore;
import org.sitrep.store.Revision;
import org.sitrep.store.SourceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep show}: one event with every field, each source's account and evidence, and its history.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows one stored event: its fields, what each source said with the evidence sentence,",
                "and every revision with its reason. Exit code: 0 shown, 1 no such event."})
public final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "EVENT_ID", description = "an event id, e.g. EV-12")
    private String eventId;

    @Mixin
    private StoreOptions store;

    @Override
    public Integer call() {
        Optional<EventDetail> found;
        try (EventStore events = store.openExisting()) {
            found = events.show(eventId);
        }
        if (found.isEmpty()) {
            System.err.println("sitrep show: no event " + eventId + " in the store");
            return 1;
        }
        print(found.get(), System.out);
        return 0;
    }

    private static void print(EventDetail d, PrintStream out) {
        Event e = d.stored().event();
        if (!d.requested().equals(e.eventId())) {
            out.println(d.requested() + " was merged into " + e.eventId());
        }
        out.println(e.eventId() + "  (revision " + d.stored().revision() + ")");
        field(out, "date", e.eventDate() + " (precision " + e.timePrecision() + ")");
        field(out, "type", e.eventType() + " / " + e.subEventType());
        field(out, "actors", e.actor1() + " vs " + e.actor2());
        field(out, "place", e.location() + ", " + e.admin1() + ", " + e.country() + " (" + e.latitude() + ", "
                + e.longitude() + ", precision " + e.geoPrecision() + ")");
        field(out, "killed/injured", e.fatalities() + " / " + e.injuries());
        field(out, "weapon", e.weapon());
        field(out, "claimed by", e.claimedBy());
        field(out, "blamed on", e.blamedOn());
        field(out, "summary", e.summary());
        out.println("sources:");
        for (SourceReport s : d.sources()) {
            Event said = s.reported();
            out.println("  " + s.articleId() + "  " + s.outlet() + "  " + s.published() + "  " + s.url());
            out.println("    said: " + said.eventDate() + ", " + said.location() + ", killed " + said.fatalities()
                    + ", injured " + said.injuries() + ", " + said.actor1() + " vs " + said.actor2());
            for (Map.Entry<String, String> ev : s.evidence().entrySet()) {
                out.println("    " + ev.getKey() + ": \"" + ev.getValue() + "\"");
            }
        }
        out.println("history:");
        for (Revision r : d.history()) {
            out.println("  " + r.revision() + "  " + r.at() + "  " + r.action() + "  " + r.reason());
        }
    }

    private static void field(PrintStream out, String name, String value) {
        out.printf("  %-15s %s%n", name, value == null ? "-" : value);
    }
}
