/**
 * Event dates from news text: {@link org.sitrep.time.DateResolver} finds date expressions and
 * resolves them against the publication day, with a past bias because news reports what
 * already happened.
 */
package org.sitrep.time;
