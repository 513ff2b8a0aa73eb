package org.sitrep.store;

/**
 * The database engines the event store runs on; both use the same schema and pass the same tests.
 */
public enum Backend {
    /** An embedded SQLite file (the default): one writer at a time, readers in parallel through WAL. */
    SQLITE,
    /** A shared PostgreSQL server, for a team store. */
    POSTGRESQL
}
