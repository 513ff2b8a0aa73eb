package org.sitrep.article.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the {@code published} field of the Article format. */
public final class PublishedDate {
    private static final List<Function<String, LocalDate>> FORMS = List.of(
            LocalDate::parse,
            s -> OffsetDateTime.parse(s).toLocalDate(),
            s -> ZonedDateTime.parse(s).toLocalDate(),
            s -> LocalDateTime.parse(s).toLocalDate());

    private PublishedDate() {
    }

    /**
     * A date-time gives the calendar day in its own offset, which is the day the outlet published on.
     *
     * @param value {@code 2020-12-21}, or an ISO 8601 date-time with or without offset or zone
     * @return the day, or empty if the value is in no such form
     */
    public static Optional<LocalDate> parse(String value) {
        String trimmed = value.strip();
        for (Function<String, LocalDate> form : FORMS) {
            try {
                return Optional.of(form.apply(trimmed));
            } catch (DateTimeParseException e) {
                // not this form; try the next
            }
        }
        return Optional.empty();
    }
}
