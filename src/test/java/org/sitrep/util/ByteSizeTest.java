package org.sitrep.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
    @Test
    void showsMegabytesWithOneDecimal() {
        assertEquals("52.4 MB", ByteSize.format(52_428_800L), "50 MiB");
    }

    @Test
    void dropsAZeroDecimal() {
        assertEquals("10 MB", ByteSize.format(10_000_000L), "the default limit");
    }

    @Test
    void showsKilobytesAndBytes() {
        assertEquals("1.5 kB", ByteSize.format(1_500L), "kilobytes");
        assertEquals("150 bytes", ByteSize.format(150L), "bytes");
    }
}
