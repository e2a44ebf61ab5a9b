package io.herald.common.rank;

/**
 * BM25F: Okapi BM25 over several fields, each with its weight and its own length normalisation, as Robertson and
 * Zaragoza describe it. Matches in a short title count more than the same matches in a long caption.
 *
 * <p>All arithmetic is plain addition, multiplication and division of doubles, which IEEE 754 rounds the same way on
 * the JVM and in JavaScript; the logarithm is computed here rather than with {@code Math.log}, whose last bit may
 * differ between runtimes, so the same library and draft rank identically in the browser and on the server.
 */
final class Bm25 {

    static final double K1 = 1.2;
    static final double B = 0.75;

    static final int TITLE = 0;
    static final int SUMMARY = 1;
    static final int CAPTIONS = 2;
    static final int TOPICS = 3;
    static final int FIELDS = 4;
    /** Title, summary, captions, topics: a word in the title says most about an item, one in a caption least. */
    static final double[] FIELD_WEIGHTS = {3.0, 1.5, 1.0, 2.0};
    /** Whole word, six-letter prefix, four-letter prefix (see {@link RankTerms}). */
    static final double[] LEVEL_WEIGHTS = {1.0, 0.5, 0.25};

    private static final double LN_2 = 0.6931471805599453;

    private Bm25() {
    }

    /** The inverse document frequency of a term found in {@code documentFrequency} of {@code documents}. */
    static double idf(int documents, int documentFrequency) {
        return ln(1.0 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    /** The field-weighted, length-normalised term frequency of BM25F. */
    static double weightedFrequency(int[] frequencies, int[] lengths, double[] averageLengths) {
        double weighted = 0.0;
        for (int field = 0; field < FIELDS; field++) {
            if (frequencies[field] > 0) {
                double normalisation = 1.0 - B + B * lengths[field] / averageLengths[field];
                weighted += FIELD_WEIGHTS[field] * frequencies[field] / normalisation;
            }
        }
        return weighted;
    }

    /** BM25's saturation: the fifth occurrence of a word adds far less than the first. */
    static double saturate(double weightedFrequency) {
        return weightedFrequency * (K1 + 1.0) / (weightedFrequency + K1);
    }

    /** The natural logarithm of {@code x > 0} with basic arithmetic only (see the class comment). */
    static double ln(double x) {
        if (!(x > 0.0)) {
            throw new IllegalArgumentException("logarithm of " + x);
        }
        int exponent = 0;
        while (x >= 2.0) {
            x /= 2.0;
            exponent++;
        }
        while (x < 1.0) {
            x *= 2.0;
            exponent--;
        }
        // ln(x) = 2 atanh(s) with s = (x - 1) / (x + 1), |s| <= 1/3: the series converges by a factor 9 per term.
        double s = (x - 1.0) / (x + 1.0);
        double square = s * s;
        double term = s;
        double sum = 0.0;
        for (int k = 1; k < 60; k += 2) {
            sum += term / k;
            term *= square;
        }
        return exponent * LN_2 + 2.0 * sum;
    }
}
