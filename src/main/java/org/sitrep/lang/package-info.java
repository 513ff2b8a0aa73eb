/**
 * Language bundles: {@link org.sitrep.lang.Language} loads the word lists, tables and patterns of one
 * language from {@code org/sitrep/lang/CODE/} on the classpath, so that a reader holds no words of its own
 * and a second language is a new folder of resources.
 */
package org.sitrep.lang;
