package org.sitrep.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnionFindTest {
    @Test
    void chainedUnionsJoinOneSet() {
        UnionFind sets = new UnionFind();
        sets.union("a", "b");
        sets.union("c", "d");
        sets.union("b", "c");
        Map<String, String> roots = sets.roots();
        assertEquals(1, roots.values().stream().distinct().count(), "a-b, c-d and b-c make one set: " + roots);
        assertEquals(4, roots.size(), "every joined key should have a root: " + roots);
    }

    @Test
    void aKeyNeverJoinedIsItsOwnRoot() {
        UnionFind sets = new UnionFind();
        sets.union("a", "b");
        assertEquals("e", sets.find("e"), "a lone key represents itself");
    }
}
