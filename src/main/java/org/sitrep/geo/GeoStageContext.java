package org.sitrep.geo;

import java.util.Objects;
import org.sitrep.lang.Language;

/**
 * What a toponym stage implementation is created with: the gazetteer it looks names up in, the geocoder's
 * settings and the language bundle.
 *
 * @param gazetteer the gazetteer
 * @param config    the geocoder's settings
 * @param language  the language bundle
 */
public record GeoStageContext(Gazetteer gazetteer, GeocoderConfig config, Language language) {
    /** @throws NullPointerException if a part is null */
    public GeoStageContext {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(language, "language");
    }
}
