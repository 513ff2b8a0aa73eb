package org.sitrep.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * The fixed split of every gold file into a tuning half, which rules and models may be fitted on, and a
 * checking half, which is only ever scored. An article falls in a half by the SHA-256 of its split key (the
 * incident id where the file has one, so that articles of one incident stay together, else the article id):
 * an even first byte is tuning. The split needs no list of ids, holds for files not yet written, and does
 * not change when lines are added or reordered.
 */
public enum Half {
    /** Articles that rules and models may be fitted on. */
    TUNING,
    /** Articles that are only scored. */
    CHECKING,
    /** Both halves. */
    ALL;

    /**
     * @param article a gold article
     * @return {@link #TUNING} or {@link #CHECKING}, never {@link #ALL}
     */
    public static Half of(GoldArticle article) {
        return ofKey(article.splitKey());
    }

    /**
     * @param key an incident or article id
     * @return the half the key falls in
     */
    public static Half ofKey(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return (hash[0] & 1) == 0 ? TUNING : CHECKING;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * @param article a gold article
     * @return true when the article belongs to this half ({@link #ALL} holds every article)
     */
    public boolean holds(GoldArticle article) {
        return this == ALL || of(article) == this;
    }

    /**
     * @param articles gold articles
     * @return those of this half, in order
     */
    public List<GoldArticle> select(List<GoldArticle> articles) {
        return articles.stream().filter(this::holds).toList();
    }

    /** @return the name as written on the command line: {@code tuning}, {@code checking} or {@code all} */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
