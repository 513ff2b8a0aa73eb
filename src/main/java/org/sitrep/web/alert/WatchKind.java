package org.sitrep.web.alert;

/** What a watch waits for. */
public enum WatchKind {
    /** A new or revised event inside an area, of the types and with the fatalities asked for. */
    AREA,
    /** More events in a first-level division in one ISO week than twice its mean over the four weeks before. */
    SURGE
}
