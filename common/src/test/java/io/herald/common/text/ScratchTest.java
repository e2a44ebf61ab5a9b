package io.herald.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ScratchTest {

    @Test
    void aRecyclingScratchHandsTheSameArrayOnZeroed() {
        Scratch scratch = Scratch.recycling();
        int[] first = scratch.ints(Scratch.Use.WORDS, 40);
        first[3] = 7;
        int[] second = scratch.ints(Scratch.Use.WORDS, 30);
        assertSame(first, second);
        assertEquals(0, second[3]);
    }

    @Test
    void eachUseHasItsOwnArray() {
        Scratch scratch = Scratch.recycling();
        assertNotSame(scratch.ints(Scratch.Use.FOLDED_LITERALS, 40), scratch.ints(Scratch.Use.LITERALS, 40));
    }

    @Test
    void aLargerNeedGetsALargerArrayWhichIsThenKept() {
        Scratch scratch = Scratch.recycling();
        scratch.ints(Scratch.Use.WORDS, 10);
        int[] larger = scratch.ints(Scratch.Use.WORDS, 100);
        assertEquals(100, larger.length);
        assertSame(larger, scratch.ints(Scratch.Use.WORDS, 50));
        int[] grown = scratch.keep(Scratch.Use.WORDS, new int[400]);
        assertSame(grown, scratch.ints(Scratch.Use.WORDS, 300));
    }

    @Test
    void noneGivesFreshArraysEveryTime() {
        int[] first = Scratch.NONE.ints(Scratch.Use.WORDS, 40);
        Scratch.NONE.keep(Scratch.Use.WORDS, first);
        assertNotSame(first, Scratch.NONE.ints(Scratch.Use.WORDS, 40));
        char[] chars = Scratch.NONE.chars(Scratch.Use.FOLDS, 40);
        assertNotSame(chars, Scratch.NONE.chars(Scratch.Use.FOLDS, 40));
    }
}
