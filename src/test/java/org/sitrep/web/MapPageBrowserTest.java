package org.sitrep.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The map page in headless Chromium over the seeded events; skipped where Chromium is not installed. */
class MapPageBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    static Path dir;
    private static Api api;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        api = new Api(Files.createDirectories(dir.resolve("store")));
        browser = Browser.start(dir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (api != null) {
            api.close();
        }
    }

    /** Loads the page at a hash and waits until it has drawn its events. */
    private static void open(Api server, String hash) {
        browser.get(server.uri("/").toString() + hash);
        waitForEvents(-1);
    }

    private static void waitForEvents(int expected) {
        new WebDriverWait(browser, WAIT).withMessage(MapPageBrowserTest::pageStatus).until(d -> "true".equals(d.findElement(By.tagName("body"))
                .getDomAttribute("data-ready")) && (expected < 0 || shownEvents() == expected));
    }

    private static String pageStatus() {
        return "the page says: '" + browser.findElement(By.id("status")).getText() + "'";
    }

    private static int shownEvents() {
        return Integer.parseInt(browser.findElement(By.id("map")).getDomAttribute("data-events"));
    }

    /** Waits until the map has settled on this many events drawn (clusters animate as they form). */
    private static void waitForDrawn(int expected) {
        new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "drawn: " + drawnEvents() + ", " + pageStatus())
                .until(d -> drawnEvents() == expected);
    }

    /** @return single markers plus the events inside cluster bubbles, as drawn on the map */
    private static int drawnEvents() {
        int drawn = browser.findElements(By.cssSelector(".event-marker")).size();
        for (WebElement bubble : browser.findElements(By.cssSelector(".marker-cluster span"))) {
            String count = bubble.getText().strip();
            if (!count.matches("\\d+")) {
                // a bubble still forming has no count yet: not settled
                return -1;
            }
            drawn += Integer.parseInt(count);
        }
        return drawn;
    }

    @Test
    void drawsEverySeededEventOnTheMap() {
        open(api, "");
        assertEquals(5, shownEvents(), "the page should have loaded the five seeds");
        waitForDrawn(5);
        assertTrue(browser.findElements(By.cssSelector("path.leaflet-interactive, svg path")).size() > 100,
                "the country outlines should be drawn");
    }

    @Test
    void filtersByTypeAndKeepsTheFilterInTheUrl() {
        open(api, "");
        new Select(browser.findElement(By.name("event_type"))).selectByValue("Protests");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waitForEvents(2);
        waitForDrawn(2);
        assertTrue(browser.getCurrentUrl().endsWith("#event_type=Protests"), "the URL should keep the filter: "
                + browser.getCurrentUrl());
    }

    @Test
    void restoresTheFilterFromTheUrl() {
        open(api, "#country=Iraq");
        waitForEvents(2);
        assertEquals("Iraq", new Select(browser.findElement(By.name("country"))).getFirstSelectedOption().getText(),
                "the country list should show the filter");
    }

    @Test
    void showsTheDetailWithHighlightedEvidenceAndSavesAScreenshot() throws IOException {
        open(api, "");
        browser.findElement(By.cssSelector("[data-event-id='EV-3']")).click();
        WebElement detail = browser.findElement(By.id("detail"));
        new WebDriverWait(browser, WAIT).until(d -> detail.isDisplayed()
                && !d.findElements(By.cssSelector("#detail mark")).isEmpty());
        List<String> marked = browser.findElements(By.cssSelector("#detail mark")).stream().map(WebElement::getText)
                .toList();
        assertTrue(marked.contains("killed seven villagers"), "the fatalities evidence should be marked: " + marked);
        assertTrue(detail.getText().contains("Premium Times"), "the outlet should be named");
        assertEquals("https://news.example/borno", browser.findElement(By.cssSelector("#detail .source a"))
                .getDomAttribute("href"), "the source should link to the article");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#detail .source').scrollIntoView()");
        Path shot = Path.of("target", "screenshots", "map.png");
        Files.createDirectories(shot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(shot) > 10_000, "the screenshot should hold the map");
    }

    @Test
    void showsInjectedMarkupAsTextAndRunsNothing(@TempDir Path other) {
        try (Api hostile = new Api(other)) {
            String token = hostile.store.createToken("test");
            String title = "<img src=x onerror=\\\"window.injected=1\\\">Riot";
            String text = "<script>window.injected=2</script> Crowds burned tyres in Santiago. Police watched.";
            assertEquals(201, hostile.post("/api/articles", token, "{\"id\":\"hostile\",\"published\":\"2024-06-03\","
                    + "\"title\":\"" + title + "\",\"text\":\"" + text + "\"}").statusCode(), "ingested");
            open(hostile, "");
            browser.findElement(By.cssSelector("[data-event-id='EV-6']")).click();
            new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("detail")).isDisplayed()
                    && d.findElement(By.id("detail")).getText().contains("Riot"));
            Object injected = ((JavascriptExecutor) browser).executeScript("return window.injected === undefined;");
            assertEquals(Boolean.TRUE, injected, "no injected script or handler may run");
            String shown = browser.findElement(By.id("detail")).getText();
            assertTrue(shown.contains("<img src=x onerror=\"window.injected=1\">Riot"),
                    "the title should show literally as the summary: " + shown);
            assertFalse(browser.findElements(By.cssSelector("#detail img, #detail script")).size() > 0,
                    "no element may be made from the data");
        }
    }
}
