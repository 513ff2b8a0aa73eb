package org.sitrep.spark;

/** How the job's input is written. */
public enum InputFormat {
    /** Parquet when the path ends in {@code .parquet}, JSON Lines otherwise. */
    AUTO,
    /** The Article format, one JSON object a line. */
    JSONL,
    /** Parquet files with the Article format's columns ({@code id, published, title, text or html, url, source}). */
    PARQUET
}
