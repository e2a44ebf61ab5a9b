package io.herald.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordMapTest {

    @Test
    void aWordFindsTheValueOfItsFoldHoweverItIsWritten() {
        WordMap<String> names = new WordMap<>();
        names.put("lodz", "city");
        names.put("nokia", "client");
        WordList words = WordList.of("ŁÓDŹ Łódź lodz NOKIA Nokialle");
        assertEquals("city", names.get(words, 0, "none"));
        assertEquals("city", names.get(words, 1, "none"));
        assertEquals("city", names.get(words, 2, "none"));
        assertEquals("client", names.get(words, 3, "none"));
        assertEquals("none", names.get(words, 4, "none"));
        assertTrue(names.containsKey(words, 3));
        assertFalse(names.containsKey(words, 4));
    }

    /** "an" and "c0" hash alike: a look-up compares the word itself, not only its hash. */
    @Test
    void keysWithTheSameHashAreToldApart() {
        WordMap<Integer> map = new WordMap<>();
        map.put("an", 1);
        WordList words = WordList.of("c0 an");
        assertNull(map.get(words, 0, null));
        assertEquals(1, map.get(words, 1, null));
        map.put("c0", 2);
        assertEquals(2, map.get(words, 0, null));
        assertEquals(2, map.get("c0", null));
    }

    @Test
    void putReplacesAndKeysKeepTheOrderTheyCameIn() {
        WordMap<Integer> map = new WordMap<>();
        for (int k = 0; k < 100; k++) {
            map.put("w" + k, k);
        }
        map.put("w7", 700);
        assertEquals(100, map.size());
        assertEquals("w7", map.key(7));
        assertEquals(700, map.value(7));
        assertEquals("w99", map.key(99));
        WordList words = WordList.of("W42 w100");
        assertEquals(42, map.get(words, 0, -1));
        assertEquals(-1, map.get(words, 1, -1));
    }
}
