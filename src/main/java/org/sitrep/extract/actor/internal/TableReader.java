package org.sitrep.extract.actor.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.extract.actor.ActorTableException;

/** Reads the tab-separated tables of this package: {@code #} comments, blank lines skipped. */
public final class TableReader {
    private TableReader() {
    }

    /**
     * One table line.
     *
     * @param line  1-based line number
     * @param cells the tab-separated cells, trimmed
     */
    public record Row(int line, List<String> cells) {
    }

    /**
     * @param resource   classpath resource
     * @param minColumns fewest cells a line may have
     * @param maxColumns most cells a line may have
     * @return the rows in file order
     * @throws ActorTableException if the resource is missing, unreadable or a line has the wrong number of cells
     */
    public static List<Row> read(String resource, int minColumns, int maxColumns) {
        InputStream in = TableReader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new ActorTableException(resource, 0, "resource not found", null);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(line.split("\t")).map(String::trim).toList();
                if (cells.size() < minColumns || cells.size() > maxColumns) {
                    throw new ActorTableException(resource, n, "expected " + minColumns + "-" + maxColumns
                            + " tab-separated columns, found " + cells.size(), null);
                }
                rows.add(new Row(n, cells));
            }
        } catch (IOException e) {
            throw new ActorTableException(resource, 0, "cannot read", e);
        }
        return rows;
    }

    /**
     * @param row  a table line
     * @param cell the cell holding |-separated phrases
     * @return the phrases
     */
    public static List<String> alternatives(Row row, int cell) {
        return alternatives(row.cells().get(cell));
    }

    /**
     * @param cell a cell holding |-separated phrases
     * @return the phrases
     */
    public static List<String> alternatives(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
