package org.sitrep.web.alert;

import java.util.Objects;

/**
 * One webhook POST waiting in the outbox.
 *
 * @param id       its outbox row
 * @param watchId  the watch it is for
 * @param url      where to POST
 * @param payload  the JSON body
 * @param attempts how many attempts failed so far
 */
public record Delivery(long id, long watchId, String url, String payload, int attempts) {
    /** @throws NullPointerException if the URL or payload is null */
    public Delivery {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(payload, "payload");
    }
}
