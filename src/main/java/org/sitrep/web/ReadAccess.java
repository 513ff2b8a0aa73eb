package org.sitrep.web;

/**
 * Who may call the read endpoints of the API. Write endpoints always need a token.
 */
public enum ReadAccess {
    /** Anyone who can reach the server may read. */
    OPEN,
    /** Reads need a bearer token too, as writes do. */
    TOKEN
}
