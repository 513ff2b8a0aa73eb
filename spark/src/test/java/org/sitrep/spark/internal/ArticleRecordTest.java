package org.sitrep.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.article.Article;
import org.sitrep.extract.Event;
import org.sitrep.extract.Evidence;
import org.sitrep.text.OffsetMap;
import org.sitrep.text.Sentence;
import org.sitrep.text.Span;

class ArticleRecordTest {
    private static final String TEXT = "A suicide bomber struck Kandahar. The toll rose to nine on Monday.";

    @Test
    void carriesTheAnnotatedSentencesOfTheEvidenceThroughItsJson() {
        int nine = TEXT.indexOf("nine");
        int second = TEXT.indexOf("The toll");
        List<Sentence> sentences = List.of(new Sentence(0, 0, second - 1, List.of(), List.of(), false),
                new Sentence(1, second, TEXT.length(), List.of(), List.of(), false));
        Event bombing = TestEvents.bombing("k1", LocalDate.parse("2021-03-01"), 31.61, 65.71, 1, 9);
        Event read = bombing.withEvidence(new Evidence("k1", Map.of("fatalities", new Span(nine, nine + 4)))
                .inSentences(sentences));
        Article article = new Article("k1", LocalDate.parse("2021-03-02"), null, TEXT, null, "Wire",
                OffsetMap.identity(TEXT.length()), List.of());

        ArticleRecord record = ArticleRecord.fromJson(ArticleRecord.of(0, article, List.of(read)).toJson());

        Report report = record.reports().get(0);
        assertEquals("The toll rose to nine on Monday.", report.fatalitySentence(),
                "the fusion rules get the sentence the annotation gave");
        assertEquals(read.evidence(), Report.fromJson(report.toJson()).event().evidence(),
                "the sentence bounds survive the stages, for the store to show and fuse by");
    }
}
