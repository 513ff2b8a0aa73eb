package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.eval.GoldArticle;
import org.sitrep.eval.GoldReader;
import org.sitrep.eval.Half;
import org.sitrep.extract.TypingFeatures;
import org.sitrep.learn.Example;
import org.sitrep.learn.LinearModel;
import org.sitrep.learn.LinearTrainer;
import org.sitrep.learn.ModelException;
import org.sitrep.learn.ModelFile;
import org.sitrep.learn.TrainerConfig;
import org.sitrep.train.TypingCheck;
import org.sitrep.train.TypingTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep train}: fits the learned sub-event typer on gold files and checks it on others.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Fits the learned sub-event typer (which sentences report an event, and of which of the",
                "25 types) on gold files: events, snippet labels, reviewed gold. Writes a small model file that",
                "'sitrep eval --typer model --model FILE' and the setting subEventTyper.model read. With --check",
                "it scores the model on sentences of files it was not fitted on; with --model and --check and no",
                "GOLD files it scores an existing model."})
public final class TrainCommand implements Callable<Integer> {
    /** Sentences fitted on per file at most. */
    static final int DEFAULT_MAX_PER_FILE = 600;

    @Parameters(arity = "0..*", paramLabel = "GOLD.jsonl", description = "gold files to fit on")
    private List<Path> goldFiles = new ArrayList<>();

    @Option(names = "--out", paramLabel = "MODEL", description = "where to write the model (.gz: gzipped)")
    private Path out;

    @Option(names = "--model", paramLabel = "MODEL", description = "an existing model to check instead of fitting")
    private Path model;

    @Option(names = "--check", arity = "1..*", paramLabel = "GOLD.jsonl",
            description = "gold files to score the model on")
    private List<Path> checkFiles = new ArrayList<>();

    @Option(names = "--half", paramLabel = "HALF",
            description = "which half of each training file to fit on: tuning, checking or all (default)")
    private Half half = Half.ALL;

    @Option(names = "--check-half", paramLabel = "HALF",
            description = "which half of each --check file to score: default checking when fitting on the"
                    + " tuning half, else all")
    private Half checkHalf;

    @Option(names = "--features", paramLabel = "SET",
            description = "feature set: lexical+rules (default: words, cues and the rules' decisions) or lexical")
    private String features = TypingFeatures.Kind.LEXICAL_AND_RULES.label();

    @Option(names = "--cost", paramLabel = "C",
            description = "inverse L2 penalty; 0 (default) chooses it by 5-fold cross-validation")
    private double cost = TrainerConfig.DEFAULT_COST;

    @Option(names = "--none-weight", paramLabel = "W",
            description = "weight of errors on NONE sentences relative to the event types' (default: 1)")
    private double noneWeight = 1.0;

    @Option(names = "--max-per-file", paramLabel = "N", description = {
            "fit on at most N sentences of each file, from articles spread evenly through it, so that a large",
            "file of one kind of text does not drown the others (default " + DEFAULT_MAX_PER_FILE + "; 0: no cap)"})
    private int maxPerFile = DEFAULT_MAX_PER_FILE;

    @Option(names = "--threads", paramLabel = "N", description = "articles read at once (default: all cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        TypingFeatures.Kind kind;
        try {
            kind = TypingFeatures.Kind.of(features);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--features: " + e.getMessage());
        }
        if (goldFiles.isEmpty() == (model == null)) {
            throw new UsageException("give either GOLD files to fit on (with --out) or --model to check");
        }
        if (!goldFiles.isEmpty() && out == null) {
            throw new UsageException("fitting needs --out MODEL, the file to write the model to");
        }
        if (model != null && checkFiles.isEmpty()) {
            throw new UsageException("--model needs --check GOLD.jsonl, the files to score it on");
        }
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, got " + threads);
        }
        LinearModel fitted = null;
        if (model != null) {
            fitted = ModelFile.read(model);
            try {
                kind = TypingFeatures.Kind.of(String.valueOf(fitted.meta(TypingFeatures.FEATURES_KEY)));
            } catch (IllegalArgumentException e) {
                throw new ModelException(model + ": " + e.getMessage(), e);
            }
        }
        Sitrep sitrep = Sitrep.load(SitrepConfig.DEFAULT);
        if (!(noneWeight > 0)) {
            throw new UsageException("--none-weight must be positive, got " + noneWeight);
        }
        TrainerConfig config = TrainerConfig.DEFAULT.withCost(cost);
        if (noneWeight != 1.0) {
            config = config.withWeight(TypingFeatures.NONE, noneWeight);
        }
        TypingTrainer trainer = new TypingTrainer(sitrep, kind, config);
        if (fitted == null) {
            List<Example> examples = new ArrayList<>();
            Map<String, String> provenance = new LinkedHashMap<>();
            for (Path file : goldFiles) {
                List<Example> some = capped(trainer.examples(half.select(new GoldReader().read(file)), threads));
                examples.addAll(some);
                provenance.put("trained-on " + file.getFileName(), half + " half, " + some.size() + " sentences");
                System.err.println(file + " (" + half + " half): " + some.size() + " labelled sentences");
            }
            LinearTrainer.Fit fit = trainer.fit(examples, provenance);
            fit.accuracy().forEach((c, a) -> System.err.printf(Locale.ROOT,
                    "cost %s: cross-validated accuracy %.3f%n", c, a));
            fitted = fit.model();
            ModelFile.write(fitted, out);
            System.out.printf(Locale.ROOT, "model: %s, %d labels, %d features, cost %s, fitted on %d sentences%n",
                    out, fitted.labels().size(), fitted.weights().size(), fit.cost(), examples.size());
        }
        return check(trainer, fitted, kind);
    }

    /** Every k-th article's sentences, k the smallest that brings the file under the cap. */
    private List<Example> capped(List<Example> examples) {
        if (maxPerFile <= 0 || examples.size() <= maxPerFile) {
            return examples;
        }
        List<String> groups = examples.stream().map(Example::group).distinct().toList();
        int step = (int) Math.ceil(examples.size() / (double) maxPerFile);
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < groups.size(); i += step) {
            kept.add(groups.get(i));
        }
        return examples.stream().filter(e -> kept.contains(e.group())).toList();
    }

    private int check(TypingTrainer trainer, LinearModel fitted, TypingFeatures.Kind kind) {
        Half scored = checkHalf != null ? checkHalf : half == Half.TUNING ? Half.CHECKING : Half.ALL;
        List<Example> all = new ArrayList<>();
        for (Path file : checkFiles) {
            List<GoldArticle> articles = scored.select(new GoldReader().read(file));
            List<Example> some = trainer.examples(articles, threads);
            all.addAll(some);
            report("check " + file + " (" + scored + " half): ", fitted, kind, some);
        }
        if (checkFiles.size() > 1) {
            report("check, all files: ", fitted, kind, all);
        }
        return 0;
    }

    /** The model's scores on the sentences and, where it reads the rules, the rules' own on the same ones. */
    private static void report(String heading, LinearModel fitted, TypingFeatures.Kind kind, List<Example> examples) {
        System.out.println(heading + TypingCheck.score(fitted, examples).line());
        if (kind == TypingFeatures.Kind.LEXICAL_AND_RULES) {
            System.out.println("  the rules alone on the same sentences: " + TypingCheck.rules(examples).line());
            System.out.println("  the rules detect, the model types:     "
                    + TypingCheck.rulesDetectModelTypes(fitted, examples).line());
        }
    }
}
