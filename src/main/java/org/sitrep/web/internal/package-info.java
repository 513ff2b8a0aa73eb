/**
 * The pieces behind {@link org.sitrep.web.WebServer}: query parameters, reply bodies and formats, the article
 * intake of {@code POST /api/articles}, watch requests and request metrics. Not a public API.
 */
package org.sitrep.web.internal;
