package org.sitrep.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ToponymResolver} made of one document's names.
 *
 * @param mentions one entry per match, in the matches' order: the mention it resolves to, or empty where the
 *                 name was dropped for want of a supported reading
 * @param anchor   the place the story is about, where a marked name no gazetteer holds most likely lies: the
 *                 town or site the text names most often on its own evidence, failing that its main division or
 *                 country; empty when no name counts
 */
public record ToponymResolution(List<Optional<PlaceMention>> mentions, Optional<Place> anchor) {
    /** @throws NullPointerException if an argument is null */
    public ToponymResolution {
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(anchor, "anchor");
    }

    /** @return the mentions the names resolved to, in the matches' order, without the dropped ones */
    public List<PlaceMention> resolved() {
        return mentions.stream().flatMap(Optional::stream).toList();
    }
}
