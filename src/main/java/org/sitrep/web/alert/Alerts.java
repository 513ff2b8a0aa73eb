package org.sitrep.web.alert;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.sitrep.extract.Event;
import org.sitrep.store.EventDetail;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.IngestOutcome;
import org.sitrep.store.Revision;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredEvent;
import org.sitrep.util.Json;

/**
 * Matches new and revised events against the watches, puts each match in the outbox (committed, so a restart
 * loses none) and POSTs the outbox to the webhooks on a background thread, retrying failures with back-off
 * until they are accepted. Every match is also handed to a listener (the page's event stream).
 * Thread-safe; {@link #close()} stops the delivery thread (pending deliveries wait in the outbox).
 */
public final class Alerts implements AutoCloseable {
    /** How far back the first look for changed events goes: events stored while the server was down. */
    static final Duration LOOKBACK = Duration.ofDays(1);
    /** Each look overlaps the one before by this much, for changes stamped while the last look ran. */
    private static final Duration OVERLAP = Duration.ofSeconds(5);
    private static final int MAX_CHANGES = 10_000;
    private volatile Instant changesCursor = Instant.now().minus(LOOKBACK);
    /** The most deliveries one pass of the delivery thread sends. */
    static final int BATCH = 50;
    /** How many weeks before an event's week a surge watch averages over. */
    static final int SURGE_WEEKS = 4;
    private final EventStore events;
    private final WatchStore watches;
    private final AlertConfig config;
    private final Consumer<String> listener;
    private final HttpClient client;
    private final ScheduledExecutorService deliverer;

    private Alerts(EventStore events, WatchStore watches, AlertConfig config, Consumer<String> listener) {
        this.events = events;
        this.watches = watches;
        this.config = config;
        this.listener = listener;
        this.client = HttpClient.newBuilder().connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.deliverer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sitrep-alert-delivery");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts the delivery thread; deliveries left from an earlier run are sent first.
     *
     * @param events   the event store the matches are read from
     * @param watches  the watches and the outbox
     * @param config   polling and back-off
     * @param listener receives each match's JSON payload as it is enqueued (called on the ingesting thread)
     * @return the running alerts
     */
    public static Alerts start(EventStore events, WatchStore watches, AlertConfig config, Consumer<String> listener) {
        Alerts alerts = new Alerts(Objects.requireNonNull(events, "events"), Objects.requireNonNull(watches, "watches"),
                Objects.requireNonNull(config, "config"), Objects.requireNonNull(listener, "listener"));
        alerts.deliverer.scheduleWithFixedDelay(alerts::deliverQuietly, 0, config.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        alerts.deliverer.scheduleWithFixedDelay(alerts::watchChangesQuietly, 0, config.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        return alerts;
    }

    /**
     * Checks what one ingest created or revised against every watch and enqueues the matches.
     *
     * @param outcome what the ingest did
     * @return how many deliveries were enqueued
     * @throws StoreException if reading the events or writing the outbox fails
     */
    public int onIngest(IngestOutcome outcome) {
        List<String> changed = new ArrayList<>(outcome.created());
        changed.addAll(outcome.revised());
        return check(changed);
    }

    /**
     * Checks the events any process created or revised since the last look (at the start: the last
     * {@link #LOOKBACK}) against every watch: {@code sitrep ingest} and the feed poller write from other
     * processes.
     * A match already enqueued is not enqueued again, so looking twice at an event is harmless, and a watch
     * sees only changes made after its creation, so that a restart sends nothing older than the watch.
     *
     * @return how many deliveries were enqueued
     * @throws StoreException if reading the events or writing the outbox fails
     */
    public int checkChanges() {
        Instant now = Instant.now();
        List<String> changed = events.changedSince(changesCursor.minus(OVERLAP), MAX_CHANGES);
        int enqueued = check(changed);
        changesCursor = now;
        return enqueued;
    }

    private void watchChangesQuietly() {
        try {
            checkChanges();
        } catch (RuntimeException e) {
            // The next poll looks again from the same moment (and a task that throws would never run again).
        }
    }

    private int check(List<String> changed) {
        if (changed.isEmpty()) {
            return 0;
        }
        List<Watch> all = watches.list();
        int enqueued = 0;
        for (String id : changed) {
            Optional<EventDetail> detail = events.show(id);
            if (detail.isEmpty()) {
                continue;
            }
            StoredEvent stored = detail.get().stored();
            List<Revision> history = detail.get().history();
            Instant changedAt = history.isEmpty() ? null : history.get(history.size() - 1).at();
            for (Watch watch : all) {
                // Events changed before the watch existed are not its news, however far back a look reaches.
                if (!watch.sees(changedAt)) {
                    continue;
                }
                enqueued += watch.kind() == WatchKind.AREA ? area(watch, stored) : surge(watch, stored.event());
            }
        }
        return enqueued;
    }

    /**
     * Sends every due delivery once; the delivery thread calls this, tests may too.
     *
     * @return how many were accepted by their webhooks
     * @throws StoreException if the outbox cannot be read or updated
     */
    public int deliverDue() {
        int accepted = 0;
        for (Delivery d : watches.due(Instant.now(), BATCH)) {
            String error;
            try {
                error = post(WebhookUrl.parse(d.url()), d);
            } catch (RuntimeException e) {
                // A URL stored before webhooks were checked, or one the client refuses, fails this delivery
                // (recorded on its row, retried with back-off), never the loop.
                error = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            if (error == null) {
                watches.delivered(d.id(), Instant.now());
                accepted++;
            } else {
                watches.failed(d.id(), Instant.now().plus(config.backoff(d.attempts() + 1)), error);
            }
        }
        return accepted;
    }

    /** Stops the delivery thread, waiting for a send in progress to finish. */
    @Override
    public void close() {
        deliverer.shutdown();
        try {
            deliverer.awaitTermination(config.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int area(Watch watch, StoredEvent stored) {
        Event e = stored.event();
        boolean inside = e.latitude() != null && e.longitude() != null
                && watch.area().contains(e.latitude(), e.longitude());
        boolean typed = watch.eventTypes().isEmpty() || watch.eventTypes().contains(e.eventType());
        boolean deadly = (e.fatalities() == null ? 0 : e.fatalities()) >= watch.minFatalities();
        if (!inside || !typed || !deadly) {
            return 0;
        }
        ObjectNode payload = header(watch);
        payload.set("event", Json.mapper().valueToTree(e));
        payload.put("revision", stored.revision());
        return enqueue(watch, e.eventId() + " r" + stored.revision(), payload);
    }

    private int surge(Watch watch, Event e) {
        boolean here = e.eventDate() != null && watch.admin1().equalsIgnoreCase(String.valueOf(e.admin1()))
                && (watch.country() == null || watch.country().equalsIgnoreCase(String.valueOf(e.country())));
        if (!here) {
            return 0;
        }
        LocalDate monday = e.eventDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long thisWeek = count(watch, monday, monday.plusDays(6));
        long before = count(watch, monday.minusWeeks(SURGE_WEEKS), monday.minusDays(1));
        double mean = before / (double) SURGE_WEEKS;
        if (thisWeek <= 2 * mean) {
            return 0;
        }
        String week = String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        ObjectNode payload = header(watch).put("admin1", watch.admin1()).put("country", watch.country())
                .put("week", week).put("events", thisWeek).put("weekly_mean_before", mean);
        return enqueue(watch, week, payload);
    }

    private long count(Watch watch, LocalDate from, LocalDate to) {
        return events.page(new EventQuery(watch.country(), watch.admin1(), from, to, null, null, null, null, null, 0, 0))
                .total();
    }

    private int enqueue(Watch watch, String key, ObjectNode payload) {
        String body = payload.toString();
        if (!watches.enqueue(watch, key, body)) {
            return 0;
        }
        listener.accept(body);
        try {
            // Deliver at once rather than at the next poll.
            deliverer.execute(this::deliverQuietly);
        } catch (RejectedExecutionException e) {
            // Closing: the outbox keeps it for the next start.
        }
        return 1;
    }

    private static ObjectNode header(Watch watch) {
        ObjectNode payload = Json.mapper().createObjectNode();
        payload.putObject("watch").put("id", watch.id()).put("name", watch.name()).put("kind", watch.kind().name());
        return payload;
    }

    /** @return null when the webhook accepted the delivery (2xx), else why not */
    private String post(URI url, Delivery d) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(config.requestTimeout())
                .header("Content-Type", "application/json").header("X-Sitrep-Watch", Long.toString(d.watchId()))
                .header("X-Sitrep-Delivery", Long.toString(d.id()))
                .POST(HttpRequest.BodyPublishers.ofString(d.payload())).build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "the webhook answered " + status;
        } catch (IOException e) {
            return "the webhook could not be reached: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while sending";
        }
    }

    private void deliverQuietly() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            // The outbox keeps the deliveries; the next poll tries again once the database answers. Whatever
            // went wrong, the task must not throw: a scheduled task that throws is never run again.
        }
    }
}
