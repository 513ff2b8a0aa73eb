package org.sitrep.geo;

import java.util.List;

/**
 * A name found in the text with its gazetteer candidates and the cues around it, before resolution.
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
record Match(int start, int nameStart, int nameEnd, int end, String surface, List<Place> candidates, PlaceNoun noun,
             boolean near, boolean cued, boolean loose, boolean partOfName, Origin origin) {
    /** Where a match comes from. */
    enum Origin {
        /** Found in the text by the finder: it must earn its place. */
        FOUND,
        /** A span the caller marked as a place name: it is resolved whatever the support. */
        GIVEN
    }

    Match {
        candidates = List.copyOf(candidates);
    }

    Match withCandidates(List<Place> replacement, boolean isLoose) {
        return new Match(start, nameStart, nameEnd, end, surface, replacement, noun, near, cued, isLoose, partOfName,
                origin);
    }

    /** The same name, asserted to be a place by the caller. */
    Match given() {
        return new Match(start, nameStart, nameEnd, end, surface, candidates, noun, near, true, loose, false,
                Origin.GIVEN);
    }

    boolean isGiven() {
        return origin == Origin.GIVEN;
    }

    boolean hasKind(FeatureKind kind) {
        return candidates.stream().anyMatch(p -> p.feature() == kind);
    }
}
