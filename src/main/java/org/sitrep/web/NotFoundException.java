package org.sitrep.web;

/** 404: the event, route or file asked for does not exist. */
public final class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** @param message what was not found, e.g. {@code no event EV-12} */
    public NotFoundException(String message) {
        super(404, "not found", message);
    }
}
