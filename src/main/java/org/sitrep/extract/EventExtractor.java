package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.extract.internal.EventAssembler;
import org.sitrep.extract.internal.MentionReader;
import org.sitrep.geo.FeatureKind;
import org.sitrep.geo.GeoPrecision;
import org.sitrep.geo.Geocoder;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.lang.Language;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;
import org.sitrep.text.Token;

/**
 * Finds the events an annotated article reports, running the reading stages of {@link Readers} in turn:
 * triggers detected and typed, kept when the sentence asserts them, filled with date, place, actors,
 * casualties and weapon, and merged across sentences.
 * Thread-safe; create one per process.
 */
public final class EventExtractor {
    private final EventDetector detector;
    private final MentionReader mentions;
    private final MentionMerger merger;
    private final Geocoder geocoder;

    /**
     * @param readers  the reading stages
     * @param geocoder finds and resolves places
     * @param language the bundle the extractor's own word lists come from
     * @throws org.sitrep.lang.LanguageException if a list is missing from the bundle
     */
    public EventExtractor(Readers readers, Geocoder geocoder, Language language) {
        Objects.requireNonNull(readers, "readers");
        this.detector = readers.detector();
        this.mentions = new MentionReader(readers, language);
        this.merger = readers.merger();
        this.geocoder = Objects.requireNonNull(geocoder, "geocoder");
    }

    /** @return the event detector, which also decides which sentences need NER and a parse */
    public EventDetector detector() {
        return detector;
    }

    /**
     * @param doc an annotated article
     * @return its events in order of first mention, each evidence span with the bounds of its sentence in the
     *         document; empty when it reports none
     */
    public List<Event> extract(AnnotatedArticle doc) {
        List<List<CueMatch>> matches = new ArrayList<>(doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            matches.add(detector.detect(s.tokens()));
        }
        List<Span> cueSpans = cueSpans(doc, matches);
        List<PlaceMention> places = geocoder.find(doc).stream()
                .filter(p -> cueSpans.stream().noneMatch(c -> c.overlaps(new Span(p.start(), p.end()))))
                .filter(p -> p.place().feature() != FeatureKind.REGION).map(geocoder::atCodingPoint).toList();
        PlaceMention focus = focus(places);
        MentionReader.Context context = new MentionReader.Context(doc.text(), doc.article().published(), places,
                focus == null ? null : focus.place().country());
        List<Mention> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            found.addAll(mentions.read(s, matches.get(s.index()), context));
        }
        EventAssembler.Fallbacks fallbacks = new EventAssembler.Fallbacks(doc.article().id(),
                doc.article().published(), focus);
        List<Event> events = new ArrayList<>();
        for (List<Mention> cluster : merger.merge(found)) {
            Event e = EventAssembler.assemble(cluster, fallbacks);
            // Each evidence span keeps its sentence of this document, so the sentence users see is the one read.
            events.add(e.withEvidence(e.evidence().inSentences(doc.sentences())));
        }
        return events;
    }

    /** A mention of the focus country to stand as evidence when an event's own sentences name no place. */
    private PlaceMention focus(List<PlaceMention> places) {
        Optional<Place> country = geocoder.focusCountry(places);
        if (country.isEmpty()) {
            return null;
        }
        for (PlaceMention p : places) {
            if (p.place().countryCode().equals(country.get().countryCode())) {
                return new PlaceMention(p.start(), p.end(), p.text(), country.get(), GeoPrecision.REGION,
                        p.confidence());
            }
        }
        return null;
    }

    /** Spans of trigger words (weapons, attack words), which are never place names. */
    private static List<Span> cueSpans(AnnotatedArticle doc, List<List<CueMatch>> matches) {
        List<Span> spans = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (CueMatch m : matches.get(s.index())) {
                if (m.cue().isTrigger() || m.cue() == Cue.AIRCRAFT) {
                    spans.add(new Span(s.tokens().get(m.first()).start(), s.tokens().get(m.last()).end()));
                }
            }
        }
        return spans;
    }
}
