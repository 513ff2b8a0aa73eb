package org.sitrep.web;

/** 401: the endpoint needs a bearer token created by {@code sitrep token create}, and none valid was sent. */
public final class UnauthorizedException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** @param message why, e.g. {@code a bearer token is required} */
    public UnauthorizedException(String message) {
        super(401, "unauthorized", message);
    }
}
