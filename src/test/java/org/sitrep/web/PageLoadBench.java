package org.sitrep.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreBench;
import org.sitrep.store.StoreConfig;

/**
 * Page-load benchmark: a store of synthetic events (default 10,000) served on loopback, the map page loaded in
 * headless Chromium several times; prints the median time from navigation start to the events drawn (the page's
 * {@code sitrep-drawn} performance mark). Usage: {@code PageLoadBench [EVENTS] [LOADS]}.
 */
public final class PageLoadBench {
    private PageLoadBench() {
    }

    /**
     * @param args events to generate, then page loads to time
     * @throws Exception if the store, server or browser fails (a benchmark main, not API)
     */
    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 10_000;
        int loads = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path dir = Files.createTempDirectory("sitrep-page-bench");
        StoreConfig config = StoreConfig.sqlite(dir.resolve("events.db"));
        StoreBench.fill(config, events);
        ChromeDriver browser = Browser.start(dir.resolve("profile"));
        try (EventStore store = EventStore.open(config);
             WebServer server = WebServer.start(store, a -> List.of(), ServeConfig.DEFAULT.withPort(0))) {
            double[] ms = new double[loads];
            double[] api = new double[loads];
            for (int i = 0; i < loads; i++) {
                browser.get("about:blank");
                browser.get(server.url().toString());
                new WebDriverWait(browser, Duration.ofSeconds(120)).until(d ->
                        "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
                ms[i] = ((Number) browser.executeScript(
                        "return performance.getEntriesByName('sitrep-drawn')[0].startTime;")).doubleValue();
                api[i] = ((Number) browser.executeScript("return performance.getEntriesByType('resource')"
                        + ".find(e => e.name.includes('api/events?')).duration;")).doubleValue();
            }
            String shown = browser.findElement(By.id("status")).getText();
            Arrays.sort(ms);
            Arrays.sort(api);
            System.out.printf(Locale.ROOT, "%d events, %d loads: navigation start to markers drawn median %.0f ms,"
                    + " min %.0f ms, max %.0f ms; of which the events request median %.0f ms (%s)%n", events, loads,
                    ms[loads / 2], ms[0], ms[loads - 1], api[loads / 2], shown);
        } finally {
            browser.quit();
        }
    }
}
