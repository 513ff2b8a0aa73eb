package org.sitrep.extract.actor.internal;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.actor.ActorTableException;
import org.sitrep.lang.Language;

/**
 * Finds the generic actor noun that heads a phrase ("Afghan soldiers", "a group of gunmen"), or the state force
 * that holds what the phrase names ("an army patrol", "the police station").
 */
public final class RoleMatcher {
    private final PhraseTable<RoleKind> roles;
    private final PhraseTable<String> ethnic;
    private final PhraseTable<String> holdings;

    private RoleMatcher(PhraseTable<RoleKind> roles, PhraseTable<String> ethnic, PhraseTable<String> holdings) {
        this.roles = roles;
        this.ethnic = ethnic;
        this.holdings = holdings;
    }

    /**
     * @param language the bundle holding the tables
     * @param roles    name of the bundle's table of role kinds and |-separated phrases
     * @param ethnic   name of the bundle's list of ethnic group names, one per line
     * @param holdings name of the bundle's list of the units, posts and vehicles a state force mans
     * @return the matcher
     * @throws org.sitrep.lang.LanguageException if a table is missing or malformed
     * @throws ActorTableException               if the roles table names an unknown role kind
     */
    public static RoleMatcher load(Language language, String roles, String ethnic, String holdings) {
        List<Map.Entry<Alias, RoleKind>> entries = new ArrayList<>();
        for (List<String> row : language.table(roles, 2)) {
            RoleKind kind = kind(language.path(roles + ".tsv"), row.get(0));
            for (String phrase : TableReader.alternatives(row.get(1))) {
                entries.add(new AbstractMap.SimpleImmutableEntry<>(Alias.parse(phrase), kind));
            }
        }
        return new RoleMatcher(new PhraseTable<>(entries), phrases(language.list(ethnic)),
                phrases(language.list(holdings)));
    }

    private static PhraseTable<String> phrases(List<String> list) {
        List<Map.Entry<Alias, String>> entries = new ArrayList<>();
        for (String phrase : list) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>(Alias.parse(phrase), phrase));
        }
        return new PhraseTable<>(entries);
    }

    private static RoleKind kind(String resource, String cell) {
        try {
            return RoleKind.valueOf(cell);
        } catch (IllegalArgumentException e) {
            throw new ActorTableException(resource, 0, "unknown role kind '" + cell + "'", e);
        }
    }

    /**
     * @param words the phrase's words
     * @param head  number of words in the phrase's head part
     * @return the longest role phrase that ends the head part; else, when the head part ends with what a state
     *         force mans ("patrol", "checkpoint", "tank"), the state force phrase just before it
     */
    public Optional<Hit<RoleKind>> head(List<Word> words, int head) {
        Optional<Hit<RoleKind>> role = ending(roles, words, head);
        if (role.isPresent()) {
            return role;
        }
        return ending(holdings, words, head)
                .flatMap(held -> ending(roles, words, held.from()).filter(h -> h.value().isState()));
    }

    private static <T> Optional<Hit<T>> ending(PhraseTable<T> table, List<Word> words, int end) {
        return table.findAll(words.subList(0, end)).stream()
                .filter(h -> h.to() == end)
                .max(Comparator.comparingInt(Hit::length));
    }

    /**
     * @param words the phrase's words
     * @param end   index of the word the ethnic name must directly precede
     * @return the ethnic group name ending just before {@code end}
     */
    public Optional<Hit<String>> ethnicBefore(List<Word> words, int end) {
        return ending(ethnic, words, end);
    }
}
