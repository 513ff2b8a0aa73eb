/**
 * The actor-naming stage: {@link org.sitrep.extract.actor.ActorNamer} turns an actor phrase into an ACLED-style
 * {@link org.sitrep.extract.actor.Actor} (name and inter code) and a claimed or blamed group into a group name;
 * {@link org.sitrep.extract.actor.ActorNormalizer} is its rule implementation, set up by
 * {@link org.sitrep.extract.actor.ActorConfig}. It owns the table of named armed groups ({@code groups.tsv}, actor
 * data in this package); the generic nouns, ethnic names, demonyms and word lists it reads are the language
 * bundle's {@code actor-*} resources. {@link org.sitrep.extract.actor.Demonyms} is the small built-in country table
 * for running without the gazetteer.
 */
package org.sitrep.extract.actor;
