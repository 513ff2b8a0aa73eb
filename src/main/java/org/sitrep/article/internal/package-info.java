/**
 * The file and format handling behind {@link org.sitrep.article.ArticleReader} and
 * {@link org.sitrep.article.ArticleCleaner}: checked file input and directory walks, JSON and JSON Lines
 * parsing, byte-exact line tidying with its offset bookkeeping, boilerplate line tests and headline guessing.
 * Used by {@code org.sitrep.article} only, not even by its subpackages; not a public API.
 */
package org.sitrep.article.internal;
