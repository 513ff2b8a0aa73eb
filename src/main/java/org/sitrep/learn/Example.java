package org.sitrep.learn;

import java.util.List;
import java.util.Objects;

/**
 * One labelled instance to fit a classifier on.
 *
 * @param features its feature names; a name counts once however often it is listed
 * @param label    the class it belongs to
 * @param group    what it came from (an article id), so that a feature seen in one source only can be left out
 */
public record Example(List<String> features, String label, String group) {
    /** @throws NullPointerException if a part is null */
    public Example {
        features = List.copyOf(features);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(group, "group");
    }
}
