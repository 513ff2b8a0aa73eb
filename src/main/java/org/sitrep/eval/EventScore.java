package org.sitrep.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.internal.Ratios;

/**
 * Event-level scores of predictions against gold events.
 *
 * @param gold      gold events
 * @param predicted predicted events (of the scored articles)
 * @param matched   matched pairs
 * @param fields    per field (Event-format name, in Event-format order; {@code coordinates} for the point):
 *                  correct / total over matched pairs whose gold event fills it
 * @param singleEvent over articles with exactly one gold event, whether the most confident prediction has
 *                    its {@code sub_event_type} and lies within the coordinate tolerance of it (unmatched
 *                    and missing predictions count as wrong)
 * @param misses    missed and spurious events and wrong fields, in article order
 */
public record EventScore(int gold, int predicted, int matched, Map<String, FieldScore> fields, List<Miss> misses,
                         Map<String, FieldScore> singleEvent) {
    /** Copies the maps (keeping their order) and the list. */
    public EventScore {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        singleEvent = Collections.unmodifiableMap(new LinkedHashMap<>(singleEvent));
        misses = List.copyOf(misses);
    }

    /** @return matched / predicted, 0 when nothing was predicted */
    public double precision() {
        return Ratios.ratio(matched, predicted);
    }

    /** @return matched / gold, 0 when there is no gold event */
    public double recall() {
        return Ratios.ratio(matched, gold);
    }

    /** @return harmonic mean of precision and recall, 0 when both are 0 */
    public double f1() {
        return Ratios.f1(precision(), recall());
    }
}
