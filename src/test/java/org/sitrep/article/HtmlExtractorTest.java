package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sitrep.article.Results.FIXTURES;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.sitrep.lang.Language;

class HtmlExtractorTest {
    private final HtmlExtractor extractor = new HtmlExtractor(Language.english());

    private ExtractedHtml extract(String fixture) throws IOException {
        return extractor.extract(Files.readString(FIXTURES.resolve("html").resolve(fixture)));
    }

    @Test
    void takesTheTitleFromOpenGraphMetadata() throws IOException {
        assertEquals("Dam protest turns violent", extract("page.html").title(), "og:title should be the headline");
    }

    @Test
    void keepsOnlyTheArticleParagraphsInOrder() throws IOException {
        String expected = "Dam protest turns violent\n\n"
                + "Farmers protesting against a planned dam clashed with police outside the district office on "
                + "Thursday.\n\n"
                + "Police fired tear gas and arrested 12 people, a spokesman said.\n\n"
                + "Talks planned\n\n"
                + "The governor said talks with farmers' groups would begin next week.";
        assertEquals(expected, extract("page.html").text(),
                "navigation, scripts, captions, share, newsletter, related, comment and footer text should be gone");
    }

    @Test
    void picksTheElementWithTheMostParagraphTextWhenThereIsNoArticle() throws IOException {
        String expected = "Authorities extended a night-time curfew in the port city for another week on Saturday.\n\n"
                + "The curfew was first imposed after clashes between rival dock workers' unions left three people "
                + "dead.\n\n"
                + "Shops must close by 8 pm.\n\n"
                + "Police said 40 people had been detained since the clashes began.";
        assertEquals(expected, extract("no-article.html").text(), "the sidebar and cookie banner should be left out");
    }

    @Test
    void dropsTheSiteNameFromThePageTitle() throws IOException {
        assertEquals("Curfew extended in port city", extract("no-article.html").title(),
                "the ' | Coastal Times' suffix should be dropped");
    }

    @Test
    void givesNoTitleAndEmptyTextForAnEmptyPage() {
        ExtractedHtml page = extractor.extract("<html><body><nav>Home</nav></body></html>");
        assertNull(page.title(), "a page without title or h1 has no headline");
        assertEquals("", page.text(), "a page with only navigation has no text");
    }

    @Test
    void readsAFragmentWithoutParagraphsAsOneBlock() {
        assertEquals("Shelling hit the old city overnight.",
                extractor.extract("<div>Shelling hit the old city overnight.</div>").text(),
                "text outside paragraphs should still be found");
    }

    @Test
    void keepsAWrapperNamedLikeAWidgetWhenItHoldsTheArticle() {
        String html = "<div class=\"page has-social-tools\"><article><p>Rebels seized the airport.</p></article></div>";
        assertEquals("Rebels seized the airport.", extractor.extract(html).text(),
                "a page wrapper whose class mentions social tools should not take the article with it");
    }
}
