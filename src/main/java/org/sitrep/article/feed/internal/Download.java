package org.sitrep.article.feed.internal;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * A complete, accepted HTTP answer.
 *
 * @param requested the URL asked for
 * @param uri       the URL that answered, after redirects
 * @param charset   the charset the {@code Content-Type} header names, if any
 * @param body      the body's bytes
 */
public record Download(URI requested, URI uri, Optional<Charset> charset, byte[] body) {
}
