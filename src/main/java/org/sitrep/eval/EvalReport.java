package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.sitrep.util.Json;

/**
 * Formats an {@link EvalResult}: a one-line summary, a plain-text report with aligned tables, or JSON.
 * Ratios are printed with three decimals; an accuracy with no scored pair is {@code -} in text and
 * {@code null} in JSON. Immutable.
 */
public final class EvalReport {
    /** How much a report shows. */
    public enum Detail {
        /** Scores only. */
        SCORES,
        /** Scores followed by every miss (for {@code --verbose}). */
        SCORES_AND_MISSES
    }

    private final EvalResult result;

    /**
     * @param result the scores to format
     * @throws NullPointerException if result is null
     */
    public EvalReport(EvalResult result) {
        this.result = Objects.requireNonNull(result, "result");
    }

    /**
     * @return e.g. {@code events: P 0.833 R 1.000 F1 0.909 (gold 5, predicted 6, matched 5)}; the snippet line
     *         follows after {@code "; "} when the file has both kinds; {@code nothing to score} for neither
     */
    public String summary() {
        StringJoiner line = new StringJoiner("; ");
        if (result.events() != null) {
            EventScore e = result.events();
            line.add(String.format(Locale.ROOT, "events: P %.3f R %.3f F1 %.3f (gold %d, predicted %d, matched %d)",
                    e.precision(), e.recall(), e.f1(), e.gold(), e.predicted(), e.matched()));
        }
        if (result.snippets() != null) {
            SnippetScore s = result.snippets();
            line.add(String.format(Locale.ROOT, "snippets: accuracy %.3f weighted F1 %.3f macro F1 %.3f (n %d)",
                    s.accuracy(), s.weightedF1(), s.macroF1(), s.total()));
        }
        return line.length() == 0 ? "nothing to score" : line.toString();
    }

    /**
     * @param detail whether to list the misses
     * @return a multi-line plain-text report ending in a line break
     */
    public String text(Detail detail) {
        StringBuilder out = new StringBuilder();
        if (result.goldFile() != null) {
            out.append("gold: ").append(result.goldFile()).append('\n');
        }
        out.append(summary().replace("; ", "\n")).append('\n');
        if (result.events() != null) {
            out.append('\n').append(fieldTable(result.events().fields()));
            if (result.events().singleEvent().values().stream().anyMatch(f -> f.total() > 0)) {
                out.append("\nsingle-event articles, most confident prediction:\n")
                        .append(fieldTable(result.events().singleEvent()));
            }
        }
        if (result.snippets() != null) {
            out.append('\n').append(labelTable(result.snippets().labels()));
        }
        if (detail == Detail.SCORES_AND_MISSES) {
            out.append('\n').append("misses:\n");
            misses().forEach(miss -> out.append("  ").append(line(miss)).append('\n'));
        }
        return out.toString();
    }

    private static String fieldTable(Map<String, FieldScore> fields) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-16s %8s %8s %6s%n",
                "field", "accuracy", "correct", "n"));
        fields.forEach((name, score) -> out.append(String.format(Locale.ROOT, "%-16s %8s %8d %6d%n",
                name, ratio(score.accuracy()), score.correct(), score.total())));
        return out.toString();
    }

    private static String labelTable(List<LabelScore> labels) {
        int width = labels.stream().mapToInt(l -> l.label().length()).max().orElse(0);
        width = Math.max(width, "label".length());
        String row = "%-" + width + "s %6s %6s %6s %8s%n";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, row, "label", "P", "R", "F1", "support"));
        for (LabelScore l : labels) {
            out.append(String.format(Locale.ROOT, row, l.label(), ratio(l.precision()), ratio(l.recall()),
                    ratio(l.f1()), l.support()));
        }
        return out.toString();
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private List<Miss> misses() {
        List<Miss> events = result.events() == null ? List.of() : result.events().misses();
        List<Miss> snippets = result.snippets() == null ? List.of() : result.snippets().misses();
        return Stream.concat(events.stream(), snippets.stream()).toList();
    }

    private static String line(Miss miss) {
        return miss.articleId() + ": " + switch (miss.kind()) {
            case MISSED_EVENT -> "missed event " + miss.gold();
            case SPURIOUS_EVENT -> "spurious event " + miss.predicted();
            case WRONG_FIELD, WRONG_LABEL -> miss.field() + " gold " + quote(miss.gold())
                    + ", predicted " + quote(miss.predicted());
        };
    }

    private static String quote(String value) {
        return value == null ? "none" : "\"" + value + "\"";
    }

    /**
     * @param detail whether to include the misses
     * @return the scores as one JSON object: {@code gold_file}, then {@code events} and {@code snippets}
     *         (each null when the file has no gold of that kind)
     */
    public String json(Detail detail) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("gold_file", result.goldFile() == null ? null : result.goldFile().toString());
        root.set("events", result.events() == null ? null : events(result.events(), detail));
        root.set("snippets", result.snippets() == null ? null : snippets(result.snippets(), detail));
        try {
            return Json.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }

    private static ObjectNode events(EventScore score, Detail detail) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("gold", score.gold()).put("predicted", score.predicted()).put("matched", score.matched())
                .put("precision", score.precision()).put("recall", score.recall()).put("f1", score.f1());
        putFields(node.putObject("fields"), score.fields());
        putFields(node.putObject("single_event"), score.singleEvent());
        misses(node, score.misses(), detail);
        return node;
    }

    private static void putFields(ObjectNode parent, Map<String, FieldScore> scores) {
        scores.forEach((name, f) -> {
            ObjectNode field = parent.putObject(name).put("correct", f.correct()).put("total", f.total());
            putRatio(field, "accuracy", f.accuracy());
        });
    }

    private static ObjectNode snippets(SnippetScore score, Detail detail) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("total", score.total()).put("correct", score.correct()).put("accuracy", score.accuracy())
                .put("weighted_f1", score.weightedF1()).put("macro_f1", score.macroF1());
        ObjectNode labels = node.putObject("labels");
        for (LabelScore l : score.labels()) {
            labels.putObject(l.label()).put("precision", l.precision()).put("recall", l.recall())
                    .put("f1", l.f1()).put("support", l.support());
        }
        misses(node, score.misses(), detail);
        return node;
    }

    private static void putRatio(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private static void misses(ObjectNode node, List<Miss> misses, Detail detail) {
        if (detail != Detail.SCORES_AND_MISSES) {
            return;
        }
        ArrayNode list = node.putArray("misses");
        for (Miss miss : misses) {
            list.addObject().put("kind", miss.kind().name().toLowerCase(Locale.ROOT))
                    .put("article_id", miss.articleId()).put("field", miss.field())
                    .put("gold", miss.gold()).put("predicted", miss.predicted());
        }
    }
}
