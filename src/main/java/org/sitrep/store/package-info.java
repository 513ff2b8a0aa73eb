/**
 * The event store: articles, the events they report with every source and revision, API tokens and the feed
 * items already seen, in SQLite or PostgreSQL behind {@link org.sitrep.store.EventStore}, whose schema Flyway
 * migrations own. Ingest places each report as a new event or a further source of a stored one, using the
 * {@link org.sitrep.dedup} stages its {@link org.sitrep.store.StoreConfig} names; queries, exports and the
 * evidence sentences shown per source are answered here too.
 */
package org.sitrep.store;
