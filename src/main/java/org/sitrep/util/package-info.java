/**
 * Small shared helpers every stage may use and none owns: the one Jackson set-up Sitrep reads and writes
 * its formats with ({@link org.sitrep.util.Json}), great-circle arithmetic ({@link org.sitrep.util.GeoMath}) and
 * byte counts as messages show them ({@link org.sitrep.util.ByteSize}).
 */
package org.sitrep.util;
