package org.sitrep.dedup;

import java.lang.reflect.InvocationTargetException;
import java.util.Objects;
import org.sitrep.dedup.internal.RuleEventFusion;
import org.sitrep.dedup.internal.RuleEventMatcher;

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
     * @throws DedupException if the named class is missing, is no {@link EventMatcher}, or cannot be created
     */
    public static EventMatcher matcher(DedupConfig config) {
        Objects.requireNonNull(config, "config");
        return DedupConfig.RULES.equals(config.matcher()) ? new RuleEventMatcher(config)
                : create("matcher", config.matcher(), EventMatcher.class, config);
    }

    /**
     * @param config the tolerances and the fusion's name
     * @return the fusion
     * @throws DedupException if the named class is missing, is no {@link EventFusion}, or cannot be created
     */
    public static EventFusion fusion(DedupConfig config) {
        Objects.requireNonNull(config, "config");
        return DedupConfig.RULES.equals(config.fusion()) ? new RuleEventFusion()
                : create("fusion", config.fusion(), EventFusion.class, config);
    }

    private static <T> T create(String stage, String name, Class<T> type, DedupConfig config) {
        String what = "dedup " + stage + " '" + name + "'";
        try {
            Class<?> found = Class.forName(name);
            if (!type.isAssignableFrom(found)) {
                throw new DedupException(what + " is not a " + type.getName(), null);
            }
            try {
                return type.cast(found.getConstructor(DedupConfig.class).newInstance(config));
            } catch (NoSuchMethodException e) {
                return type.cast(found.getConstructor().newInstance());
            }
        } catch (ClassNotFoundException e) {
            throw new DedupException(what + ": no such class (use '" + DedupConfig.RULES
                    + "' or a class name)", e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new DedupException(what + ": needs a public constructor taking a DedupConfig or nothing", e);
        } catch (InvocationTargetException e) {
            throw new DedupException(what + ": its constructor failed: " + e.getCause(), e.getCause());
        }
    }
}
