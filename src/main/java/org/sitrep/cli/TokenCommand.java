package org.sitrep.cli;

import org.sitrep.cli.internal.StoreOptions;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep token create}: API tokens for the write endpoints of {@code sitrep serve}.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Manages the bearer tokens that 'sitrep serve' asks of writing clients.")
public final class TokenCommand {
    /**
     * Creates a token and prints it once; only its SHA-256 hash is stored.
     *
     * @param store the store whose server will accept it
     * @param name  what the token is for
     * @return the exit code, 0
     */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Creates a token and prints it; it is shown only this once (the store keeps a hash).")
    int create(@Mixin StoreOptions store,
               @Option(names = "--name", paramLabel = "NAME", defaultValue = "unnamed",
                       description = "what the token is for (default: ${DEFAULT-VALUE})") String name) {
        try (EventStore events = store.open()) {
            System.out.println(events.createToken(name));
        }
        return 0;
    }
}
