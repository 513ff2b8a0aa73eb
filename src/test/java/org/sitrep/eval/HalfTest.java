package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HalfTest {
    private static GoldArticle article(String id, String incident) {
        return new GoldArticle(id, null, null, "text", null, null, List.of(), null, incident);
    }

    @Test
    void anArticleFallsInTheHalfOfItsIdsHash() {
        // SHA-256("a") begins with byte 0xca (even), SHA-256("e") with 0x3f (odd).
        assertEquals(Half.TUNING, Half.ofKey("a"));
        assertEquals(Half.CHECKING, Half.ofKey("e"));
    }

    @Test
    void articlesOfOneIncidentStayInOneHalf() {
        assertEquals(Half.of(article("x1", "inc-7")), Half.of(article("y2", "inc-7")));
        assertEquals(Half.ofKey("inc-7"), Half.of(article("x1", "inc-7")));
    }

    @Test
    void allHoldsEveryArticleAndTheHalvesSplitThem() {
        List<GoldArticle> articles = List.of(article("a", null), article("e", null), article("k", null));
        assertEquals(3, Half.ALL.select(articles).size());
        assertEquals(articles.size(), Half.TUNING.select(articles).size() + Half.CHECKING.select(articles).size());
    }
}
