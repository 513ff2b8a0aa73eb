package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodedTextTest {
    @Test
    void replacesEachBrokenSequenceAndCountsIt() {
        byte[] bytes = {'a', (byte) 0xFF, 'b', (byte) 0xC3};
        DecodedText decoded = DecodedText.utf8(bytes);
        assertEquals("a\uFFFDb\uFFFD", decoded.text(), "broken bytes become U+FFFD");
        assertEquals(2, decoded.malformed(), "two sequences were replaced");
    }

    @Test
    void warnsOnlyWhenSomethingWasReplaced() {
        assertEquals(List.of(), DecodedText.utf8("Kabul".getBytes(StandardCharsets.UTF_8)).warnings("'a.txt'"),
                "valid UTF-8 needs no warning");
        assertEquals(List.of("'a.txt' is not valid UTF-8: 1 malformed byte sequence replaced with U+FFFD"),
                DecodedText.utf8(new byte[] {(byte) 0xFF}).warnings("'a.txt'"), "one replaced sequence");
    }
}
