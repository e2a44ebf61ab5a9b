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
        for (int i = 0; i < nfc.length(); ) {
            i += Character.charCount(nfc.codePointAt(i));
            characters++;
            if (characters <= MAX_CHARACTERS) {
                validEnd = i;
            }
        }
        return new PostLength(characters, MAX_CHARACTERS, characters <= MAX_CHARACTERS,
                normalized.originalOffset(validEnd));
    }
}
