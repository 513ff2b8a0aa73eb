/**
 * What the commands share behind the scenes: batch extraction on several threads in input order, feed
 * rounds and their reports, ingest arguments sorted by kind, progress on stderr, clean stops on Ctrl-C and
 * the store options. Not a public API.
 */
package org.sitrep.cli.internal;
