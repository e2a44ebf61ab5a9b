package io.herald.api.content;

import io.herald.api.web.ApiException;
import io.herald.api.web.Fields;
import io.herald.api.web.TextRules;
import io.herald.common.platform.Platform;
import io.herald.common.platform.PostLength;

/** A suggested post text for an item, written for one platform (or any) in one language. */
public record Caption(String text, CaptionPlatform platform, String language) {
    /** LinkedIn's limit for a post; X captions are held to X's own weighted count as well ({@link PostLength}). */
    public static final int MAX_TEXT_LENGTH = 3000;

    /**
     * The caption checked and normalised, with failures naming {@code field} (such as {@code captions[2]}). Not done
     * in a compact constructor because only the enclosing list knows the caption's index.
     */
    Caption validated(String field) {
        String checkedText = TextRules.multiLine(field + ".text", Fields.text(field + ".text", text, MAX_TEXT_LENGTH));
        Fields.required(field + ".platform", platform);
        if (platform == CaptionPlatform.X) {
            PostLength length = PostLength.of(checkedText, Platform.X);
            if (length.weighted() > length.max()) {
                throw ApiException.invalidField(field + ".text", "is too long for X: it counts " + length.weighted()
                                                                 + " of X's " + length.max() + " (links count 23, "
                                                                 + "most emoji and CJK characters 2).");
            }
            if (!length.valid()) {
                throw ApiException.invalidField(field + ".text", "holds a character X refuses (U+FFFE, U+FEFF or "
                                                                 + "U+FFFF).");
            }
        }
        return new Caption(checkedText, platform, LanguageTags.check(field + ".language", language));
    }

    /** Whether the caption suits a post in this language: {@code en} matches {@code en} and {@code en-GB}. */
    boolean inLanguage(String languageTag) {
        String tag = language.toLowerCase(java.util.Locale.ROOT);
        String wanted = languageTag.toLowerCase(java.util.Locale.ROOT);
        return tag.equals(wanted) || tag.startsWith(wanted + "-");
    }
}
