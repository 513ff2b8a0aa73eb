package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.lang.Language;
import org.sitrep.lang.LanguageException;

class ArticleBundleTest {
    @Test
    void aCleanerForABundleWithoutBoilerplatePatternsIsRefusedNamingTheResource() {
        LanguageException e = assertThrows(LanguageException.class,
                () -> new ArticleCleaner(CleanerConfig.DEFAULT, Language.load("qab")));
        assertTrue(e.getMessage().contains("/org/sitrep/lang/qab/article-"),
                "the message should name the missing resource: " + e.getMessage());
    }

    @Test
    void anHtmlExtractorForABundleWithoutWidgetWordsIsRefusedNamingTheResource() {
        LanguageException e = assertThrows(LanguageException.class,
                () -> new HtmlExtractor(Language.load("qab")));
        assertTrue(e.getMessage().contains("/org/sitrep/lang/qab/article-widget-words.txt"),
                "the message should name the missing resource: " + e.getMessage());
    }
}
