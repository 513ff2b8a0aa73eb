/**
 * The {@code sitrep} command line (picocli): one class per command, each a thin layer that parses its
 * options, takes the pipeline from the composition root and prints or stores what it returns. Usage errors
 * exit 2, failed inputs 1, as the README says.
 */
package org.sitrep.cli;
