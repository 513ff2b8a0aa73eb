package org.sitrep.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.lang.Language;

/**
 * Pulls the headline and the main body text out of a news page.
 *
 * <p>Scripts, styles, navigation, headers, footers, asides, forms and figures (with their captions) are
 * dropped, as is every element whose class or id holds a widget word of the language bundle (with the English
 * bundle: a share, social, subscribe, newsletter, related, comment, cookie or advert widget), unless it wraps
 * an {@code <article>}: page wrappers often carry such names. The body is the {@code <article>} with the most paragraph text, or,
 * without one, the element whose own {@code <p>} children hold the most text. Its paragraphs, headings, list
 * items and quotes are kept in document order. Instances are immutable and thread-safe.
 */
public final class HtmlExtractor {
    private static final String NOISE = "script, style, noscript, template, svg, iframe, nav, header, footer, "
            + "aside, form, button, figure, figcaption";
    private static final Set<String> NEVER_WIDGETS = Set.of("html", "body", "main", "article");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|\u00B7\u2022]\\s+[^|]{1,40}$");

    private final List<String> widgetWords;

    /**
     * @param language the bundle whose {@code article-widget-words} mark widgets by class or id
     * @throws NullPointerException if language is null
     * @throws org.sitrep.lang.LanguageException if that resource is missing
     */
    public HtmlExtractor(Language language) {
        this.widgetWords = Objects.requireNonNull(language, "language").list("article-widget-words");
    }

    /**
     * @param html a whole page or a fragment
     * @return its headline and main text
     * @throws NullPointerException if html is null
     */
    public ExtractedHtml extract(String html) {
        Objects.requireNonNull(html, "html");
        Document doc = Jsoup.parse(html);
        String title = title(doc);
        doc.select(NOISE).remove();
        removeWidgets(doc);
        return new ExtractedHtml(title, String.join("\n\n", paragraphs(mainElement(doc))));
    }

    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text();
        }
        String title = SITE_SUFFIX.matcher(doc.title()).replaceFirst("").strip();
        return title.isEmpty() ? null : title;
    }

    private void removeWidgets(Document doc) {
        for (Element element : doc.getAllElements()) {
            if (element.parent() != null && !NEVER_WIDGETS.contains(element.normalName()) && isWidget(element)
                    && element.selectFirst("article") == null) {
                element.remove();
            }
        }
    }

    private boolean isWidget(Element element) {
        String names = (element.id() + " " + element.className()).toLowerCase(Locale.ROOT);
        return widgetWords.stream().anyMatch(names::contains);
    }

    private static Element mainElement(Document doc) {
        Comparator<Element> byParagraphText = Comparator.comparingInt(HtmlExtractor::paragraphText);
        Element article = doc.select("article").stream().max(byParagraphText).orElse(null);
        if (article != null && paragraphText(article) > 0) {
            return article;
        }
        Map<Element, Integer> textByParent = new HashMap<>();
        for (Element p : doc.select("p")) {
            if (p.parent() != null) {
                textByParent.merge(p.parent(), p.text().length(), Integer::sum);
            }
        }
        return textByParent.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(doc.body());
    }

    private static int paragraphText(Element element) {
        return element.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    private static List<String> paragraphs(Element main) {
        List<String> paragraphs = new ArrayList<>();
        for (Element block : main.select(BLOCKS)) {
            if (!insideAnotherBlock(block, main) && !block.text().isBlank()) {
                paragraphs.add(block.text());
            }
        }
        if (paragraphs.isEmpty() && !main.text().isBlank()) {
            paragraphs.add(main.text());
        }
        return paragraphs;
    }

    private static boolean insideAnotherBlock(Element block, Element main) {
        for (Element parent = block.parent(); parent != null && parent != main; parent = parent.parent()) {
            if (parent.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }
}
