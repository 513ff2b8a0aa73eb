package org.sitrep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.article.Article;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.ContentType;
import org.sitrep.article.ReadResult;
import org.sitrep.extract.Event;

/**
 * The full pipeline for tests, loaded once per test JVM (the models take seconds to load).
 */
public final class TestSitrep {
    private static Sitrep instance;

    private TestSitrep() {
    }

    /** @return the shared pipeline with the default configuration */
    public static synchronized Sitrep get() {
        if (instance == null) {
            instance = Sitrep.load(SitrepConfig.DEFAULT);
        }
        return instance;
    }

    /**
     * Cleans and extracts one text.
     *
     * @param text      the article text
     * @param published publication day, or null
     * @return its events
     */
    public static List<Event> extract(String text, LocalDate published) {
        ReadResult read = new ArticleReader().readContent("test", "test", published, text, ContentType.TEXT);
        if (read instanceof ReadResult.Failed f) {
            throw new AssertionError("fixture could not be read: " + f.message());
        }
        Article article = ((ReadResult.Ok) read).article();
        return get().extract(article);
    }

    /**
     * @return the folder of the shared evaluation material, when this machine has it
     */
    public static Optional<Path> shared() {
        String configured = System.getProperty("sitrep.shared", "../shared");
        Path p = Path.of(configured);
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
}
