package org.sitrep.web.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.sitrep.web.BadRequestException;
import org.sitrep.web.Problem;

/**
 * Answers the requests Jetty refuses before they reach the API (a path with {@code %00} or a broken
 * {@code %} escape, say) with the API's JSON error body instead of Jetty's HTML page.
 */
public final class JettyErrors extends ErrorHandler {
    /** The usual culprit, named after Jetty's own reason (which often says only "Bad Request"). */
    private static final String HINT = "; check the path's %-escapes: each '%' needs two hex digits, they must"
            + " spell UTF-8 and %00 is refused";

    private static final String JSON = "application/json; charset=utf-8";

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        SecurityHeaders.apply(response.getHeaders());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        String body = code == HttpStatus.BAD_REQUEST_400
                ? Replies.error(new BadRequestException(List.of(new Problem("request",
                        "cannot be read (" + (message == null ? "Bad Request" : message) + ")" + HINT))))
                : Replies.error(code, HttpStatus.getMessage(code).toLowerCase(Locale.ROOT),
                        message == null ? HttpStatus.getMessage(code) : message);
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
