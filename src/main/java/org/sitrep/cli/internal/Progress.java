package org.sitrep.cli.internal;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr, redrawn at most ten times a second.
 */
public final class Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean enabled;
    private long lastDraw;

    /**
     * @param out     where to draw
     * @param enabled false draws nothing (single inputs, or output that is not a terminal)
     */
    public Progress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /**
     * @param done     articles finished
     * @param total    articles known so far (the total grows while inputs are read), or 0
     * @param events   events found so far
     * @param failures failures so far
     */
    public synchronized void update(int done, int total, int events, int failures) {
        long now = System.nanoTime();
        if (!enabled || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? 0 : (int) ((long) WIDTH * done / total);
        out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " articles, " + events + " events, " + failures + " failed");
        out.flush();
    }

    /** Clears the bar's line so the summary starts on a clean line. */
    public synchronized void finish() {
        if (enabled && lastDraw != 0) {
            out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            out.flush();
        }
    }
}
