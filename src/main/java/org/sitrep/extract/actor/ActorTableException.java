package org.sitrep.extract.actor;

/** An actor table resource is missing or malformed. */
public final class ActorTableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String resource;
    private final int line;

    /**
     * @param resource the classpath resource being read
     * @param line     1-based line number, or 0 when the whole resource is at fault
     * @param message  what is wrong
     * @param cause    the underlying failure, or null
     */
    public ActorTableException(String resource, int line, String message, Throwable cause) {
        super(resource + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.resource = resource;
        this.line = line;
    }

    /** @return the classpath resource being read */
    public String resource() {
        return resource;
    }

    /** @return 1-based line number, or 0 when the whole resource is at fault */
    public int line() {
        return line;
    }
}
