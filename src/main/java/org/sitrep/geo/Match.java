package org.sitrep.geo;

import java.util.List;

/**
 * A name found in the text with its gazetteer candidates and the cues around it, before resolution: what a
 * {@link ToponymFinder} hands to a {@link ToponymResolver}.
 *
 * @param start      offset where the mention starts, including a "near" or "N km east of" qualifier
 * @param nameStart  offset of the name
 * @param nameEnd    offset one past the name
 * @param end        offset one past the mention, including a place noun such as "district"
 * @param surface    the name as written
 * @param candidates gazetteer entries the name may refer to; empty for an unknown "X district"
 * @param noun       the place noun written after the name
 * @param near       true when a qualifier places the event near the place rather than in it
 * @param cued       true when a preposition, place noun or NER hint marks the name as a place
 * @param loose      true when the candidates were found by the loose skeleton key
 * @param partOfName true when the name is a word of an institution's or building's name ("Palace of
 *                   Justice", "the Amal movement"), which names a place only when that place is famous
 * @param origin     whether the finder found the name or the caller asserted it is a place
 */
public record Match(int start, int nameStart, int nameEnd, int end, String surface, List<Place> candidates, PlaceNoun noun,
             boolean near, boolean cued, boolean loose, boolean partOfName, Origin origin) {
    /** Where a match comes from. */
    public enum Origin {
        /** Found in the text by the finder: it must earn its place. */
        FOUND,
        /** A span the caller marked as a place name: it is resolved whatever the support. */
        GIVEN
    }

    /** @throws NullPointerException if a list, the surface, the noun or the origin is null */
    public Match {
        candidates = List.copyOf(candidates);
        java.util.Objects.requireNonNull(surface, "surface");
        java.util.Objects.requireNonNull(noun, "noun");
        java.util.Objects.requireNonNull(origin, "origin");
    }

    /**
     * @param replacement the entries the name now stands for
     * @param isLoose     whether they were found by the loose skeleton key
     * @return this match with those candidates
     */
    public Match withCandidates(List<Place> replacement, boolean isLoose) {
        return new Match(start, nameStart, nameEnd, end, surface, replacement, noun, near, cued, isLoose, partOfName,
                origin);
    }

    /** @return the same name, asserted to be a place by the caller */
    public Match given() {
        return new Match(start, nameStart, nameEnd, end, surface, candidates, noun, near, true, loose, false,
                Origin.GIVEN);
    }

    /** @return true when the caller marked the name as a place */
    public boolean isGiven() {
        return origin == Origin.GIVEN;
    }

    /**
     * @param kind a kind of place
     * @return true when one of the candidates is of that kind
     */
    public boolean hasKind(FeatureKind kind) {
        return candidates.stream().anyMatch(p -> p.feature() == kind);
    }
}
