package io.herald.common.platform;

/**
 * ASCII-only case-insensitive comparison. twitter-text's expressions ignore case for ASCII letters only, and
 * {@code String.regionMatches(true, ...)} also folds other letters (the Kelvin sign matches "k" on the JVM) and does so
 * differently under TeaVM, so link recognition compares this way.
 */
final class Ascii {

    private Ascii() {
    }

    /** Whether {@code text} holds {@code lowerCase} at {@code offset}, ignoring the case of ASCII letters. */
    static boolean regionMatchesIgnoreCase(String text, int offset, String lowerCase) {
        if (offset < 0 || offset + lowerCase.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            char unit = text.charAt(offset + i);
            if (unit >= 'A' && unit <= 'Z') {
                unit = (char) (unit + ('a' - 'A'));
            }
            if (unit != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
