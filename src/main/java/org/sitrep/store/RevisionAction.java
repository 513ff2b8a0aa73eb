package org.sitrep.store;

/**
 * What a history entry records.
 */
public enum RevisionAction {
    /** The event was first stored from an article. */
    CREATED,
    /** A further article reported the event; fields may have been revised. */
    SOURCE_ADDED,
    /** Another stored event was found to be the same and folded into this one. */
    ABSORBED,
    /** This event was folded into another; its id now redirects there. */
    REDIRECTED
}
