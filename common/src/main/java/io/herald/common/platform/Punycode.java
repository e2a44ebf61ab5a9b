package io.herald.common.platform;

/**
 * Punycode (RFC 3492), the encoding of internationalised domain labels. Only the length of the encoding is needed: it
 * decides whether a label fits in 63 characters.
 */
final class Punycode {

    private static final int BASE = 36;
    private static final int T_MIN = 1;
    private static final int T_MAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;

    private Punycode() {
    }

    /** The length of the encoding of {@code label} (without the "xn--" prefix), or -1 when it would overflow. */
    static int encodedLength(String label) {
        String encoded = encode(label);
        return encoded == null ? -1 : encoded.length();
    }

    /** The encoding of {@code label} without the "xn--" prefix, or null when it would overflow. */
    static String encode(String label) {
        int[] input = new int[label.codePointCount(0, label.length())];
        for (int i = 0, j = 0; i < label.length(); j++) {
            input[j] = label.codePointAt(i);
            i += Character.charCount(input[j]);
        }
        StringBuilder output = new StringBuilder();
        for (int codePoint : input) {
            if (codePoint < INITIAL_N) {
                output.append((char) codePoint);
            }
        }
        int basic = output.length();
        int handled = basic;
        if (basic > 0) {
            output.append('-');
        }
        int n = INITIAL_N;
        long delta = 0;
        int bias = INITIAL_BIAS;
        while (handled < input.length) {
            int next = Integer.MAX_VALUE;
            for (int codePoint : input) {
                if (codePoint >= n && codePoint < next) {
                    next = codePoint;
                }
            }
            delta += (long) (next - n) * (handled + 1);
            if (delta > Integer.MAX_VALUE) {
                return null;
            }
            n = next;
            for (int codePoint : input) {
                if (codePoint < n) {
                    delta++;
                }
                if (codePoint == n) {
                    long q = delta;
                    for (int k = BASE; ; k += BASE) {
                        int t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
                        if (q < t) {
                            break;
                        }
                        output.append(digit((int) (t + (q - t) % (BASE - t))));
                        q = (q - t) / (BASE - t);
                    }
                    output.append(digit((int) q));
                    bias = adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }
            delta++;
            n++;
        }
        return output.toString();
    }

    private static int adapt(long delta, int points, boolean first) {
        delta = first ? delta / DAMP : delta / 2;
        delta += delta / points;
        int k = 0;
        while (delta > ((BASE - T_MIN) * T_MAX) / 2) {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        return (int) (k + (BASE - T_MIN + 1) * delta / (delta + SKEW));
    }

    private static char digit(int value) {
        return (char) (value < 26 ? 'a' + value : '0' + value - 26);
    }
}
