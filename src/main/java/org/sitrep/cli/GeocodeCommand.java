package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.ReadResult;
import org.sitrep.cli.internal.Lazy;
import org.sitrep.eval.GeoDocument;
import org.sitrep.eval.GeoGoldReader;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep geocode}: prints the places each document names, resolved against the gazetteer.
 */
@Command(name = "geocode", mixinStandardHelpOptions = true,
        description = {"Prints, per document, the place mentions found and where they are: offsets, text, name,",
                "country, admin1, latitude, longitude, GeoNames id, kind of place, precision, confidence.",
                "Inputs: .txt or .html files, Article-format .jsonl files, or directories of them; with",
                "--mentions, JSON lines whose 'toponyms' [{start, end}] mark the names to resolve.",
                "Exit code: 0 all inputs read, 1 some failed (each named on stderr), 2 bad usage."})
public final class GeocodeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or directories to read")
    private List<Path> inputs;

    @Option(names = "--mentions", description = "resolve exactly the toponym spans the documents carry")
    private boolean mentions;

    @Option(names = "--json", description = "one JSON object per document instead of a table")
    private boolean json;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Lazy<Sitrep> sitrep = new Lazy<>(() -> Sitrep.load(SitrepConfig.DEFAULT));
        if (mentions) {
            for (Path input : inputs) {
                for (GeoDocument doc : new GeoGoldReader().readSpans(input)) {
                    print(out, doc.id(), sitrep.get().geocode(doc.article(), doc.spans()));
                }
            }
            return 0;
        }
        int[] failures = {0};
        ArticleReader reader = new ArticleReader();
        for (Path input : inputs) {
            reader.read(input, null, read -> {
                if (read instanceof ReadResult.Ok ok) {
                    print(out, ok.article().id(), sitrep.get().geocode(ok.article()));
                } else if (read instanceof ReadResult.Failed failed) {
                    failures[0]++;
                    System.err.println(failed.message());
                }
            });
        }
        return failures[0] == 0 ? 0 : 1;
    }

    private void print(PrintStream out, String id, List<PlaceMention> places) {
        if (json) {
            out.println(toJson(id, places));
            return;
        }
        out.println(id + ": " + places.size() + (places.size() == 1 ? " place" : " places"));
        for (PlaceMention m : places) {
            Place p = m.place();
            out.printf(Locale.ROOT, "  %6d-%-6d %-24s %-28s %-22s %9.4f %10.4f %-8s %-6s %.2f%n", m.start(), m.end(),
                    clip(m.text(), 24), clip(p.name(), 28), clip(where(p), 22), p.latitude(), p.longitude(),
                    p.feature().name().toLowerCase(Locale.ROOT), m.precision().name().toLowerCase(Locale.ROOT),
                    m.confidence());
        }
    }

    private static String where(Place p) {
        return p.admin1() == null || p.admin1().equals(p.name()) ? p.country() : p.admin1() + ", " + p.countryCode();
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    /** The JSON form of one document's places; field names follow the Event format's. */
    static String toJson(String id, List<PlaceMention> places) {
        ObjectNode doc = Json.mapper().createObjectNode();
        doc.put("id", id);
        ArrayNode list = doc.putArray("places");
        for (PlaceMention m : places) {
            Place p = m.place();
            ObjectNode o = list.addObject();
            o.put("start", m.start());
            o.put("end", m.end());
            o.put("text", m.text());
            o.put("name", p.name());
            o.put("country", p.country().isEmpty() ? null : p.country());
            o.put("admin1", p.admin1());
            o.put("latitude", p.latitude());
            o.put("longitude", p.longitude());
            if (p.geonameId() > 0) {
                o.put("geonameid", p.geonameId());
            } else {
                o.putNull("geonameid");
            }
            o.put("feature", p.feature().name().toLowerCase(Locale.ROOT));
            o.put("precision", m.precision().code());
            o.put("confidence", Math.round(m.confidence() * 1000) / 1000.0);
        }
        try {
            return Json.mapper().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the places of '" + id + "' as JSON", e);
        }
    }
}
