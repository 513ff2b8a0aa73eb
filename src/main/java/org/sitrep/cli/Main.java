package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sitrep} command line: news in, conflict events out.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news articles into ACLED-style conflict events.",
        subcommands = {ExtractCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class,
                ShowCommand.class, ServeCommand.class, TokenCommand.class, WatchCommand.class, GeocodeCommand.class,
                EvalCommand.class, EvalGeoCommand.class, TrainCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its code: 0 success, 1 some inputs failed, 2 bad usage.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting, for tests.
     *
     * @param args the arguments
     * @return the exit code
     */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorHandler())
                .execute(args);
    }

    /** With no command named there is nothing to do: the usage, and the exit code of bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        System.err.println("sitrep: name one of the commands above, e.g. 'sitrep extract FILE'");
        return 2;
    }
}
