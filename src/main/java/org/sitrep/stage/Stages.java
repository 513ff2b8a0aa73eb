package org.sitrep.stage;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Creates a stage implementation from the name a configuration gives it: either one of the stage's
 * built-in implementations (such as {@value #RULES}), or the fully qualified name of a class on the
 * classpath that implements the stage and has a public constructor taking a {@link StageContext}, or none.
 * Adding an implementation is writing one class and naming it in the configuration.
 */
public final class Stages {
    /** The name of the rule-based implementation every stage ships with. */
    public static final String RULES = "rules";

    private Stages() {
    }

    /**
     * @param stage    the stage's interface, for checks and messages
     * @param name     the configured implementation: a built-in name or a class name
     * @param builtIns the stage's built-in implementations by name
     * @param context  what the implementation is created with
     * @param <T>      the stage's type
     * @return the implementation; a class is created with its public constructor taking a
     *         {@link StageContext}, or else with its public constructor taking none
     * @throws StageException if the name is neither a built-in nor a loadable class implementing the stage
     *                        with a suitable public constructor, or if its constructor fails
     */
    public static <T> T create(Class<T> stage, String name, Map<String, Function<StageContext, ? extends T>> builtIns,
                               StageContext context) {
        Objects.requireNonNull(context, "context");
        Function<StageContext, ? extends T> builtIn = builtIns.get(name);
        if (builtIn != null) {
            return builtIn.apply(context);
        }
        return load(stage, name, builtIns.keySet(), StageContext.class, context);
    }

    /**
     * For stages configured by a record of their own rather than a language: the same as
     * {@link #create(Class, String, Map, StageContext)} with that record in the context's place.
     *
     * @param stage    the stage's interface
     * @param name     the configured implementation: a built-in name or a class name
     * @param builtIns the stage's built-in implementations by name
     * @param type     the configuration record's type
     * @param config   the configuration record
     * @param <T>      the stage's type
     * @param <C>      the configuration's type
     * @return the implementation; a class is created with its public constructor taking the configuration
     *         record, or else with its public constructor taking none
     * @throws StageException as {@link #create(Class, String, Map, StageContext)} does
     */
    public static <T, C> T create(Class<T> stage, String name, Map<String, Function<C, ? extends T>> builtIns,
                                  Class<C> type, C config) {
        Objects.requireNonNull(config, "config");
        Function<C, ? extends T> builtIn = builtIns.get(name);
        if (builtIn != null) {
            return builtIn.apply(config);
        }
        return load(stage, name, builtIns.keySet(), type, config);
    }

    private static <T, C> T load(Class<T> stage, String name, Set<String> builtIns, Class<C> argumentType,
                                 C argument) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(name, "name");
        String what = stage.getSimpleName() + " '" + name + "'";
        if (!name.contains(".")) {
            throw new StageException(what + " is not a built-in implementation (" + String.join(", ",
                    new TreeSet<>(builtIns)) + ") nor a fully qualified class name", null);
        }
        Class<?> type;
        try {
            type = Class.forName(name, true, Stages.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new StageException(what + ": no such class on the classpath; check the name or add its jar", e);
        }
        if (!stage.isAssignableFrom(type)) {
            throw new StageException(what + ": the class does not implement " + stage.getName(), null);
        }
        try {
            return stage.cast(instantiate(type, argumentType, argument));
        } catch (InvocationTargetException e) {
            throw new StageException(what + ": its constructor failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new StageException(what + ": needs a public constructor taking a " + argumentType.getSimpleName()
                    + ", or none", e);
        }
    }

    private static Object instantiate(Class<?> type, Class<?> argumentType, Object argument)
            throws ReflectiveOperationException {
        Constructor<?> withArgument;
        try {
            withArgument = type.getConstructor(argumentType);
        } catch (NoSuchMethodException e) {
            return type.getConstructor().newInstance();
        }
        return withArgument.newInstance(argument);
    }
}
