package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sitrep.article.Results.article;
import static org.sitrep.article.Results.assertOffsetsExact;
import static org.sitrep.article.Results.readOne;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checks the reader on the shared real-world sample; skipped when the shared folder is absent. */
class SharedSampleTest {
    private Path sample;
    private String raw;
    private Article article;

    @BeforeEach
    void readSample() throws IOException {
        String shared = System.getProperty("sitrep.shared");
        assumeTrue(shared != null, "system property sitrep.shared is not set");
        sample = Path.of(shared, "samples", "baghdad-embassy-rockets.txt");
        assumeTrue(Files.isRegularFile(sample), "shared sample not present: " + sample);
        raw = Files.readString(sample);
        article = article(readOne(new ArticleReader(), sample, null));
    }

    @Test
    void takesTheFirstLineWithoutItsBarAsTheHeadline() {
        String firstLine = raw.lines().findFirst().orElseThrow();
        assertEquals(firstLine.substring(0, firstLine.lastIndexOf(" |")), article.title(),
                "the headline should be the first line less its trailing ' |'");
    }

    @Test
    void removesAdMarkersImageStubsAndTheDoubledLine() {
        List<String> lines = article.text().lines().toList();
        assertFalse(article.text().contains("[ad_"), "ad markers should be gone");
        assertFalse(lines.contains("image"), "the image stub should be gone");
        assertFalse(lines.contains(article.title()), "the headline should not be repeated in the text");
        List<String> rawLines = raw.lines().filter(l -> !l.isBlank()).toList();
        for (int i = 1; i < rawLines.size(); i++) {
            if (rawLines.get(i).equals(rawLines.get(i - 1))) {
                assertFalse(lines.contains(rawLines.get(i).strip()), "a doubled link line should be gone: "
                        + rawLines.get(i));
            }
        }
    }

    @Test
    void mapsEveryCharacterBackToTheFile() {
        assertOffsetsExact(raw, article.text(), article.offsets());
    }
}
