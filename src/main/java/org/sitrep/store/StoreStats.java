package org.sitrep.store;

/**
 * How much the store holds.
 *
 * @param articles       stored articles, near-duplicates included
 * @param nearDuplicates stored articles linked to an original
 * @param events         live events (redirected ones excluded)
 * @param redirected     events folded into another
 * @param sources        links between live events and articles
 */
public record StoreStats(long articles, long nearDuplicates, long events, long redirected, long sources) {
}
