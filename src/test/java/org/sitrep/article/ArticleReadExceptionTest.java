package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleReadExceptionTest {
    @Test
    void saysPermissionDeniedWhenTheSystemRefusesAccess() {
        Path path = Path.of("secret", "report.txt");
        assertEquals("cannot read '" + path + "': permission denied",
                ArticleReadException.cannotRead(path, new AccessDeniedException(path.toString())).getMessage(),
                "an access-denied error should read as permission denied");
    }

    @Test
    void keepsTheInputNameOnTheException() {
        Path path = Path.of("secret.txt");
        assertEquals("secret.txt", ArticleReadException.cannotRead(path, new AccessDeniedException("x")).input(),
                "the exception should carry the input");
    }
}
