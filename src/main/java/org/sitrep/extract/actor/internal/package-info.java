/**
 * The rules behind {@link org.sitrep.extract.actor.ActorNormalizer}: the namer's word view of a phrase
 * ({@code Word}), phrase tables and their keys ({@code PhraseTable}, {@code Alias}, {@code TableReader}), named
 * groups ({@code GroupMatcher}), generic actor nouns ({@code RoleMatcher}, {@code RoleKind}), countries named in a
 * phrase ({@code CountryFinder}, {@code DemonymTable}) and where a phrase's head ends ({@code Core}). Used only by
 * {@code org.sitrep.extract.actor}.
 */
package org.sitrep.extract.actor.internal;
