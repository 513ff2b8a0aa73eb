package org.sitrep.dedup;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.dedup.internal.RuleEventFusion;
import org.sitrep.dedup.internal.RuleEventMatcher;
import org.sitrep.stage.StageException;
import org.sitrep.stage.Stages;

/**
 * Creates the matching and fusion stages a {@link DedupConfig} names. {@value DedupConfig#RULES} is today's
 * rules; any other name is the binary name of a class implementing the stage's interface, with a public
 * constructor taking the {@link DedupConfig} or none, so that a new implementation is one class and its name in
 * the configuration.
 */
public final class DedupStages {
    private DedupStages() {
    }

    /**
     * @param config the tolerances and the matcher's name
     * @return the matcher
     * @throws StageException if the named class is missing, is no {@link EventMatcher}, or cannot be created
     */
    public static EventMatcher matcher(DedupConfig config) {
        Objects.requireNonNull(config, "config");
        return Stages.create(EventMatcher.class, config.matcher(),
                Map.<String, Function<DedupConfig, ? extends EventMatcher>>of(DedupConfig.RULES, RuleEventMatcher::new),
                DedupConfig.class, config);
    }

    /**
     * @param config the tolerances and the fusion's name
     * @return the fusion
     * @throws StageException if the named class is missing, is no {@link EventFusion}, or cannot be created
     */
    public static EventFusion fusion(DedupConfig config) {
        Objects.requireNonNull(config, "config");
        return Stages.create(EventFusion.class, config.fusion(),
                Map.<String, Function<DedupConfig, ? extends EventFusion>>of(DedupConfig.RULES, c -> new RuleEventFusion()),
                DedupConfig.class, config);
    }
}
