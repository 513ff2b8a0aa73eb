package org.sitrep.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.sitrep.Sitrep;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.ContentType;
import org.sitrep.article.ReadResult;
import org.sitrep.eval.GoldArticle;
import org.sitrep.eval.GoldEvent;
import org.sitrep.extract.TypingExamples;
import org.sitrep.extract.TypingFeatures;
import org.sitrep.learn.Example;
import org.sitrep.learn.LinearModel;
import org.sitrep.learn.LinearTrainer;
import org.sitrep.learn.ModelException;
import org.sitrep.learn.TrainerConfig;

/**
 * Fits a sub-event typing model on gold articles: each article is read shallowly (tokens, tags, lemmas),
 * its candidate sentences labelled from the gold by {@link TypingExamples}, and the examples fitted by
 * {@link LinearTrainer}. Thread-safe.
 */
public final class TypingTrainer {
    private final Sitrep sitrep;
    private final TypingFeatures.Kind features;
    private final TypingExamples examples;
    private final TrainerConfig config;
    private final ArticleReader reader = new ArticleReader();

    /**
     * @param sitrep   the pipeline whose language and NLP read the articles
     * @param features the feature set to fit on
     * @param config   how to fit
     */
    public TypingTrainer(Sitrep sitrep, TypingFeatures.Kind features, TrainerConfig config) {
        this.sitrep = Objects.requireNonNull(sitrep, "sitrep");
        this.features = Objects.requireNonNull(features, "features");
        this.examples = new TypingExamples(sitrep.language(), features);
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * @param articles gold articles
     * @param threads  how many to read at once
     * @return their labelled sentences, in article order
     * @throws ModelException if reading an article fails
     */
    public List<Example> examples(List<GoldArticle> articles, int threads) {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            List<List<Example>> each = pool.submit(() -> articles.parallelStream().map(this::read).toList()).get();
            List<Example> out = new ArrayList<>();
            each.forEach(out::addAll);
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("reading the training articles was interrupted", e);
        } catch (ExecutionException e) {
            throw new ModelException("reading a training article failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The article is cleaned as {@code sitrep eval} cleans it, so that fitting sees what scoring reads. */
    private List<Example> read(GoldArticle g) {
        ReadResult read = reader.readContent("gold article " + g.id(), g.id(), null, g.text(), ContentType.TEXT);
        if (!(read instanceof ReadResult.Ok ok)) {
            throw new ModelException(((ReadResult.Failed) read).message(), null);
        }
        return examples.examples(sitrep.annotateShallow(ok.article()), gold(g));
    }

    /** What a gold line says, as {@link TypingExamples} reads it. */
    static TypingExamples.Gold gold(GoldArticle g) {
        List<TypingExamples.TypedEvent> events = new ArrayList<>();
        boolean untyped = !g.events().isEmpty();
        for (GoldEvent e : g.events()) {
            events.add(new TypingExamples.TypedEvent(e.eventType(), e.subEventType()));
            untyped &= e.eventType() == null && e.subEventType() == null;
        }
        return new TypingExamples.Gold(g.label(), events, untyped);
    }

    /**
     * @param examples   the labelled sentences
     * @param provenance what to record about the training data (file names, halves, counts; never text)
     * @return the fitted model and how the cost was chosen
     * @throws ModelException if the examples hold fewer than two labels
     */
    public LinearTrainer.Fit fit(List<Example> examples, Map<String, String> provenance) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(TypingFeatures.TASK_KEY, TypingFeatures.TASK);
        meta.put(TypingFeatures.FEATURES_KEY, features.label());
        meta.putAll(provenance);
        LinearTrainer.Fit fit = new LinearTrainer(config).fit(examples, meta);
        Map<String, String> withCost = new LinkedHashMap<>(fit.model().metadata());
        withCost.put("cost", String.valueOf(fit.cost()));
        LinearModel model = new LinearModel(fit.model().labels(), fit.model().bias(), fit.model().weights(), withCost);
        return new LinearTrainer.Fit(model, fit.cost(), fit.accuracy());
    }
}
