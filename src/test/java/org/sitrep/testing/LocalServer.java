package org.sitrep.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on the loopback interface, port chosen by the system, that serves what a test tells it to; shared
 * by the tests of the feed library and of the commands that read feeds.
 */
public final class LocalServer implements AutoCloseable {
    /** The folder of feed and page fixtures. */
    public static final Path FIXTURES = Path.of("src", "test", "resources", "feeds");
    /** The content type of an HTML page in UTF-8. */
    public static final String HTML = "text/html; charset=utf-8";
    /** The content type of an RSS feed. */
    public static final String RSS = "application/rss+xml";

    static {
        // Without it the JDK server's separate header and body writes meet delayed ACKs: 40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "local-http");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    /** Starts the server; every path answers 404 until a route is set. */
    public LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** @return the address of a path on this server */
    public URI uri(String path) {
        return URI.create(base() + path);
    }

    /** @return the server's address without a path, e.g. {@code http://127.0.0.1:40123} */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers every request for the path with this status, content type and body. */
    public void serve(String path, int status, String contentType, byte[] body) {
        routes.put(path, exchange -> respond(exchange, status, contentType, body));
    }

    /** Answers every request for the path with 200 and this text. */
    public void serve(String path, String contentType, String body) {
        serve(path, 200, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves a fixture with every {@code http://news.example} link pointing at this server instead. */
    public void serveFixture(String path, String contentType, String fixture) {
        serve(path, contentType, fixture(fixture).replace("http://news.example", base()));
    }

    /** Answers requests for one path with a 302 to another address. */
    public void redirect(String from, String to) {
        routes.put(from, exchange -> {
            exchange.getResponseHeaders().set("Location", to);
            respond(exchange, 302, HTML, new byte[0]);
        });
    }

    /** Answers requests for the path with a short page after a delay. */
    public void slow(String path, Duration delay) {
        routes.put(path, exchange -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, HTML, "<p>Too late.</p>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Lets a handler answer requests for the path. */
    public void route(String path, HttpHandler handler) {
        routes.put(path, handler);
    }

    /** @return how many requests the path received */
    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** @return the text of a fixture file */
    public static String fixture(String name) {
        try {
            return Files.readString(FIXTURES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a whole answer with its Content-Length; an empty body is sent as none. */
    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        HttpHandler handler = routes.get(path);
        if (handler == null) {
            respond(exchange, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
            return;
        }
        handler.handle(exchange);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
