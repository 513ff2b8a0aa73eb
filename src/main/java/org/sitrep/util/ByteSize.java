package org.sitrep.util;

import java.util.Locale;

/** Formats byte counts the way people read them: decimal units, at most one decimal. */
public final class ByteSize {
    private ByteSize() {
    }

    /**
     * @param bytes a size, not negative
     * @return e.g. {@code "52.4 MB"}, {@code "10 MB"}, {@code "1.5 kB"}, {@code "200 bytes"}
     */
    public static String format(long bytes) {
        if (bytes >= 1_000_000) {
            return scaled(bytes / 1e6, "MB");
        }
        return bytes >= 1_000 ? scaled(bytes / 1e3, "kB") : bytes + " bytes";
    }

    private static String scaled(double value, String unit) {
        String number = String.format(Locale.ROOT, "%.1f", value);
        return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " " + unit;
    }
}
