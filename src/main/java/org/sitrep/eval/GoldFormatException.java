package org.sitrep.eval;

import java.nio.file.Path;

/**
 * A gold file that cannot be read, or a line of it that is not a valid gold article.
 * The message has the form {@code 'FILE' line N: what is wrong}.
 */
public final class GoldFormatException extends EvalException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * @param file    the gold file
     * @param line    1-based line number, or 0 when the file as a whole could not be read
     * @param problem what is wrong with the line (or the file)
     * @param cause   the underlying failure, or null
     */
    public GoldFormatException(Path file, int line, String problem, Throwable cause) {
        super("'" + file + "'" + (line > 0 ? " line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    /** @return the gold file */
    public Path file() {
        return file;
    }

    /** @return the 1-based line number, or 0 when the whole file could not be read */
    public int line() {
        return line;
    }
}
