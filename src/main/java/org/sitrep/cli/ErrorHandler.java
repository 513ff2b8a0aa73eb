package org.sitrep.cli;

import picocli.CommandLine;

/**
 * Shows a failed command's error as one line naming what went wrong, never a stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof UsageException) {
            cmd.getErr().println("sitrep " + cmd.getCommandName() + ": " + e.getMessage());
            return 2;
        }
        cmd.getErr().println("sitrep " + cmd.getCommandName() + ": " + e.getMessage());
        return 1;
    }
}
