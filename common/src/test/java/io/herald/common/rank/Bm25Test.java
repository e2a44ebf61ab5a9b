package io.herald.common.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Bm25Test {

    @Test
    void logarithmAgreesWithMathLog() {
        for (double x : new double[] {1.0, 1.0000001, 1.5, 2.0, Math.E, 3.0, 10.0, 1234.5, 20_000.5, 0.25, 1e-9}) {
            assertEquals(Math.log(x), Bm25.ln(x), Math.ulp(Math.log(x)) * 4 + 1e-300, () -> "ln " + x);
        }
        assertThrows(IllegalArgumentException.class, () -> Bm25.ln(0.0));
    }

    @Test
    void rarerTermsWeighMore() {
        assertTrue(Bm25.idf(1000, 1) > Bm25.idf(1000, 10));
        assertTrue(Bm25.idf(1000, 999) > 0.0, "even a term in every item weighs a little");
    }

    @Test
    void frequencySaturates() {
        assertTrue(Bm25.saturate(2.0) - Bm25.saturate(1.0) > Bm25.saturate(10.0) - Bm25.saturate(9.0));
        assertTrue(Bm25.saturate(1000.0) < Bm25.K1 + 1.0);
    }
}
