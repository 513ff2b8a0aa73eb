package org.sitrep.web;

import java.util.List;

/**
 * A request the API refuses, with the HTTP status and the JSON error body it answers with:
 * {@code {"status": 400, "error": "bad request", "message": "...", "problems": [...]}}.
 * The server maps every subclass in one place; anything else becomes a 500 without details.
 */
public abstract sealed class ApiException extends RuntimeException
        permits BadRequestException, NotFoundException, PayloadTooLargeException, UnauthorizedException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String error;

    /**
     * @param status  the HTTP status
     * @param error   the status in words, e.g. {@code not found}
     * @param message what was refused, for the client
     */
    protected ApiException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    /** @return the HTTP status code */
    public int status() {
        return status;
    }

    /** @return the status in words */
    public String error() {
        return error;
    }

    /** @return the bad parameters, empty unless the request was malformed */
    public List<Problem> problems() {
        return List.of();
    }
}
