package io.herald.common.platform;

import io.herald.common.text.NormalizedText;

/**
 * LinkedIn's limit of 3,000 characters for a post.
 *
 * <p>LinkedIn states the limit in characters and publishes no counting rules. Characters are counted here as Unicode
 * code points of the NFC text: an emoji outside the Basic Multilingual Plane is one character (in UTF-16 it would be
 * two, so a JavaScript {@code length} would count it twice), and a letter typed with a combining accent is one
 * character, as it looks. The count is then the same on the JVM and in the browser, and errs towards letting a post
 * through rather than warning about a post LinkedIn accepts.
 */
final class LinkedInLength {

    static final int MAX_CHARACTERS = 3000;

    private LinkedInLength() {
    }

    static PostLength of(PlatformText text) {
        NormalizedText normalized = text.normalized();
        String nfc = normalized.text();
        int characters = 0;
        int validEnd = 0;
        int length = nfc.length();
        for (int i = 0; i < length; ) {
            // One code point: a surrogate pair or any other single unit, as codePointAt reads it.
            boolean pair = Character.isHighSurrogate(nfc.charAt(i)) && i + 1 < length
                    && Character.isLowSurrogate(nfc.charAt(i + 1));
            i += pair ? 2 : 1;
            characters++;
            if (characters <= MAX_CHARACTERS) {
                validEnd = i;
            }
        }
        return new PostLength(characters, MAX_CHARACTERS, characters <= MAX_CHARACTERS,
                normalized.originalOffset(validEnd));
    }
}
