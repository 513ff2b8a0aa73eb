package org.sitrep.article;

/**
 * One input item could not be made into an article. The message is written for the user: it names the input
 * and says what to do. {@link ArticleReader} turns these into {@link ReadResult.Failed}; it never lets one out.
 */
public final class ArticleReadException extends RuntimeException {
    private final String input;

    /**
     * @param input   the file, or file and line, as the user named it
     * @param message the user-facing message, naming the input
     */
    public ArticleReadException(String input, String message) {
        super(message);
        this.input = input;
    }

    /**
     * @param input   the file, or file and line, as the user named it
     * @param message the user-facing message, naming the input
     * @param cause   the underlying error
     */
    public ArticleReadException(String input, String message, Throwable cause) {
        super(message, cause);
        this.input = input;
    }

    /** @return the input the message is about */
    public String input() {
        return input;
    }

    /** @return this failure as a read result */
    public ReadResult.Failed toResult() {
        return new ReadResult.Failed(input, getMessage());
    }
}
