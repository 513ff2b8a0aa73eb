/**
 * News inputs made into cleaned articles: {@link org.sitrep.article.ArticleReader} reads text, HTML, JSON and
 * JSON Lines files, directories and streams into {@link org.sitrep.article.ReadResult}s, one per item, bad input
 * being a result and never an exception. Owned here: the {@link org.sitrep.article.Article} value every later
 * stage reads, the steps from raw input to it ({@link org.sitrep.article.DecodedText} for lenient UTF-8,
 * {@link org.sitrep.article.RawArticle}, {@link org.sitrep.article.HtmlExtractor} for a page's body,
 * {@link org.sitrep.article.ArticleCleaner} for boilerplate, {@link org.sitrep.article.ArticleFactory} joining
 * them) and their settings. What counts as boilerplate comes from the {@code article-*} resources of a
 * {@link org.sitrep.lang.Language} bundle. Web feeds and pages are read by the subpackage
 * {@code org.sitrep.article.feed}, through this package's public API only.
 */
package org.sitrep.article;
