package org.sitrep.article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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

    /**
     * The failure for a file that cannot be read, in words a user understands; shared by every reader of
     * input files (articles, feeds).
     *
     * @param path the file
     * @param e    why it could not be read
     * @return the failure, naming the file: "cannot read 'a.txt': permission denied"
     */
    public static ArticleReadException cannotRead(Path path, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "no such file or directory";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new ArticleReadException(path.toString(), "cannot read '" + path + "': " + reason, e);
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
