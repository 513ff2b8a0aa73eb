/**
 * Small shared helpers every stage may use and none owns: the one Jackson set-up Sitrep reads and writes
 * its formats with ({@link org.sitrep.util.Json}) and great-circle arithmetic ({@link org.sitrep.util.GeoMath}).
 */
package org.sitrep.util;
