/**
 * The geocoder's and the gazetteer's workings, used by {@code org.sitrep.geo} only.
 *
 * <p>Owns the gazetteer build run by Maven ({@link org.sitrep.geo.internal.GazetteerCompiler}, reading the npm
 * source data through {@link org.sitrep.geo.internal.SourceData} and
 * {@link org.sitrep.geo.internal.Airports}), the compiled index's layout
 * ({@link org.sitrep.geo.internal.GazetteerIndex}, {@link org.sitrep.geo.internal.KeyTable}), the name keys
 * that spelling variants meet on ({@link org.sitrep.geo.internal.NameKeys}: the same at build and at lookup,
 * so part of the index's format, not of a reader's language), the division abbreviations, the geocoder's
 * word view of a document's tokens ({@link org.sitrep.geo.internal.WordView}) and the geocoder's words of a
 * language ({@link org.sitrep.geo.internal.GeoWords}).
 */
package org.sitrep.geo.internal;
