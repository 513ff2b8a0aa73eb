package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.sitrep.geo.FeatureKind;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.Place;
import org.sitrep.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Writes a synthetic benchmark corpus in the Article format: short news reports from a few templates, filled
 * with towns the gazetteer knows (a town is used only when the gazetteer's best match for its name is a city in
 * the expected country), actors, weekdays and figures. About one report in eight is a second outlet's
 * rewording of the previous event, so that the batch dedup has work to do. The same seed gives the same file.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a synthetic Article-format JSON Lines corpus for benchmarks.")
public final class CorpusGenerator implements Callable<Integer> {
    /** Articles written unless told otherwise. */
    public static final int DEFAULT_ARTICLES = 2000;
    /** The seed used unless told otherwise. */
    public static final long DEFAULT_SEED = 6;

    /** Country code, the armed group active there, and towns to try in the gazetteer. */
    private static final Map<String, List<String>> TOWNS = new LinkedHashMap<>();

    static {
        TOWNS.put("AF", List.of("Taliban", "Kabul", "Kandahar", "Herat", "Jalalabad", "Kunduz", "Ghazni"));
        TOWNS.put("SO", List.of("al-Shabaab", "Mogadishu", "Kismayo", "Baidoa", "Beledweyne", "Afgooye"));
        TOWNS.put("NG", List.of("Boko Haram", "Maiduguri", "Kano", "Kaduna", "Damaturu", "Bama"));
        TOWNS.put("IQ", List.of("Islamic State", "Baghdad", "Mosul", "Kirkuk", "Ramadi", "Fallujah", "Tikrit"));
        TOWNS.put("SY", List.of("Islamic State", "Aleppo", "Idlib", "Raqqa", "Homs", "Hama"));
        TOWNS.put("ML", List.of("JNIM", "Bamako", "Gao", "Timbuktu", "Mopti"));
        TOWNS.put("YE", List.of("Houthi", "Sanaa", "Aden", "Taiz", "Marib"));
        TOWNS.put("PK", List.of("Tehrik-i-Taliban Pakistan", "Peshawar", "Quetta", "Karachi", "Bannu"));
        TOWNS.put("BF", List.of("JNIM", "Ouagadougou", "Djibo", "Dori"));
        TOWNS.put("CO", List.of("ELN", "Cali", "Cucuta", "Medellin"));
    }

    private static final String[] OUTLETS = {"Daily Wire Service", "Regional Herald", "Frontline News"};

    @Option(names = "--articles", paramLabel = "N", description = "articles to write (default: ${DEFAULT-VALUE})")
    private int articles = DEFAULT_ARTICLES;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed = DEFAULT_SEED;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the JSON Lines file to write")
    private Path out;

    /**
     * @param args {@code --out FILE [--articles N] [--seed N]}
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new CorpusGenerator()).execute(args));
    }

    @Override
    public Integer call() {
        List<Town> towns = towns(Gazetteer.loadDefault());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(towns, new Random(seed), articles, w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus to " + out, e);
        }
        System.err.printf("generate: %d articles about %d towns in %s%n", articles, towns.size(), out);
        return 0;
    }

    /** A town the gazetteer confirmed, with the group said to be active around it. */
    private record Town(String name, String admin1, String group) {
    }

    private static List<Town> towns(Gazetteer gazetteer) {
        List<Town> found = new ArrayList<>();
        TOWNS.forEach((code, entry) -> {
            for (String name : entry.subList(1, entry.size())) {
                List<Place> hits = gazetteer.lookup(name);
                if (!hits.isEmpty() && hits.get(0).feature() == FeatureKind.CITY
                        && hits.get(0).countryCode().equals(code)) {
                    found.add(new Town(hits.get(0).name(), hits.get(0).admin1(), entry.get(0)));
                }
            }
        });
        if (found.isEmpty()) {
            throw new IllegalStateException("the gazetteer confirmed none of the generator's towns");
        }
        return found;
    }

    private static void write(List<Town> towns, Random rnd, int n, Writer w) throws IOException {
        Story last = null;
        for (int i = 0; i < n; i++) {
            boolean rewrite = last != null && rnd.nextInt(8) == 0;
            Story s = rewrite ? last.retold(rnd) : Story.random(towns, rnd);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", "gen-" + i);
            a.put("published", s.published.toString());
            a.put("title", s.title());
            a.put("text", s.text(rewrite));
            a.put("url", "https://news.example/" + i);
            a.put("source", OUTLETS[rnd.nextInt(OUTLETS.length)]);
            w.write(Json.mapper().writeValueAsString(a));
            w.write('\n');
            last = s;
        }
    }

    /** One invented event and how a report tells it. */
    private record Story(int kind, Town town, LocalDate day, LocalDate published, int killed, int wounded) {
        static Story random(List<Town> towns, Random rnd) {
            LocalDate published = LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(4 * 365));
            return new Story(rnd.nextInt(4), towns.get(rnd.nextInt(towns.size())),
                    published.minusDays(1 + rnd.nextInt(3)), published, 1 + rnd.nextInt(20), rnd.nextInt(30));
        }

        /** The same event as told by another outlet a day later, the toll perhaps risen. */
        Story retold(Random rnd) {
            return new Story(kind, town, day, published.plusDays(1), killed + rnd.nextInt(3), wounded);
        }

        String title() {
            return switch (kind) {
                case 0 -> killed + " killed in bomb blast in " + town.name;
                case 1 -> "Attack on checkpoint in " + town.name + " kills " + killed;
                case 2 -> "Fighting in " + town.name + " leaves " + killed + " dead";
                default -> "Gunmen kill " + killed + " villagers near " + town.name;
            };
        }

        String text(boolean retold) {
            String weekday = retold ? day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " last week"
                    : day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String when = retold ? "on " + day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL,
                    Locale.ENGLISH) : "on " + weekday;
            String where = town.name + (town.admin1 == null ? "" : ", " + town.admin1 + ",");
            String lead = switch (kind) {
                case 0 -> "A car bomb exploded near a crowded market in " + where + " " + when + ", killing " + killed
                        + " civilians and wounding " + wounded + " others, local officials said.";
                case 1 -> town.group + " fighters attacked a police checkpoint in " + where + " " + when + ", killing "
                        + killed + " police officers, a provincial spokesman said.";
                case 2 -> "Heavy clashes broke out between government forces and " + town.group + " militants in "
                        + where + " " + when + ". At least " + killed + " people were killed in the fighting.";
                default -> "Gunmen stormed a village near " + town.name + " " + when + " and shot dead " + killed
                        + " residents, witnesses said.";
            };
            return lead + "\n\n" + (retold ? "The toll was confirmed by hospital staff on the following day. "
                    : "No group immediately claimed responsibility. ")
                    + "Security forces sealed off the area and officials said an investigation was under way. "
                    + "The region has seen repeated violence in recent months.";
        }
    }
}
