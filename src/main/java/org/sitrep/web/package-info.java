/**
 * {@code sitrep serve}: the HTTP API over the event store (events, counts, exports, article intake, watches,
 * metrics) and the map page, in {@link org.sitrep.web.WebServer}, with its configuration, access rule and the
 * problem replies its errors become.
 */
package org.sitrep.web;
