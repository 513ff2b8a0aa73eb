package org.sitrep.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.ContentType;
import org.sitrep.article.ReadResult;
import org.sitrep.cli.internal.BatchExtractor;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.EvalResult;
import org.sitrep.eval.GoldArticle;
import org.sitrep.eval.Half;
import org.sitrep.eval.GoldReader;
import org.sitrep.eval.GoldScoring;
import org.sitrep.extract.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep eval}: scores extraction against a gold file with the matching rules of formats.md.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against gold articles: event precision, recall, F1 and per-field",
                "accuracy for articles with 'events'; accuracy and weighted F1 over sub-event types for",
                "snippets with a 'label' (NONE = no event)."})
public final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl", description = "gold files")
    private List<Path> goldFiles;

    @Option(names = "--verbose", description = "a line per miss: unmatched gold, spurious and wrong fields")
    private boolean verbose;

    @Option(names = "--json", description = "print the report as JSON")
    private boolean json;

    @Option(names = "--half", paramLabel = "HALF", description = {
            "which half of each file to score: tuning (what rules and models are fitted on),",
            "checking (never fitted on) or all (default); the split is by incident or article id"})
    private Half half = Half.ALL;

    @Mixin
    private TyperOptions typerOptions = new TyperOptions();

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        Sitrep sitrep = Sitrep.load(typerOptions.apply(SitrepConfig.DEFAULT));
        ArticleReader reader = new ArticleReader();
        for (Path gold : goldFiles) {
            List<GoldArticle> articles = half.select(new GoldReader().read(gold));
            Map<String, List<Event>> predicted = extractAll(sitrep, reader, gold, articles);
            EvalResult result = new GoldScoring().evaluate(articles, g -> predicted.getOrDefault(g.id(), List.of()));
            EvalReport report = new EvalReport(result);
            EvalReport.Detail detail = verbose ? EvalReport.Detail.SCORES_AND_MISSES : EvalReport.Detail.SCORES;
            System.out.println(json ? report.json(detail) : report.text(detail));
        }
        return 0;
    }

    private Map<String, List<Event>> extractAll(Sitrep sitrep, ArticleReader reader, Path gold,
                                                List<GoldArticle> articles) {
        Map<String, List<Event>> out = new HashMap<>();
        try (BatchExtractor batch = new BatchExtractor(threads, sitrep::extract)) {
            for (GoldArticle g : articles) {
                ReadResult read = reader.readContent(gold + " article " + g.id(), g.id(),
                        ExtractCommand.parsePublished(g.published()), g.text(), ContentType.TEXT);
                batch.submit(read, outcome -> collect(outcome, out));
            }
            batch.drain(outcome -> collect(outcome, out));
        }
        return out;
    }

    private static void collect(BatchExtractor.Outcome outcome, Map<String, List<Event>> out) {
        if (outcome.read() instanceof ReadResult.Ok ok && outcome.events() != null) {
            out.put(ok.article().id(), outcome.events());
        } else if (outcome.read() instanceof ReadResult.Failed failed) {
            System.err.println(failed.message());
        } else {
            System.err.println("extraction failed: " + outcome.error());
        }
    }
}
