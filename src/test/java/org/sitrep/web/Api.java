package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreConfig;
import org.sitrep.util.Json;

/** A seeded store served on a free loopback port, and a client for it. Close it after the tests. */
final class Api implements AutoCloseable {
    final EventStore store;
    final WebServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Api(Path dir, ServeConfig config) {
        this(dir, config, true);
    }

    private Api(Path dir, ServeConfig config, boolean seed) {
        store = EventStore.open(StoreConfig.sqlite(dir.resolve("events.db")));
        if (seed) {
            Seeds.seed(store);
        }
        server = WebServer.start(store, Seeds::fakeExtract, config.withPort(0));
    }

    /** Serves the store an earlier Api left in the folder, as a restarted server would. */
    static Api reopen(Path dir, ServeConfig config) {
        return new Api(dir, config, false);
    }

    Api(Path dir) {
        this(dir, ServeConfig.DEFAULT);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build());
    }

    HttpResponse<String> post(String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    HttpResponse<String> delete(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).DELETE();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    /** @return the body parsed as JSON; fails the test when it is not JSON */
    static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.mapper().readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError(r.uri() + " did not answer JSON: " + r.body(), e);
        }
    }

    URI uri(String path) {
        return server.url().resolve(path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends one request line as typed, bypassing the client's own URI checks, and reads the whole reply.
     *
     * @return the status line, headers and body as received
     */
    static String raw(int port, String requestLine) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
