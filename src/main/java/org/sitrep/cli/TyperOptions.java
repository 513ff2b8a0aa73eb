package org.sitrep.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.sitrep.SitrepConfig;
import org.sitrep.extract.Readers;
import picocli.CommandLine.Option;

/** The options that choose the sub-event typer, shared by the commands that run extraction to measure it. */
final class TyperOptions {
    @Option(names = "--typer", paramLabel = "NAME",
            description = "the sub-event typer: rules (default), model (the learned one) or a class name")
    private String typer;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "the learned typer's model file (default: the one the language bundle ships)")
    private Path model;

    /**
     * @param config a set-up
     * @return that set-up with the typer and model file the options name
     */
    SitrepConfig apply(SitrepConfig config) {
        SitrepConfig out = config;
        if (typer != null) {
            out = out.withExtract(out.extract().withSubEventTyper(typer));
        }
        if (model != null) {
            Map<String, String> settings = new HashMap<>(out.settings());
            settings.put(Readers.MODEL_SETTING, model.toString());
            out = out.withSettings(settings);
        }
        return out;
    }
}
