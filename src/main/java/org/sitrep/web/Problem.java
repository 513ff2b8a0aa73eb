package org.sitrep.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * What is wrong with one request parameter, as a 400 reply lists it.
 *
 * @param parameter the parameter (or {@code body} for the request body)
 * @param problem   what is wrong and what is expected, e.g. {@code must be a whole number from 0 to 10000}
 */
@JsonPropertyOrder({"parameter", "problem"})
public record Problem(String parameter, String problem) {
    /** @throws NullPointerException if either part is null */
    public Problem {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(problem, "problem");
    }
}
