package org.sitrep.article.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.article.Article;
import org.sitrep.article.ArticleCleaner;
import org.sitrep.article.ArticleFactory;
import org.sitrep.article.ContentType;
import org.sitrep.article.DecodedText;
import org.sitrep.article.HtmlExtractor;
import org.sitrep.article.RawArticle;
import org.sitrep.article.feed.FetchException.Kind;
import org.sitrep.article.feed.internal.CanonicalUrl;
import org.sitrep.article.feed.internal.Download;
import org.sitrep.article.feed.internal.Expect;
import org.sitrep.article.feed.internal.HttpGet;
import org.sitrep.article.feed.internal.PageMeta;
import org.sitrep.lang.Language;

/**
 * Downloads a news page and turns it into a cleaned {@link Article}, the same way a {@code .html} file is read:
 * {@link HtmlExtractor} finds the body, {@link ArticleCleaner} removes boilerplate.
 *
 * <p>The headline and publication day come from the page's meta tags (Open Graph, article, Dublin Core) when it
 * has them, else from the feed item, else the headline from the page's {@code <h1>} or {@code <title>}; the
 * outlet name from {@code og:site_name}. The text is decoded in the charset of the {@code Content-Type} header,
 * or as UTF-8 (broken sequences replaced and noted in the warnings).
 *
 * <p>The article's {@code url} is the canonical form of the address that finally answered (after redirects, with
 * tracking parameters and fragment dropped), and its {@code id} is {@code "url-"} plus the first 16 hex digits of
 * that URL's SHA-256: the same page reached through a feed's redirecting link, another feed, or a link with
 * different tracking parameters gets the same id, so the store recognises it. A page's own
 * {@code <link rel="canonical">} is not used: a site that sets it wrongly (to its home page, as some do) would give
 * every article one id and lose all but the first. 64 bits make a chance collision negligible (about 3 in
 * 100 million among a million articles). Thread-safe.
 */
public final class PageFetcher {
    private final HttpGet http;
    private final ArticleFactory factory;

    /** A fetcher with {@link FetchConfig#DEFAULT} and the English bundle. */
    public PageFetcher() {
        this(FetchConfig.DEFAULT);
    }

    /**
     * A fetcher with the English bundle, for callers that have no bundle of their own to pass.
     *
     * @param config timeouts, size limit, user agent and cleaning
     * @throws NullPointerException if config is null
     */
    public PageFetcher(FetchConfig config) {
        this(config, Language.english());
    }

    /**
     * @param config   timeouts, size limit, user agent and cleaning
     * @param language the bundle whose {@code article-*} resources say what boilerplate looks like
     * @throws NullPointerException if config or language is null
     * @throws org.sitrep.lang.LanguageException if one of those resources is missing or malformed
     */
    public PageFetcher(FetchConfig config, Language language) {
        this(new HttpGet(Objects.requireNonNull(config, "config")), config, language);
    }

    PageFetcher(HttpGet http, FetchConfig config, Language language) {
        this.http = http;
        this.factory = new ArticleFactory(new ArticleCleaner(config.cleaner(), language), new HtmlExtractor(language));
    }

    /**
     * @param url an absolute http or https URL
     * @return the page as an article
     * @throws FetchException       if the URL is not http(s), the download fails or is refused, or the page has
     *                              no article text
     * @throws NullPointerException if url is null
     */
    public Article fetch(URI url) {
        return fetch(Objects.requireNonNull(url, "url"), null, null);
    }

    /**
     * Fetches a feed item's page, taking headline and day from the item where the page gives none.
     *
     * @param item a feed item with a link
     * @return the page as an article
     * @throws FetchException       if the item has no valid link, the download fails or is refused, or the page
     *                              has no article text
     * @throws NullPointerException if item is null
     */
    public Article fetch(FeedItem item) {
        Objects.requireNonNull(item, "item");
        if (item.link() == null) {
            throw new FetchException(Kind.BAD_ADDRESS, 0, item.name(), "feed item '" + item.name()
                    + "' has no link: there is no page to fetch", null);
        }
        try {
            return fetch(new URI(item.link()), item.title(), item.publishedDay());
        } catch (URISyntaxException e) {
            throw new FetchException(Kind.BAD_ADDRESS, 0, item.link(), "feed item link '" + item.link()
                    + "' is not a valid URL (" + e.getReason() + "): there is no page to fetch", e);
        }
    }

    private Article fetch(URI url, String itemTitle, LocalDate itemDay) {
        Download page = http.get(url, Expect.PAGE);
        String where = "'" + url + "'";
        DecodedText decoded = page.charset().filter(c -> !c.equals(StandardCharsets.UTF_8))
                .map(c -> new DecodedText(new String(page.body(), c), 0)).orElseGet(() -> DecodedText.utf8(page.body()));
        PageMeta meta = PageMeta.of(decoded.text());
        String canonical = CanonicalUrl.of(page.uri());
        RawArticle raw = new RawArticle(CanonicalUrl.id(canonical),
                meta.published() != null ? meta.published() : itemDay,
                meta.title() != null ? meta.title() : itemTitle, decoded.text(), ContentType.HTML, canonical,
                meta.siteName(), decoded.warnings(where));
        return factory.build(raw).orElseThrow(() -> new FetchException(Kind.NO_TEXT, 0, url.toString(),
                where + " has no article text once boilerplate is removed: nothing to extract", null));
    }

    /** @return the download used, for {@link FeedPoller} to fetch feeds with the same client and limits */
    HttpGet http() {
        return http;
    }
}
