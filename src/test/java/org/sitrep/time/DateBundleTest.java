package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.lang.Language;
import org.sitrep.lang.LanguageException;

class DateBundleTest {
    @Test
    void aBundleWithoutDateWordsIsRefusedNamingTheMissingResource() {
        LanguageException e = assertThrows(LanguageException.class,
                () -> new DateResolver(Language.load("qab")));
        assertTrue(e.getMessage().contains("/org/sitrep/lang/qab/time-months.tsv"),
                "the message should name the missing resource: " + e.getMessage());
    }

    @Test
    void aMonthTableWithAnImpossibleMonthIsRefusedNamingTheRow() {
        LanguageException e = assertThrows(LanguageException.class,
                () -> new DateResolver(Language.load("qaa")));
        assertTrue(e.getMessage().contains("time-months.tsv") && e.getMessage().contains("'Smarch'")
                        && e.getMessage().contains("'13'"),
                "the message should name resource, row and value: " + e.getMessage());
    }

    @Test
    void theEnglishBundleHasEveryDateResource() {
        DateResolver resolver = new DateResolver(Language.english());
        assertTrue(resolver.find("On 21 March 2020 gunmen attacked.", null).size() == 1,
                "the English bundle should read a full date");
    }
}
