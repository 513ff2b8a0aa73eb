package org.sitrep.web;

import java.util.List;

/** 400: one or more parameters (or the body) are malformed; each is named with what is wrong. */
public final class BadRequestException extends ApiException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * @param problems every bad parameter, in the order found; at least one
     * @throws IllegalArgumentException if the list is empty
     */
    public BadRequestException(List<Problem> problems) {
        super(400, "bad request", summary(problems));
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a bad request names at least one problem");
        }
        return problems.size() == 1 ? "1 bad parameter" : problems.size() + " bad parameters";
    }
}
