package org.sitrep.article.feed.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sitrep.article.feed.FetchConfig;
import org.sitrep.article.feed.FetchException;
import org.sitrep.article.feed.FetchException.Kind;
import org.sitrep.util.ByteSize;

/**
 * Downloads one URL with the limits of a {@link FetchConfig}: timeouts, a byte limit checked on the
 * {@code Content-Length} header and again while reading, and, for pages, an HTML content type. Every failure is
 * a {@link FetchException} naming the URL. Thread-safe: one {@link HttpClient} serves all calls.
 */
public final class HttpGet {
    private final FetchConfig config;
    private final HttpClient client;

    /** @param config the limits */
    public HttpGet(FetchConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * @param uri    an absolute http or https URL
     * @param expect what the document is for
     * @return the accepted answer
     * @throws FetchException if the URL is not http(s), or the download fails or is refused
     */
    public Download get(URI uri, Expect expect) {
        checkAddress(uri);
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(config.readTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", expect == Expect.PAGE ? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
                        : "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1")
                .build();
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(request, info -> subscriberFor(uri, expect, info));
        try {
            HttpResponse<byte[]> response = pending.get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Download(uri, response.uri(), charset(response.headers().firstValue("Content-Type")),
                    response.body());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw timedOut(uri, e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(Kind.NETWORK, 0, uri.toString(), "'" + uri + "' was not fetched: interrupted", e);
        }
    }

    private HttpResponse.BodySubscriber<byte[]> subscriberFor(URI uri, Expect expect, HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        if (status < 200 || status > 299) {
            return CappedBody.refusing(new FetchException(Kind.HTTP_STATUS, status, uri.toString(),
                    "'" + uri + "' answered HTTP " + status + statusAdvice(status), null));
        }
        String type = info.headers().firstValue("Content-Type").orElse("");
        if (expect == Expect.PAGE && !isHtml(type)) {
            return CappedBody.refusing(new FetchException(Kind.NOT_HTML, 0, uri.toString(), "'" + uri + "' is "
                    + mediaType(type) + ", not an HTML page: only web pages can be read as articles", null));
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > config.maxBytes()) {
            return CappedBody.refusing(tooLarge(uri, declared));
        }
        return CappedBody.limitedTo(config.maxBytes(), () -> tooLarge(uri, -1));
    }

    private static void checkAddress(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new FetchException(Kind.BAD_ADDRESS, 0, uri.toString(), "'" + uri
                    + "' is not an absolute http or https URL: only web addresses can be fetched", null);
        }
    }

    private static String statusAdvice(int status) {
        if (status == 404 || status == 410) {
            return " (not found): check the address";
        }
        if (status == 401 || status == 403) {
            return " (access refused): the site does not let Sitrep read it";
        }
        return status >= 500 || status == 408 || status == 429 ? " (server busy or failing): try again later" : "";
    }

    private FetchException tooLarge(URI uri, long declared) {
        String size = declared >= 0 ? " is " + ByteSize.format(declared) + "," : " is";
        return new FetchException(Kind.TOO_LARGE, 0, uri.toString(), "'" + uri + "'" + size + " over the "
                + ByteSize.format(config.maxBytes()) + " limit for one download: skipped; raise --max-bytes to read it",
                null);
    }

    private FetchException timedOut(URI uri, Exception cause) {
        return new FetchException(Kind.TIMEOUT, 0, uri.toString(), "'" + uri + "' did not answer within "
                + Durations.format(config.readTimeout()) + ": try again later or raise the timeout", cause);
    }

    private FetchException failure(URI uri, Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof FetchException fetch) {
            return fetch;
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchException(Kind.TIMEOUT, 0, uri.toString(), "'" + uri + "' could not be reached within "
                    + Durations.format(config.connectTimeout()) + ": check the address or try again later", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return timedOut(uri, (Exception) cause);
        }
        String reason = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage()
                : cause.getClass().getSimpleName();
        return new FetchException(Kind.NETWORK, 0, uri.toString(), "'" + uri + "' could not be fetched ("
                + reason + "): check the address or try again later", cause);
    }

    private static boolean isHtml(String contentType) {
        String type = mediaType(contentType);
        return type.isEmpty() || type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<Charset> charset(Optional<String> contentType) {
        for (String parameter : contentType.orElse("").split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                try {
                    return Optional.of(Charset.forName(pair[1].strip().replace("\"", "")));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    // an unknown charset is treated like none: the page is then read as UTF-8
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
