package org.sitrep.time;

/**
 * A publication date that is neither an ISO 8601 date nor an ISO 8601 date-time.
 */
public final class DateFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String input;

    /**
     * @param input the text that could not be read, may be null
     * @param cause the parser's complaint, may be null
     */
    public DateFormatException(String input, Throwable cause) {
        super("unknown date format '" + input + "': use YYYY-MM-DD or an ISO 8601 date-time", cause);
        this.input = input;
    }

    /** @return the text that could not be read, may be null */
    public String input() {
        return input;
    }
}
