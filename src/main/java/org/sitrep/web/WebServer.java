package org.sitrep.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.sitrep.article.Article;
import org.sitrep.article.ArticleReader;
import org.sitrep.extract.Event;
import org.sitrep.store.EventDetail;
import org.sitrep.store.EventPage;
import org.sitrep.store.EventStore;
import org.sitrep.store.ExportFormat;
import org.sitrep.store.IngestOutcome;
import org.sitrep.util.Json;
import org.sitrep.web.alert.Alerts;
import org.sitrep.web.alert.WatchJson;
import org.sitrep.web.alert.WatchStore;
import org.sitrep.web.internal.ArticleIntake;
import org.sitrep.web.internal.BindAddress;
import org.sitrep.web.internal.EventParams;
import org.sitrep.web.internal.JettyErrors;
import org.sitrep.web.internal.Metrics;
import org.sitrep.web.internal.Replies;
import org.sitrep.web.internal.SecurityHeaders;
import org.sitrep.web.internal.WatchRequest;

/**
 * {@code sitrep serve}: the REST API over an event store and the map page, in one Javalin server.
 * Read endpoints are open or need a token as {@link ServeConfig#readAccess()} says; {@code POST /api/articles}
 * always needs a bearer token from {@code sitrep token create}. Every refusal is a JSON body
 * ({@link ApiException}); a failure inside the server answers 500 without details.
 * Thread-safe; {@link #close()} stops it (the store stays open: the caller owns it).
 */
public final class WebServer implements AutoCloseable {
    private static final String STATIC = "/org/sitrep/web/static";
    private static final String OPENAPI = "/org/sitrep/web/openapi.json";
    private static final String JSON = "application/json; charset=utf-8";
    private static final String OTHER_ROUTE = "other";

    private final EventStore store;
    private final Function<Article, List<Event>> extractor;
    private final ServeConfig config;
    private final BindAddress bind;
    private final ArticleIntake intake = new ArticleIntake(new ArticleReader());
    private final Metrics metrics = new Metrics();
    private final Set<SseClient> listeners = ConcurrentHashMap.newKeySet();
    private final WatchStore watches;
    private final Alerts alerts;
    private final Javalin app;

    private WebServer(EventStore store, Function<Article, List<Event>> extractor, ServeConfig config,
            BindAddress bind) {
        this.store = store;
        this.bind = bind;
        this.extractor = extractor;
        this.config = config;
        this.watches = WatchStore.open(store.config());
        this.alerts = Alerts.start(store, watches, config.alerts(), payload -> broadcast("alert", payload));
        this.app = Javalin.create(this::configure);
    }

    /**
     * Starts serving.
     *
     * @param store     the events to serve and ingest into; stays open after {@link #close()}
     * @param extractor finds an article's events for {@code POST /api/articles}
     * @param config    port, address and limits
     * @return the running server
     * @throws WebServerException if it cannot listen (address unknown or not this machine's, port taken)
     */
    public static WebServer start(EventStore store, Function<Article, List<Event>> extractor, ServeConfig config) {
        Objects.requireNonNull(config, "config");
        BindAddress bind = BindAddress.resolve(config.bindAddress());
        WebServer server = new WebServer(Objects.requireNonNull(store, "store"),
                Objects.requireNonNull(extractor, "extractor"), config, bind);
        try {
            server.app.start(config.bindAddress(), config.port());
        } catch (RuntimeException e) {
            server.close();
            throw new WebServerException("cannot listen on " + config.bindAddress() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
        return server;
    }

    /** @return the port it listens on (the one picked when configured with 0) */
    public int port() {
        return app.port();
    }

    /**
     * @return the page's address, e.g. {@code http://127.0.0.1:8080/}; when listening on every address, one
     *         of this machine's that others can open
     */
    public URI url() {
        return URI.create(bind.url(port()));
    }

    /**
     * @return for the console when the server listens on every address: a warning that anyone on the network
     *         can read when reads are open, a note that reads need a token otherwise, each naming the address
     *         to open; empty when the server listens on one address
     */
    public Optional<String> exposure() {
        if (!bind.everyAddress()) {
            return Optional.empty();
        }
        String where = "listening on every address (" + config.bindAddress() + "): ";
        if (config.readAccess() == ReadAccess.TOKEN) {
            return Optional.of("note: " + where + "the network can reach this server, reads need a token;"
                    + " reachable at " + url());
        }
        return Optional.of("warning: " + where + "reads are open to the network, anyone who can reach this machine"
                + " can read the events (--read-access TOKEN asks for a token); reachable at " + url());
    }

    /** Stops listening, ends open requests and stops delivering alerts (pending ones wait in the outbox). */
    @Override
    public void close() {
        app.stop();
        alerts.close();
        watches.close();
    }

    private void configure(JavalinConfig c) {
        c.startup.showJavalinBanner = false;
        c.http.maxRequestSize = config.maxBodyBytes();
        c.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new SecurityHeaders()));
        c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        c.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = STATIC;
            files.location = Location.CLASSPATH;
        });
        c.requestLogger.http((ctx, ms) -> metrics.record(ctx.method().name(), route(ctx), ctx.status().getCode(),
                ms / 1000.0));
        c.routes.exception(ApiException.class, (e, ctx) -> refuse(ctx, e));
        c.routes.exception(Exception.class, (e, ctx) -> {
            // The client learns nothing of the server's insides; the operator's console gets the whole story.
            System.err.println("sitrep serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            e.printStackTrace(System.err);
            ctx.status(500).contentType(JSON)
                    .result(Replies.error(500, "internal server error", "the server failed to answer; see its log"));
        });
        c.routes.error(404, ctx -> {
            // Javalin answers unknown routes in plain text; the API's own 404s are JSON already.
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) {
                refuse(ctx, new NotFoundException("no such resource: " + ctx.method() + " " + ctx.path()));
            }
        });
        c.routes.before("/api/*", this::checkReadAccess);
        c.routes.get("/api/events", this::events);
        c.routes.get("/api/events/{id}", this::event);
        c.routes.get("/api/stats", ctx -> json(ctx, Replies.stats(store.counts(EventParams.filters(ctx.queryParamMap())))));
        c.routes.get("/api/health", ctx -> json(ctx, Replies.write(Json.mapper().createObjectNode()
                .put("status", "ok").put("events", store.stats().events()))));
        c.routes.get("/api/config", ctx -> json(ctx, Replies.write(Json.mapper().createObjectNode()
                .put("tile_url", config.tileUrl()))));
        c.routes.get("/api/openapi.json", ctx -> json(ctx, resource(OPENAPI)));
        c.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.render(store.stats().events())));
        c.routes.post("/api/articles", this::articles);
        c.routes.get("/api/watches", ctx -> {
            ArrayNode list = Json.mapper().createArrayNode();
            watches.list().forEach(w -> list.add(WatchJson.write(w)));
            json(ctx, Replies.write(list));
        });
        c.routes.post("/api/watches", ctx -> {
            requireToken(ctx);
            ctx.status(HttpStatus.CREATED);
            json(ctx, Replies.write(WatchJson.write(watches.add(WatchRequest.read(body(ctx))))));
        });
        c.routes.delete("/api/watches/{id}", ctx -> {
            requireToken(ctx);
            String id = ctx.pathParam("id");
            if (!id.matches("[0-9]{1,18}") || !watches.remove(Long.parseLong(id))) {
                throw new NotFoundException("no watch " + id);
            }
            ctx.status(HttpStatus.NO_CONTENT);
        });
        c.routes.sse("/api/stream", client -> {
            client.keepAlive();
            client.onClose(() -> listeners.remove(client));
            listeners.add(client);
        });
    }

    private void events(Context ctx) {
        EventParams params = EventParams.listing(ctx.queryParamMap());
        EventPage page = store.page(params.query());
        switch (params.format()) {
            case JSON -> json(ctx, Replies.page(page, params.fields()));
            case CSV -> ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"events.csv\"")
                    .result(Replies.export(page, ExportFormat.CSV));
            case GEOJSON -> ctx.contentType("application/geo+json; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"events.geojson\"")
                    .result(Replies.export(page, ExportFormat.GEOJSON));
        }
    }

    private void event(Context ctx) {
        String id = ctx.pathParam("id");
        EventDetail detail = store.show(id).orElseThrow(() -> new NotFoundException("no event " + id));
        String kept = detail.stored().event().eventId();
        if (!kept.equals(id)) {
            // The id was merged away: point clients at the event it lives on in, for good.
            ctx.header("Location", "/api/events/" + kept);
            ctx.status(HttpStatus.PERMANENT_REDIRECT).contentType(JSON).result(Replies.write(Json.mapper()
                    .createObjectNode().put("status", 308).put("moved_to", kept)));
            return;
        }
        json(ctx, Replies.detail(detail));
    }

    private void articles(Context ctx) throws IOException {
        requireToken(ctx);
        List<Article> articles = intake.read(body(ctx));
        ObjectNode reply = Json.mapper().createObjectNode();
        ArrayNode results = reply.putArray("articles");
        for (Article article : articles) {
            IngestOutcome done = store.ingest(article, extractor.apply(article));
            ObjectNode result = results.addObject().put("article_id", done.articleId())
                    .put("status", done.status().name()).put("duplicate_of", done.duplicateOf());
            result.set("created", Json.mapper().valueToTree(done.created()));
            result.set("merged", Json.mapper().valueToTree(done.merged()));
            result.set("revised", Json.mapper().valueToTree(done.revised()));
            announce(done);
            alerts.onIngest(done);
        }
        ctx.status(HttpStatus.CREATED);
        json(ctx, Replies.write(reply));
    }

    /** Tells every open page which events an ingest created or changed, for its toast. */
    private void announce(IngestOutcome done) {
        if (done.created().isEmpty() && done.revised().isEmpty()) {
            return;
        }
        ObjectNode news = Json.mapper().createObjectNode().put("article_id", done.articleId());
        news.set("created", Json.mapper().valueToTree(done.created()));
        news.set("revised", Json.mapper().valueToTree(done.revised()));
        broadcast("events", Replies.write(news));
    }

    /** Sends one server-sent event to every open page. */
    private void broadcast(String name, String data) {
        for (SseClient client : listeners) {
            if (client.terminated()) {
                listeners.remove(client);
            } else {
                client.sendEvent(name, data, null);
            }
        }
    }

    /** Reads the body, refusing it once it passes the limit, whether or not a Content-Length was sent. */
    private byte[] body(Context ctx) throws IOException {
        long limit = config.maxBodyBytes();
        if (ctx.contentLength() > limit) {
            throw new PayloadTooLargeException(limit);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw new PayloadTooLargeException(limit);
            }
            return body;
        }
    }

    private void checkReadAccess(Context ctx) {
        boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        if (read && config.readAccess() == ReadAccess.TOKEN && !ctx.path().equals("/api/health")) {
            requireToken(ctx);
        }
    }

    private void requireToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthorizedException("a bearer token is required: send 'Authorization: Bearer <token>'"
                    + " with a token from 'sitrep token create'");
        }
        Optional<String> name = store.tokenName(header.substring(7).strip());
        if (name.isEmpty()) {
            throw new UnauthorizedException("the bearer token is not known to this server");
        }
    }

    private static void refuse(Context ctx, ApiException e) {
        if (e instanceof UnauthorizedException) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        ctx.status(e.status()).contentType(JSON).result(Replies.error(e));
    }

    private static void json(Context ctx, String body) {
        ctx.contentType(JSON).result(body);
    }

    /** @return the route template that answered, so that metrics have few label values */
    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        return endpoint == null ? OTHER_ROUTE : endpoint.path;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NotFoundException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
