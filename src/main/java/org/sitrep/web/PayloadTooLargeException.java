package org.sitrep.web;

/** 413: the request body is larger than {@link ServeConfig#maxBodyBytes()}. */
public final class PayloadTooLargeException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** @param limit the largest body accepted, in bytes */
    public PayloadTooLargeException(long limit) {
        super(413, "payload too large", "the request body is larger than " + limit + " bytes");
    }
}
