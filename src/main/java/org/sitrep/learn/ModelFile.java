package org.sitrep.learn;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes {@link LinearModel}s as UTF-8 text, gzipped when the file name ends in {@code .gz}:
 * <pre>
 * sitrep-linear-model	1
 * meta	KEY	VALUE            (any number)
 * labels	L0	L1	...
 * bias	w0	w1	...
 * FEATURE	K:W	K:W ...     (one line per feature, sorted; only non-zero weights, K the label index)
 * </pre>
 * Weights are written with {@value #DIGITS} significant decimals, so that a model fitted twice on the same data
 * gives the same file, and a diff of two models shows what changed.
 */
public final class ModelFile {
    /** The first cell of every model file. */
    public static final String MAGIC = "sitrep-linear-model";
    /** The format version this class reads and writes. */
    public static final int VERSION = 1;
    /** Decimal places of a written weight. */
    public static final int DIGITS = 4;

    private ModelFile() {
    }

    /**
     * @param model the model
     * @param file  where to write it (parent folders are created)
     * @throws ModelException if the file cannot be written
     */
    public static void write(LinearModel model, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (OutputStream raw = Files.newOutputStream(file);
                 OutputStream out = gzipped(file) ? new GZIPOutputStream(raw) : raw;
                 Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                write(model, w);
            }
        } catch (IOException e) {
            throw new ModelException("cannot write the model file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param model the model
     * @param w     where to write it; not closed
     * @throws IOException if writing fails
     */
    public static void write(LinearModel model, Writer w) throws IOException {
        w.write(MAGIC + "\t" + VERSION + "\n");
        for (Map.Entry<String, String> e : model.metadata().entrySet()) {
            w.write("meta\t" + clean(e.getKey()) + "\t" + clean(e.getValue()) + "\n");
        }
        w.write("labels\t" + String.join("\t", model.labels()) + "\n");
        StringBuilder bias = new StringBuilder("bias");
        for (double b : model.bias()) {
            bias.append('\t').append(format(b));
        }
        w.write(bias + "\n");
        for (Map.Entry<String, double[]> e : new TreeMap<>(model.weights()).entrySet()) {
            StringBuilder line = new StringBuilder(clean(e.getKey()));
            double[] ws = e.getValue();
            for (int k = 0; k < ws.length; k++) {
                String v = format(ws[k]);
                if (!isZero(v)) {
                    line.append('\t').append(k).append(':').append(v);
                }
            }
            w.write(line + "\n");
        }
    }

    /**
     * @param file a model file written by {@link #write(LinearModel, Path)}
     * @return the model
     * @throws ModelException if the file is missing, unreadable or not a model of this version
     */
    public static LinearModel read(Path file) {
        try (InputStream raw = Files.newInputStream(file)) {
            return read(gzipped(file) ? new GZIPInputStream(raw) : raw, file.toString());
        } catch (NoSuchFileException e) {
            throw new ModelException("model file " + file + " does not exist: give the path of a model written by"
                    + " 'sitrep train'", e);
        } catch (IOException e) {
            throw new ModelException("cannot read the model file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param in   the model's bytes, gzip already undone; not closed
     * @param name what to call the source in messages
     * @return the model
     * @throws ModelException if the text is not a model of this version
     */
    public static LinearModel read(InputStream in, String name) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            String first = r.readLine();
            String[] head = first == null ? new String[0] : first.split("\t", -1);
            if (head.length != 2 || !head[0].equals(MAGIC)) {
                throw new ModelException(name + " is not a Sitrep model file (its first line should be '" + MAGIC
                        + "<TAB>" + VERSION + "'): give a model written by 'sitrep train'", null);
            }
            if (!head[1].equals(String.valueOf(VERSION))) {
                throw new ModelException(name + " is a model of format version " + head[1] + "; this Sitrep reads"
                        + " version " + VERSION + ": fit it again with 'sitrep train'", null);
            }
            Map<String, String> meta = new LinkedHashMap<>();
            List<String> labels = null;
            double[] bias = null;
            Map<String, double[]> weights = new HashMap<>();
            int n = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                String[] cells = line.split("\t", -1);
                String where = name + " line " + n + ": ";
                if (cells[0].equals("meta") && labels == null) {
                    if (cells.length != 3) {
                        throw new ModelException(where + "a meta line has a key and a value", null);
                    }
                    meta.put(cells[1], cells[2]);
                } else if (cells[0].equals("labels") && labels == null) {
                    labels = List.of(Arrays.copyOfRange(cells, 1, cells.length));
                } else if (cells[0].equals("bias") && labels != null && bias == null) {
                    bias = new double[labels.size()];
                    if (cells.length != labels.size() + 1) {
                        throw new ModelException(where + "the bias line needs " + labels.size() + " weights", null);
                    }
                    for (int k = 0; k < bias.length; k++) {
                        bias[k] = number(cells[k + 1], where);
                    }
                } else if (bias != null) {
                    weights.put(cells[0], sparse(cells, labels.size(), where));
                } else {
                    throw new ModelException(where + "expected " + (labels == null ? "'meta' or 'labels'" : "'bias'")
                            + ", got '" + cells[0] + "'", null);
                }
            }
            if (bias == null) {
                throw new ModelException(name + " ends before its labels and bias: the file is cut short; write it"
                        + " again with 'sitrep train'", null);
            }
            return new LinearModel(labels, bias, weights, meta);
        } catch (IOException e) {
            throw new ModelException("cannot read the model " + name + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ModelException(name + " is inconsistent: " + e.getMessage(), e);
        }
    }

    private static double[] sparse(String[] cells, int labels, String where) {
        double[] w = new double[labels];
        for (int i = 1; i < cells.length; i++) {
            int colon = cells[i].indexOf(':');
            if (colon < 0) {
                throw new ModelException(where + "a weight is written LABEL_INDEX:WEIGHT, got '" + cells[i] + "'", null);
            }
            int k;
            try {
                k = Integer.parseInt(cells[i].substring(0, colon));
            } catch (NumberFormatException e) {
                throw new ModelException(where + "'" + cells[i] + "' has no label index", e);
            }
            if (k < 0 || k >= labels) {
                throw new ModelException(where + "label index " + k + " is outside 0.." + (labels - 1), null);
            }
            w[k] = number(cells[i].substring(colon + 1), where);
        }
        return w;
    }

    private static double number(String text, String where) {
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ModelException(where + "'" + text + "' is not a finite number", e);
        }
    }

    private static String format(double v) {
        String s = String.format(Locale.ROOT, "%." + DIGITS + "f", v);
        return s.equals("-0." + "0".repeat(DIGITS)) ? "0." + "0".repeat(DIGITS) : s;
    }

    private static boolean isZero(String formatted) {
        return formatted.equals("0." + "0".repeat(DIGITS));
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static boolean gzipped(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(".gz");
    }
}
