package io.herald.common.lint.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BoundedTextTest {

    @Test
    void linearMatchingStaysWithinTheBudget() {
        String draft = "word ".repeat(600) + "guarantee";
        assertTrue(Pattern.compile("\\bguarantee\\b").matcher(new BoundedText(draft)).find());
    }

    @Test
    void stopsAMatchThatReadsTooMuch() {
        BoundedText text = new BoundedText("a".repeat(200), 100_000);
        assertThrows(MatchBudgetExceeded.class,
                () -> Pattern.compile("\\w*\\w*\\w*\\w*!").matcher(text).find());
    }

    @Test
    void behavesAsTheTextOtherwise() {
        BoundedText text = new BoundedText("hello", 3);
        assertEquals(5, text.length());
        assertEquals("ell", text.subSequence(1, 4).toString());
        assertEquals("hello", text.toString());
        text.charAt(0);
        text.charAt(1);
        text.charAt(2);
        assertThrows(MatchBudgetExceeded.class, () -> text.charAt(3));
    }
}
