package org.sitrep.extract.actor.internal;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.actor.ActorTableException;

/** Finds the generic actor noun that heads a phrase ("Afghan soldiers", "a group of gunmen"). */
public final class RoleMatcher {
    private final PhraseTable<RoleKind> roles;
    private final PhraseTable<String> ethnic;

    private RoleMatcher(PhraseTable<RoleKind> roles, PhraseTable<String> ethnic) {
        this.roles = roles;
        this.ethnic = ethnic;
    }

    /**
     * @param rolesResource  classpath resource: role kind, |-separated phrases
     * @param ethnicResource classpath resource: one ethnic group name per line
     * @return the matcher
     * @throws ActorTableException if a resource is missing or malformed, or names an unknown role kind
     */
    public static RoleMatcher load(String rolesResource, String ethnicResource) {
        List<Map.Entry<Alias, RoleKind>> roles = new ArrayList<>();
        for (TableReader.Row row : TableReader.read(rolesResource, 2, 2)) {
            RoleKind kind = kind(rolesResource, row);
            for (String phrase : TableReader.alternatives(row, 1)) {
                roles.add(new AbstractMap.SimpleImmutableEntry<>(Alias.parse(phrase), kind));
            }
        }
        List<Map.Entry<Alias, String>> names = new ArrayList<>();
        for (TableReader.Row row : TableReader.read(ethnicResource, 1, 1)) {
            names.add(new AbstractMap.SimpleImmutableEntry<>(Alias.parse(row.cells().get(0)), row.cells().get(0)));
        }
        return new RoleMatcher(new PhraseTable<>(roles), new PhraseTable<>(names));
    }

    private static RoleKind kind(String resource, TableReader.Row row) {
        try {
            return RoleKind.valueOf(row.cells().get(0));
        } catch (IllegalArgumentException e) {
            throw new ActorTableException(resource, row.line(), "unknown role kind '" + row.cells().get(0) + "'", e);
        }
    }

    /**
     * @param words the phrase's words
     * @param head  number of words in the phrase's head part
     * @return the longest role phrase that ends the head part
     */
    public Optional<Hit<RoleKind>> head(List<Word> words, int head) {
        return roles.findAll(words.subList(0, head)).stream()
                .filter(h -> h.to() == head)
                .max(Comparator.comparingInt(Hit::length));
    }

    /**
     * @param words the phrase's words
     * @param end   index of the word the ethnic name must directly precede
     * @return the ethnic group name ending just before {@code end}
     */
    public Optional<Hit<String>> ethnicBefore(List<Word> words, int end) {
        return ethnic.findAll(words.subList(0, end)).stream()
                .filter(h -> h.to() == end)
                .max(Comparator.comparingInt(Hit::length));
    }
}
