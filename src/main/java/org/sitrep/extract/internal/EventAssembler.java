package org.sitrep.extract.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.extract.Event;
import org.sitrep.extract.Evidence;
import org.sitrep.extract.Found;
import org.sitrep.extract.Mention;
import org.sitrep.extract.SubEventType;
import org.sitrep.extract.actor.Actor;
import org.sitrep.geo.PlaceMention;
import org.sitrep.text.Span;
import org.sitrep.time.DateMention;
import org.sitrep.time.TimePrecision;

/**
 * Fuses the mentions of one event into an {@link Event}: the most precise date, the most specific place,
 * the largest casualty figure any sentence gives (sentences of one report add detail rather than compete),
 * and every field's evidence span.
 */
public final class EventAssembler {
    private static final String UNIDENTIFIED = "Unidentified";
    private EventAssembler() {
    }

    /**
     * What the article offers when the event's own sentences are silent.
     *
     * @param articleId    the article's id
     * @param published    its publication day, or null
     * @param focusCountry the place mention naming the article's focus country, or null
     */
    public record Fallbacks(String articleId, LocalDate published, PlaceMention focusCountry) {
    }

    /**
     * @param mentions  one event's mentions, in text order
     * @param fallbacks what the article offers otherwise
     * @return the event
     */
    public static Event assemble(List<Mention> mentions, Fallbacks fallbacks) {
        Map<String, Span> evidence = new LinkedHashMap<>();
        Mention lead = lead(mentions);
        SubEventType type = lead.trigger().type();
        evidence.put("event_type", lead.triggerSpan());
        evidence.put("sub_event_type", lead.triggerSpan());

        DateMention date = mentions.stream().map(Mention::date).filter(Objects::nonNull)
                .min(Comparator.comparingInt(d -> d.precision().code())).orElse(null);
        LocalDate day = date != null ? date.date() : fallbacks.published();
        Integer precision = date != null ? Integer.valueOf(date.precision().code())
                : fallbacks.published() != null ? Integer.valueOf(TimePrecision.WEEK.code()) : null;
        if (date != null) {
            Span span = new Span(date.start(), date.end());
            evidence.put("event_date", span);
            evidence.put("time_precision", span);
        }

        PlaceMention place = place(mentions, fallbacks.focusCountry());
        boolean ownPlace = place != null && place != fallbacks.focusCountry();
        if (place != null) {
            Span span = new Span(place.start(), place.end());
            for (String f : List.of("country", "admin1", "location", "latitude", "longitude", "geo_precision")) {
                evidence.put(f, span);
            }
        }
        Integer geoPrecision = place == null ? null : ownPlace ? place.precision().code() : 3;

        Found<Actor> actor1 = identified(mentions, first(mentions, lead, Mention::actor1));
        Found<Actor> actor2 = first(mentions, lead, Mention::actor2);
        if (actor1 != null && actor2 != null && actor1.value().name().equals(actor2.value().name())) {
            actor2 = mentions.stream().map(Mention::actor2)
                    .filter(a -> a != null && !a.value().name().equals(actor1.value().name())).findFirst().orElse(null);
        }
        Found<String> blamed = first(mentions, lead, Mention::blamedOn);
        Found<String> claimed = first(mentions, lead, Mention::claimedBy);
        Found<Integer> killed = largest(mentions, Mention::killed);
        Found<Integer> wounded = largest(mentions, Mention::wounded);
        Found<String> weapon = first(mentions, lead, Mention::weapon);
        put(evidence, "actor1", actor1);
        put(evidence, "actor1_type", actor1);
        put(evidence, "actor2", actor2);
        put(evidence, "actor2_type", actor2);
        put(evidence, "blamed_on", blamed);
        put(evidence, "claimed_by", claimed);
        put(evidence, "fatalities", killed);
        put(evidence, "injuries", wounded);
        put(evidence, "weapon", weapon);

        String location = place == null ? null : ownPlace ? place.place().name() : place.place().country();
        Event draft = new Event(id(fallbacks.articleId(), type, day, location, lead.triggerSpan()),
                List.of(fallbacks.articleId()), day, precision, type.eventType().label(), type.label(),
                name(actor1), name(actor2), inter(actor1), inter(actor2), value(blamed), value(claimed),
                place == null ? null : place.place().country(),
                place == null || !ownPlace ? null : place.place().admin1(), location,
                place == null ? null : place.place().latitude(), place == null ? null : place.place().longitude(),
                geoPrecision, value(killed), value(wounded), value(weapon), "",
                new Evidence(fallbacks.articleId(), evidence), confidence(mentions, lead, date, ownPlace, actor1));
        return withSummary(draft);
    }

    /**
     * The mention that decides the type: a specific, dated founding one (the sentence that reports the event
     * itself) before a specific undated one, before any founding one.
     */
    private static Mention lead(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.canFound() && m.trigger().specific() && m.date() != null).findFirst()
                .or(() -> mentions.stream().filter(m -> m.canFound() && m.trigger().specific()).findFirst())
                .or(() -> mentions.stream().filter(m -> m.trigger().specific()).findFirst())
                .or(() -> mentions.stream().filter(Mention::canFound).findFirst())
                .orElse(mentions.get(0));
    }

    /** The most specific place of the founding mentions, else of any mention, else the focus country. */
    private static PlaceMention place(List<Mention> mentions, PlaceMention focus) {
        PlaceMention best = mostSpecific(mentions.stream().filter(Mention::canFound).toList());
        if (best == null) {
            best = mostSpecific(mentions);
        }
        return best != null ? best : focus;
    }

    private static PlaceMention mostSpecific(List<Mention> mentions) {
        PlaceMention best = null;
        for (Mention m : mentions) {
            PlaceMention p = m.place();
            if (p != null && (best == null || rank(p) > rank(best))) {
                best = p;
            }
        }
        return best;
    }

    private static int rank(PlaceMention p) {
        return p.place().feature().specificity();
    }

    /**
     * An unidentified doer ("a suicide bomber", "gunmen") gives way to a named one that another sentence of the
     * same event gives, typically the group that claimed it.
     */
    private static Found<Actor> identified(List<Mention> mentions, Found<Actor> actor) {
        if (actor != null && !actor.value().name().startsWith(UNIDENTIFIED)) {
            return actor;
        }
        return mentions.stream()
                .sorted(Comparator.comparing((Mention m) -> m.claimedBy() == null))
                .map(Mention::actor1)
                .filter(a -> a != null && armed(a.value()) && !a.value().name().startsWith(UNIDENTIFIED))
                .findFirst().orElse(actor);
    }

    /** State forces, rebels, militias and external forces: the inter codes of those who carry out attacks. */
    private static boolean armed(Actor actor) {
        return actor.interCode() <= 4 || actor.interCode() == 8;
    }

    private static <T> Found<T> first(List<Mention> mentions, Mention lead, Function<Mention, Found<T>> field) {
        Found<T> own = field.apply(lead);
        if (own != null) {
            return own;
        }
        return mentions.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Found<Integer> largest(List<Mention> mentions, Function<Mention, Found<Integer>> field) {
        return mentions.stream().map(field).filter(Objects::nonNull)
                .max(Comparator.comparingInt(Found::value)).orElse(null);
    }

    private static void put(Map<String, Span> evidence, String field, Found<?> found) {
        if (found != null) {
            evidence.put(field, found.span());
        }
    }

    private static String name(Found<Actor> actor) {
        return actor == null ? null : actor.value().name();
    }

    private static Integer inter(Found<Actor> actor) {
        return actor == null ? null : actor.value().interCode();
    }

    private static <T> T value(Found<T> found) {
        return found == null ? null : found.value();
    }

    private static double confidence(List<Mention> mentions, Mention lead, DateMention date, boolean ownPlace,
                                     Found<Actor> actor1) {
        double c = 0.45;
        c += lead.trigger().specific() ? 0.2 : 0.0;
        c += lead.canFound() ? 0.1 : -0.15;
        c += date != null ? 0.08 : 0.0;
        c += ownPlace ? 0.07 : 0.0;
        c += actor1 != null ? 0.05 : 0.0;
        c += Math.min(0.05, 0.01 * (mentions.size() - 1));
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }

    private static String id(String articleId, SubEventType type, LocalDate day, String location, Span trigger) {
        String key = articleId + "|" + type.name() + "|" + day + "|" + location + "|" + trigger.start();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static Event withSummary(Event e) {
        String summary = SummaryWriter.write(e);
        return new Event(e.eventId(), e.articleIds(), e.eventDate(), e.timePrecision(), e.eventType(),
                e.subEventType(), e.actor1(), e.actor2(), e.actor1Type(), e.actor2Type(), e.blamedOn(), e.claimedBy(),
                e.country(), e.admin1(), e.location(), e.latitude(), e.longitude(), e.geoPrecision(), e.fatalities(),
                e.injuries(), e.weapon(), summary, e.evidence(), e.confidence());
    }
}
