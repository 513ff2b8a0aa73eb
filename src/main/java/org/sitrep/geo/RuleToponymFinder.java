package org.sitrep.geo;

import java.util.List;
import java.util.Objects;
import org.sitrep.geo.internal.DivisionAbbreviations;
import org.sitrep.geo.internal.GeoWords;
import org.sitrep.geo.internal.WordView;
import org.sitrep.lang.Language;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.text.Span;

/**
 * The rule-based {@link ToponymFinder}: runs of capitalised words (or words inside NER hints) looked up in the
 * gazetteer, longest first, with the cues the language writes around place names. Ordinary words ("Most",
 * "Reading") count only with a cue such as "in". Thread-safe.
 */
public final class RuleToponymFinder implements ToponymFinder {
    private final Gazetteer gazetteer;
    private final GeoWords words;
    private final WordView view;
    private final DivisionAbbreviations abbreviations;
    private final int maxNameWords;

    /**
     * @param gazetteer the place names
     * @param config    settings; only {@link GeocoderConfig#maxNameWords()} is read
     * @param language  the bundle of the texts' language, for its place nouns, cue phrases and ordinary words
     * @throws org.sitrep.lang.LanguageException if the bundle lacks a {@code geo-*} resource
     */
    public RuleToponymFinder(Gazetteer gazetteer, GeocoderConfig config, Language language) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.words = GeoWords.of(language);
        this.view = new WordView(words);
        this.abbreviations = DivisionAbbreviations.load();
        this.maxNameWords = config.maxNameWords();
    }

    @Override
    public ToponymReading read(AnnotatedArticle doc, List<Span> hints) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(hints, "hints");
        return new MentionFinder(gazetteer, words, abbreviations, maxNameWords, doc.text(), view.words(doc), hints);
    }
}
