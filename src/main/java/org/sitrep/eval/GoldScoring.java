package org.sitrep.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.extract.Event;

/**
 * Runs an extractor over a gold file and scores it: articles with event gold by {@link EventScorer}, articles
 * with a {@code label} by {@link SnippetScorer}; a file holding both kinds gets both scores. The extractor is
 * called once per article, in file order, on the calling thread. Thread-safe.
 */
public final class GoldScoring {
    private final GoldReader reader = new GoldReader();
    private final EventScorer events;
    private final SnippetScorer snippets = new SnippetScorer();

    /** Scoring with {@link MatchRules#DEFAULT}. */
    public GoldScoring() {
        this(MatchRules.DEFAULT);
    }

    /**
     * @param rules the tolerances for event matching and coordinates
     * @throws NullPointerException if rules is null
     */
    public GoldScoring(MatchRules rules) {
        this.events = new EventScorer(rules);
    }

    /**
     * @param goldFile  a gold {@code .jsonl} file
     * @param extractor the events predicted for an article (an empty list for none)
     * @return the scores of each kind of gold in the file
     * @throws GoldFormatException if the file cannot be read or a line is malformed
     * @throws EvalException       if the extractor fails or returns null, naming the article
     */
    public EvalResult evaluate(Path goldFile, Function<GoldArticle, List<Event>> extractor) {
        return score(goldFile, reader.read(goldFile), extractor);
    }

    /**
     * @param gold      gold articles already read
     * @param extractor the events predicted for an article (an empty list for none)
     * @return the scores of each kind of gold in the list, with no file
     * @throws EvalException if the extractor fails or returns null, naming the article
     */
    public EvalResult evaluate(List<GoldArticle> gold, Function<GoldArticle, List<Event>> extractor) {
        return score(null, gold, extractor);
    }

    private EvalResult score(Path file, List<GoldArticle> gold, Function<GoldArticle, List<Event>> extractor) {
        Objects.requireNonNull(extractor, "extractor");
        Map<String, List<Event>> predicted = new LinkedHashMap<>();
        for (GoldArticle article : gold) {
            predicted.put(article.id(), extract(file, article, extractor));
        }
        boolean anyEvents = gold.stream().anyMatch(GoldArticle::hasEventGold);
        boolean anySnippets = gold.stream().anyMatch(GoldArticle::isSnippet);
        return new EvalResult(file, anyEvents ? events.score(gold, predicted) : null,
                anySnippets ? snippets.score(gold, predicted) : null);
    }

    private static List<Event> extract(Path file, GoldArticle article, Function<GoldArticle, List<Event>> extractor) {
        String where = (file == null ? "" : "'" + file + "' ") + "article '" + article.id() + "': ";
        List<Event> events;
        try {
            events = extractor.apply(article);
        } catch (RuntimeException e) {
            throw new EvalException(where + "extractor failed (" + e + ")", e);
        }
        if (events == null) {
            throw new EvalException(where + "extractor returned null instead of a list", null);
        }
        return events;
    }
}
