package io.herald.extension.background;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GiveToAskTest {

    @Test
    void leansToAsksWhenAsksOutnumberWhatWasGivenWithAtLeastTwo() {
        assertFalse(GiveToAsk.leansToAsks(0, 0));
        assertFalse(GiveToAsk.leansToAsks(0, 1), "one ask is not a pattern");
        assertTrue(GiveToAsk.leansToAsks(0, 2));
        assertTrue(GiveToAsk.leansToAsks(2, 3));
        assertFalse(GiveToAsk.leansToAsks(3, 3));
        assertFalse(GiveToAsk.leansToAsks(10, 2));
    }
}
